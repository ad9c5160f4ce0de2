using System;
using System.Collections.Generic;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>
/// One of the report's standard tables (收入支出决算总表, 支出决算表, 一般公共预算财政拨款支出决算表 …) as the cells it
/// prints: each cell is a stated figure whose location names the table, row and column.
/// </summary>
public sealed class ReportTable
{
    /// <summary>
    /// Creates a table; <paramref name="emptyNote"/> is the statement printed under a table published without data,
    /// <paramref name="page"/> the PDF page of its title (0 when unknown).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id or title is blank, or a cell does not name its row and column
    /// (<see cref="FigureLocation.Row"/>, <see cref="FigureLocation.Column"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="CurrencyUnit"/>.</exception>
    public ReportTable(string id, string title, CurrencyUnit unit, IReadOnlyList<StatedFigure> cells, string? emptyNote = null, int page = 0)
    {
        Id = NotBlank(id, nameof(id));
        Title = NotBlank(title, nameof(title));
        if (unit != CurrencyUnit.Yuan && unit != CurrencyUnit.WanYuan) throw new ArgumentOutOfRangeException(nameof(unit), unit, "a table's unit is 万元 or 元");
        Unit = unit;
        Cells = cells ?? throw new ArgumentNullException(nameof(cells));
        foreach (var cell in cells)
        {
            if (cell == null) throw new ArgumentNullException(nameof(cells), "a table's cells are never null");
            if (cell.Location.Row.Trim().Length == 0 || cell.Location.Column.Trim().Length == 0)
            {
                throw new ArgumentException("a cell of table " + id + " must name its row and column, found '" + cell.Location.Row + "' × '" + cell.Location.Column + "'", nameof(cells));
            }
        }
        EmptyNote = emptyNote ?? string.Empty;
        Page = page;
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

    /// <summary>The unit line (单位：万元): 万元 or 元 (<see cref="CurrencyUnitSymbol"/> prints it).</summary>
    public CurrencyUnit Unit { get; }

    /// <summary>The non-blank cells in printed order.</summary>
    public IReadOnlyList<StatedFigure> Cells { get; }

    /// <summary>
    /// The statement a table published without data prints under it, as the template asks ("注：本单位无政府性基金预算财政拨款
    /// 收入和支出，故本表无数据。"), or empty.
    /// </summary>
    public string EmptyNote { get; }

    /// <summary>The PDF page of the table's title, or 0 when the file does not say.</summary>
    public int Page { get; }
}
