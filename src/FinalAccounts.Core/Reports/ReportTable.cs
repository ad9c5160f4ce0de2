using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// One of the report's standard tables (收入支出决算总表, 支出决算表, 一般公共预算财政拨款支出决算表 …) as the cells it
/// prints: each cell is a stated figure whose location names the table, row and column.
/// </summary>
public sealed class ReportTable
{
    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id or title is blank, or the unit is not 万元 or 元.</exception>
    public ReportTable(string id, string title, string unit, IReadOnlyList<StatedFigure> cells)
    {
        Id = NotBlank(id, nameof(id));
        Title = NotBlank(title, nameof(title));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        if (unit != "万元" && unit != "元") throw new ArgumentException("a table's unit must be 万元 or 元, found '" + unit + "'", nameof(unit));
        Cells = cells ?? throw new ArgumentNullException(nameof(cells));
    }

    private static string NotBlank(string value, string name)
    {
        if (value == null) throw new ArgumentNullException(name);
        if (value.Trim().Length == 0) throw new ArgumentException("a table's " + name + " must not be blank", name);
        return value;
    }

    /// <summary>The table's id in the report file, e.g. 表1 or 财决01.</summary>
    public string Id { get; }

    /// <summary>The title as printed, e.g. 收入支出决算总表.</summary>
    public string Title { get; }

    /// <summary>The unit line (单位：万元) as printed: 万元 or 元.</summary>
    public string Unit { get; }

    /// <summary>The non-blank cells in printed order.</summary>
    public IReadOnlyList<StatedFigure> Cells { get; }
}
