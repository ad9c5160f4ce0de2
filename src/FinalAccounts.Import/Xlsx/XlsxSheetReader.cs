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

    public void Read(XlsxPackage package, XlsxSheetEntry sheet, int page, List<LayoutWord> words)
    {
        var cells = new List<(int Row, int Column, string Text)>();
        var merges = new Dictionary<(int Row, int Column), int>();
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
            var last = merges.TryGetValue((row, column), out var l) ? l : column;
            words.Add(new LayoutWord(
                text,
                column * ColumnWidth,
                (last * ColumnWidth) + (ColumnWidth * 0.8),
                row * RowHeight,
                (row * RowHeight) + (RowHeight * 0.6),
                page));
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

    private static void Merge(XlsxPart part, XlsxSheetEntry sheet, Dictionary<(int Row, int Column), int> merges)
    {
        var reference = part.Attribute("ref");
        var colon = reference?.IndexOf(':') ?? -1;
        if (reference is null || colon < 0
            || !CellReference.TryParse(reference.Substring(0, colon), out var firstRow, out var firstColumn)
            || !CellReference.TryParse(reference.Substring(colon + 1), out _, out var lastColumn))
        {
            // A merge Excel would repair away; the cells read as they are.
            return;
        }
        if (merges.Count == XlsxLimits.MaxMergesPerSheet)
        {
            var max = XlsxLimits.MaxMergesPerSheet.ToString("N0", CultureInfo.InvariantCulture);
            throw new XlsxRefusal("工作表「" + sheet.Name + "」的合并区域超过 " + max + " 个", "sheet " + sheet.Name + " has more than " + max + " merged ranges");
        }
        merges[(firstRow, firstColumn)] = Math.Max(firstColumn, lastColumn);
    }

    private static XlsxRefusal OffGrid(XlsxSheetEntry sheet, XlsxPart part, string what)
        => new("工作表「" + sheet.Name + "」（" + part.Name + " 第 " + part.Line + " 行）的 " + what + " 不在表格范围内", "sheet " + sheet.Name + " (" + part.Name + " line " + part.Line + "): " + what + " is outside the grid");
}
