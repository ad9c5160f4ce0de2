using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>
/// Exports generated 自评表 as a final-accounts program does: a cover sheet, then one sheet per table with merged cells —
/// the title across the table, 项目名称 and its value, 项目资金（万元） down the funds rows, 年度总体目标 down two rows, the
/// goals across half the table each, 一级 / 二级 labels down over their rows (their text in the first cell only), 总分
/// across the label columns. Numbers are numbers, formatted with the decimals they print; words are text; long text is
/// one wrapped cell. An excerpt sheet that starts inside the table (<see cref="EvaluationLayout.DropFirstPage"/>) holds
/// only the indicator header (when repeated) and the rows after the break.
/// </summary>
internal static class EvaluationXlsxRenderer
{
    public static byte[] Render(params GeneratedEvaluation[] evaluations)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("封面").Cell(1, 1).SetValue("测试单位2024年度部门决算");
        var n = 0;
        foreach (var e in evaluations)
        {
            var sheet = workbook.Worksheets.Add("自评表" + (++n).ToString(CultureInfo.InvariantCulture));
            var columns = e.Columns;
            var last = Math.Max(8, columns.Count);
            // An excerpt that starts inside the table (its first page not obtained): the header if repeated, then the rows after the break.
            var skip = e.Layout.DropFirstPage ? Math.Min(e.Layout.RowsBeforeBreak, e.Indicators.Count) : 0;
            e.FirstPageRows = skip;
            var row = 1;
            if (e.Layout.DropFirstPage)
            {
                if (e.Layout.RepeatHeader) row = Header(sheet, columns, last, row);
            }
            else row = Heading(sheet, e, columns, last);
            var first = row;
            // A table whose last page is not obtained: its first rows and no 总分 row.
            var printed = e.Layout.DropLastPage ? System.Math.Min(e.Layout.RowsBeforeBreak, e.Indicators.Count) : e.Indicators.Count;
            for (var r = skip; r < printed; r++)
            {
                var i = e.Indicators[r];
                for (var k = 0; k < columns.Count; k++)
                {
                    var c = columns[k];
                    var startsGroup = c == "一级指标" ? r == 0 || e.Indicators[r - 1].Level1 != i.Level1
                        : c == "二级指标" ? r == 0 || e.Indicators[r - 1].Level1 + e.Indicators[r - 1].Level2 != i.Level1 + i.Level2 : true;
                    if (!startsGroup && !(r == skip && e.Layout.LabelOnEveryPage)) continue;
                    Put(sheet, row + r - skip, 1 + k, GeneratedEvaluation.Cell(i, c), 1 + k, k == columns.Count - 1 ? last : 1 + k);
                    if (c is "一级指标" or "二级指标")
                    {
                        var end = r;
                        while (end + 1 < printed && (c == "一级指标" ? e.Indicators[end + 1].Level1 == i.Level1 : e.Indicators[end + 1].Level1 + e.Indicators[end + 1].Level2 == i.Level1 + i.Level2)) end++;
                        if (end > r) sheet.Range(row + r - skip, 1 + k, row + end - skip, 1 + k).Merge();
                    }
                }
            }
            if (printed < e.Indicators.Count) continue;
            row = first + e.Indicators.Count - skip;
            var weight = columns.ToList().IndexOf("分值") + 1;
            Put(sheet, row, 1, "总分", 1, weight - 1);
            Put(sheet, row, weight, e.TotalWeight);
            Put(sheet, row, weight + 1, e.TotalScore);
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The indicator header row at <paramref name="row"/>; the row after it.</summary>
    private static int Header(IXLWorksheet sheet, IReadOnlyList<string> columns, int last, int row)
    {
        for (var k = 0; k < columns.Count; k++) Put(sheet, row, 1 + k, columns[k], 1 + k, k == columns.Count - 1 ? last : 1 + k);
        return row + 1;
    }

    /// <summary>Title, 项目名称, 项目资金 block, goals and the indicator header; the row after them.</summary>
    private static int Heading(IXLWorksheet sheet, GeneratedEvaluation e, IReadOnlyList<string> columns, int last)
    {
        Put(sheet, 1, 1, e.Title, 1, last);
        Put(sheet, 2, last, "单位：万元");
        Put(sheet, 3, 1, "项目名称", 1, 2);
        Put(sheet, 3, 3, e.Project, 3, last);
        Put(sheet, 4, 1, "主管部门", 1, 2);
        Put(sheet, 4, 3, e.Department, 3, 5);
        Put(sheet, 4, 6, "实施单位", 6, 6);
        Put(sheet, 4, 7, e.Implementer, 7, last);
        var headers = new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分" };
        Put(sheet, 5, 1, "项目资金（万元）");
        sheet.Range(5, 1, 5 + e.Funds.Count, 1).Merge();
        for (var k = 0; k < 6; k++) Put(sheet, 5, 3 + k, headers[k], 3 + k, k == 5 ? last : 3 + k);
        var row = 6;
        foreach (var f in e.Funds)
        {
            Put(sheet, row, 2, f.Name);
            for (var k = 0; k < 6; k++) Put(sheet, row, 3 + k, f.Cells[k] ?? string.Empty, 3 + k, k == 5 ? last : 3 + k);
            row++;
        }
        var mid = 2 + ((last - 1) / 2);
        Put(sheet, row, 1, "年度总体目标");
        sheet.Range(row, 1, row + 1, 1).Merge();
        Put(sheet, row, 2, "预期目标", 2, mid);
        Put(sheet, row, mid + 1, "实际完成情况", mid + 1, last);
        Put(sheet, row + 1, 2, e.ExpectedGoal, 2, mid);
        Put(sheet, row + 1, mid + 1, e.ActualGoal, mid + 1, last);
        return Header(sheet, columns, last, row + 2);
    }

    /// <summary>Writes a cell (merged over columns from..to when wider than one), a number when the text is one.</summary>
    private static void Put(IXLWorksheet sheet, int row, int column, string text, int from = 0, int to = 0)
    {
        var cell = sheet.Cell(row, column);
        if (text.Length > 0 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            cell.SetValue(number);
            var point = text.IndexOf('.');
            cell.Style.NumberFormat.Format = point < 0 ? "0" : "0." + new string('0', text.Length - point - 1);
        }
        else if (text.Length > 0)
        {
            cell.SetValue(text);
            cell.Style.Alignment.WrapText = true;
        }
        if (from > 0 && to > from) sheet.Range(row, from, row, to).Merge();
    }
}
