namespace FinalAccounts.Import.Xlsx;

/// <summary>A sheet as the workbook lists it: its tab name, its part, and whether Excel shows it.</summary>
internal sealed class XlsxSheetEntry
{
    public XlsxSheetEntry(string name, string? part, bool hidden)
    {
        Name = name;
        Part = part;
        Hidden = hidden;
    }

    public string Name { get; }

    /// <summary>The worksheet part; null for a chart sheet or a sheet whose part is not a worksheet.</summary>
    public string? Part { get; }

    /// <summary>state="hidden" or "veryHidden": the tab is not shown.</summary>
    public bool Hidden { get; }
}
