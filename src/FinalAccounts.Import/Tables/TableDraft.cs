using System.Collections.Generic;

namespace FinalAccounts.Import.Tables;

/// <summary>A recognised standard table: id (表1 …), title and unit as printed, first page, cells in printed order.</summary>
internal sealed class TableDraft
{
    public TableDraft(string id, string title, string unit, int page, IReadOnlyList<CellDraft> cells)
    {
        Id = id;
        Title = title;
        Unit = unit;
        Page = page;
        Cells = cells;
    }

    public string Id { get; }

    public string Title { get; }

    public string Unit { get; }

    public int Page { get; }

    public IReadOnlyList<CellDraft> Cells { get; }

    /// <summary>The note printed under a table published without data ("注：…故本表无数据。"), or null.</summary>
    public string? EmptyNote { get; init; }
}
