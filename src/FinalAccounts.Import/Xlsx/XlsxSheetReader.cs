using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// Reads one worksheet part forward only into positioned words: each cell with text is a word at its grid place
/// (column × <see cref="ColumnWidth"/> wide, row × <see cref="RowHeight"/> high). A merged range's first cell spans
/// the range's columns, whatever the range's size: only its corner is kept, so A1:XFD1048576 costs one entry. Merges
/// come after the cells in the part, so words are made once the part is read.
/// </summary>
internal sealed class XlsxSheetReader
{
    internal const double ColumnWidth = 100;
    internal const double RowHeight = 20;

    private readonly IReadOnlyList<string> _shared;
    private readonly XlsxStyles _styles;
    private readonly bool _date1904;
    private int _cells;

    public XlsxSheetReader(IReadOnlyList<string> shared, XlsxStyles styles, bool date1904)
    {
        _shared = shared;
        _styles = styles;
        _date1904 = date1904;
    }

    public void Read(XlsxPackage package, XlsxSheetEntry sheet, int page, List<LayoutWord> words, List<LayoutRule>? rules = null)
    {
        var cells = new List<(int Row, int Column, string Text)>();
        var merges = new Dictionary<(int Row, int Column), (int LastRow, int LastColumn)>();
        var rows = 0;
        using (var part = package.Open(sheet.Part!, sheet.Name))
        {
            var row = 0;
            var column = 0;
            var lastRowWithText = 0;
            while (part.Read())
            {
                if (part.NodeType != XmlNodeType.Element) continue;
                switch (part.LocalName)
                {
                    case "row":
                        row = int.TryParse(part.Attribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        if (row < 1 || row > CellReference.MaxRow) throw OffGrid(sheet, part, "row " + part.Attribute("r"));
                        column = 0;
                        break;
                    case "c":
                        var reference = part.Attribute("r");
                        if (reference is null)
                        {
                            column++;
                            if (row == 0) row = 1;
                            if (column > CellReference.MaxColumn) throw OffGrid(sheet, part, "cell after " + CellReference.MaxColumn + " columns");
                        }
                        else if (!CellReference.TryParse(reference, out row, out column)) throw OffGrid(sheet, part, "cell " + reference);
                        var text = Cell(part, sheet, row, column).Trim();
                        if (text.Length == 0) break;
                        if (row != lastRowWithText)
                        {
                            lastRowWithText = row;
                            if (++rows > XlsxLimits.MaxRowsPerSheet)
                            {
                                var max = XlsxLimits.MaxRowsPerSheet.ToString("N0", CultureInfo.InvariantCulture);
                                throw new XlsxRefusal("工作表「" + sheet.Name + "」有文字的行超过 " + max + " 行（第 " + row + " 行）", "sheet " + sheet.Name + " has more than " + max + " rows with text (row " + row + ")");
                            }
                        }
                        if (++_cells > XlsxLimits.MaxCells)
                        {
                            var max = XlsxLimits.MaxCells.ToString("N0", CultureInfo.InvariantCulture);
                            throw new XlsxRefusal("工作簿有文字的单元格超过 " + max + " 个（工作表「" + sheet.Name + "」" + CellReference.Of(row, column) + "）", "the workbook has more than " + max + " cells with text (sheet " + sheet.Name + ", " + CellReference.Of(row, column) + ")");
                        }
                        cells.Add((row, column, text));
                        break;
                    case "mergeCell":
                        Merge(part, sheet, merges);
                        break;
                }
            }
        }
        foreach (var (row, column, text) in cells)
        {
            var last = merges.TryGetValue((row, column), out var l) ? l.LastColumn : column;
            words.Add(new LayoutWord(
                text,
                column * ColumnWidth,
                (last * ColumnWidth) + (ColumnWidth * 0.8),
                row * RowHeight,
                (row * RowHeight) + (RowHeight * 0.6),
                page));
        }
        if (rules != null) Rules(cells, merges, page, rules);
    }

    /// <summary>The most grid cells over which boundaries are drawn; a sheet whose used range is larger gets none.</summary>
    private const int MaxRuledCells = 250_000;

    /// <summary>
    /// The cell boundaries of the used range as rules: between every two rows and every two columns, except inside a
    /// merged range (its text stands in its first cell, and the range is one cell). A horizontal boundary lies below the
    /// row's words, a vertical one right of the column's; both come from the grid, not from drawn borders.
    /// </summary>
    private static void Rules(List<(int Row, int Column, string Text)> cells, Dictionary<(int Row, int Column), (int LastRow, int LastColumn)> merges, int page, List<LayoutRule> rules)
    {
        if (cells.Count == 0) return;
        int top = int.MaxValue, bottom = 0, left = int.MaxValue, right = 0;
        foreach (var (row, column, _) in cells)
        {
            top = Math.Min(top, row);
            bottom = Math.Max(bottom, row);
            left = Math.Min(left, column);
            right = Math.Max(right, column);
        }
        var rowsSpan = (long)(bottom - top + 1);
        var columnsSpan = (long)(right - left + 1);
        if (rowsSpan * columnsSpan > MaxRuledCells) return;
        var rowCount = (int)rowsSpan;
        var columnCount = (int)columnsSpan;
        // Inside a merged range: no boundary below a row (but its last) and none right of a column (but its last).
        var noBelow = new bool[rowCount, columnCount];
        var noRight = new bool[rowCount, columnCount];
        foreach (var ((row, column), (lastRow, lastColumn)) in merges)
        {
            for (var r = Math.Max(row, top); r <= Math.Min(lastRow, bottom); r++)
            {
                for (var c = Math.Max(column, left); c <= Math.Min(lastColumn, right); c++)
                {
                    if (r < lastRow) noBelow[r - top, c - left] = true;
                    if (c < lastColumn) noRight[r - top, c - left] = true;
                }
            }
        }
        for (var r = top - 1; r <= bottom; r++)
        {
            var y = ((r + 1) * RowHeight) - (RowHeight * 0.2);
            var start = -1;
            for (var c = left; c <= right + 1; c++)
            {
                var drawn = c <= right && (r < top || !noBelow[r - top, c - left]);
                if (drawn && start < 0) start = c;
                if (!drawn && start >= 0)
                {
                    rules.Add(new LayoutRule(page, true, y, (start * ColumnWidth) - (ColumnWidth * 0.1), (c * ColumnWidth) - (ColumnWidth * 0.1)));
                    start = -1;
                }
            }
        }
        for (var c = left - 1; c <= right; c++)
        {
            var x = ((c + 1) * ColumnWidth) - (ColumnWidth * 0.1);
            var start = -1;
            for (var r = top; r <= bottom + 1; r++)
            {
                var drawn = r <= bottom && (c < left || !noRight[r - top, c - left]);
                if (drawn && start < 0) start = r;
                if (!drawn && start >= 0)
                {
                    rules.Add(new LayoutRule(page, false, x, (start * RowHeight) - (RowHeight * 0.2), (r * RowHeight) - (RowHeight * 0.2)));
                    start = -1;
                }
            }
        }
    }

    /// <summary>The cell's displayed text; reads to the end of the c element.</summary>
    private string Cell(XlsxPart part, XlsxSheetEntry sheet, int row, int column)
    {
        var type = part.Attribute("t");
        var style = int.TryParse(part.Attribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? value = null;
        string? inline = null;
        if (!part.IsEmptyElement)
        {
            var depth = part.Depth;
            while (part.Read() && !(part.NodeType == XmlNodeType.EndElement && part.Depth == depth))
            {
                if (part.NodeType != XmlNodeType.Element || part.Depth != depth + 1) continue;
                if (part.LocalName == "v") value = part.ReadText();
                else if (part.LocalName == "is") inline = part.ReadRichText();
                else part.SkipElement();
            }
        }
        if (value is null && inline is null) return string.Empty;
        return CellText.Of(type, value, inline, _shared, _styles.FormatOf(style), _date1904, new CellPlace(sheet.Name, row, column));
    }

    private static void Merge(XlsxPart part, XlsxSheetEntry sheet, Dictionary<(int Row, int Column), (int LastRow, int LastColumn)> merges)
    {
        var reference = part.Attribute("ref");
        var colon = reference?.IndexOf(':') ?? -1;
        if (reference is null || colon < 0
            || !CellReference.TryParse(reference.Substring(0, colon), out var firstRow, out var firstColumn)
            || !CellReference.TryParse(reference.Substring(colon + 1), out var lastRow, out var lastColumn))
        {
            // A merge Excel would repair away; the cells read as they are.
            return;
        }
        if (merges.Count == XlsxLimits.MaxMergesPerSheet)
        {
            var max = XlsxLimits.MaxMergesPerSheet.ToString("N0", CultureInfo.InvariantCulture);
            throw new XlsxRefusal("工作表「" + sheet.Name + "」的合并区域超过 " + max + " 个", "sheet " + sheet.Name + " has more than " + max + " merged ranges");
        }
        merges[(firstRow, firstColumn)] = (Math.Max(firstRow, lastRow), Math.Max(firstColumn, lastColumn));
    }

    private static XlsxRefusal OffGrid(XlsxSheetEntry sheet, XlsxPart part, string what)
        => new("工作表「" + sheet.Name + "」（" + part.Name + " 第 " + part.Line + " 行）的 " + what + " 不在表格范围内", "sheet " + sheet.Name + " (" + part.Name + " line " + part.Line + "): " + what + " is outside the grid");
}
