using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Review.Workbook;

/// <summary>
/// The findings of one or many reports as one filterable sheet (核对发现): 报告, 单位, 页码, 表格/章节, 行, 列, 规则,
/// 严重程度, 说明, 列示, 应为下限, 应为上限, 精确计算 — a header row with an auto-filter and frozen, numbers as numbers.
/// Written with the Open XML SDK (inline strings, so no shared-string table to build).
/// </summary>
public static class FindingsWorkbook
{
    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header { get; } = new[] { "报告", "单位", "页码", "表格/章节", "行", "列", "规则", "严重程度", "说明", "列示", "应为下限", "应为上限", "精确计算" };

    private static readonly double[] s_widths = { 28, 24, 6, 36, 28, 18, 9, 9, 80, 14, 12, 12, 12 };

    /// <summary>Writes <paramref name="rows"/> as a workbook to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<FindingRow> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanRead || !output.CanSeek)
        {
            // The SDK's package writer reads back what it wrote; a write-only stream gets the workbook through memory.
            using var buffer = new MemoryStream();
            Write(rows, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, Header));
        uint n = 1;
        foreach (var r in rows)
        {
            n++;
            var severity = r.Severity switch { Validation.Severity.Error => "错误", Validation.Severity.Warning => "警告", _ => "提示" };
            data.Append(Row(n, new object?[] { r.Report, r.UnitName, r.Page > 0 ? r.Page : null, r.Place, r.Row, r.Column, r.RuleId, severity, r.Message, r.Stated, r.ExpectedMin, r.ExpectedMax, r.Exact }));
        }
        var columns = new Columns();
        for (var i = 0; i < s_widths.Length; i++) columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = s_widths[i], CustomWidth = true });
        var view = new SheetView { WorkbookViewId = 0, TabSelected = true };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        sheetPart.Worksheet = new Worksheet(new SheetViews(view), columns, data, new AutoFilter { Reference = "A1:" + ColumnName(Header.Count - 1) + n.ToString(CultureInfo.InvariantCulture) });
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "核对发现" });
        // Excel's filter needs the hidden _FilterDatabase name over the filtered range.
        workbook.Workbook.Append(new DefinedNames(new DefinedName("'核对发现'!$A$1:$" + ColumnName(Header.Count - 1) + "$" + n.ToString(CultureInfo.InvariantCulture)) { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null:
                    break;
                case decimal d:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case int k:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(k.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case string s:
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }) });
                    break;
            }
        }
        return row;
    }

    /// <summary>XML 1.0 cannot hold most control characters; a report's text never needs them.</summary>
    private static string Clean(string s)
    {
        foreach (var c in s)
        {
            if (char.IsControl(c) && c != '\t' && c != '\n' && c != '\r') return string.Concat(Array.FindAll(s.ToCharArray(), x => !char.IsControl(x) || x is '\t' or '\n' or '\r'));
        }
        return s;
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
