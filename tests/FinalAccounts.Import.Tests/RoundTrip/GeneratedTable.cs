using System.Collections.Generic;
using FinalAccounts.Classification;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>A 功能分类 table to render: its standard id and title, its columns, a 合计 row and coded rows (blank cells null).</summary>
internal sealed class GeneratedTable
{
    public GeneratedTable(string id, string title, IReadOnlyList<GeneratedColumn> columns, string?[] total, IReadOnlyList<(FunctionCode Code, string?[] Values)> rows, bool joinedCodes, TableLayout? layout = null)
    {
        Layout = layout ?? TableLayout.Plain;
        Id = id;
        Title = title;
        Columns = columns;
        Total = total;
        Rows = rows;
        JoinedCodes = joinedCodes;
    }

    public string Id { get; }

    public string Title { get; }

    public IReadOnlyList<GeneratedColumn> Columns { get; }

    /// <summary>The 合计 row's values as printed, one per column, null for a blank cell.</summary>
    public string?[] Total { get; }

    /// <summary>Rows in code order (each 类 before its 款 and 项), values as printed.</summary>
    public IReadOnlyList<(FunctionCode Code, string?[] Values)> Rows { get; }

    /// <summary>True: one 科目编码 column with 2010601; false: 类 | 款 | 项 columns with 201 | 06 | 01.</summary>
    public bool JoinedCodes { get; }

    /// <summary>How the table is printed.</summary>
    public TableLayout Layout { get; }

    public override string ToString() => Title + " (" + Rows.Count + " rows" + (JoinedCodes ? ", joined codes" : string.Empty) + (Layout == TableLayout.Plain ? string.Empty : ", " + Layout) + ")";
}
