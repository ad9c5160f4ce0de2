namespace FinalAccounts.Import;

/// <summary>The ids of <see cref="ImportNote"/>s: what an import can be unsure of.</summary>
public static class ImportNotes
{
    /// <summary>FA4001: a standard table was not found (its title and unit line are missing).</summary>
    public const string TableNotFound = "FA4001";

    /// <summary>FA4002: a value could not be placed in a row or column with confidence and was left out.</summary>
    public const string ValueNotPlaced = "FA4002";

    /// <summary>FA4003: a row's printed 类/款/项 names or code name no 支出功能分类 code; the cell keeps the name as item.</summary>
    public const string UnknownFunction = "FA4003";

    /// <summary>FA4004: a row or column label is not one the standard table has; its values were left out.</summary>
    public const string UnknownLabel = "FA4004";

    /// <summary>FA4005: a 说明 section was not found or its wording did not match a known pattern; its figures were not read.</summary>
    public const string NarrativeNotRead = "FA4005";

    /// <summary>FA4006: something of the report header (unit kind, year, unit) was inferred, not printed.</summary>
    public const string HeaderInferred = "FA4006";

    /// <summary>
    /// FA4010: a row's printed 类/款/项 names include an old name (alias table) of its code; the row was placed by it.
    /// Numbered apart from FA4007–FA4009, which sibling branches may take.
    /// </summary>
    public const string OldFunctionName = "FA4010";
}
