using System.Collections.Generic;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>The lines of one table: from below its unit line to the next table's title (across page breaks).</summary>
internal sealed class TableRegion
{
    public TableRegion(string id, string title, TableKind kind, string unit, IReadOnlyList<LayoutLine> lines, int page)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Unit = unit;
        Lines = lines;
        Page = page;
    }

    public string Id { get; }

    public string Title { get; }

    public TableKind Kind { get; }

    public string Unit { get; }

    public IReadOnlyList<LayoutLine> Lines { get; }

    /// <summary>A table of a 预算 (its own figures are on basis 预算, read by the 决算 recogniser of the same layout).</summary>
    public bool IsBudget { get; init; }

    /// <summary>The page of the title.</summary>
    public int Page { get; }

    /// <summary>The lines under the table from its footnote (注：…) to the next table, not read as cells.</summary>
    public IReadOnlyList<LayoutLine> Below { get; init; } = new List<LayoutLine>();
}
