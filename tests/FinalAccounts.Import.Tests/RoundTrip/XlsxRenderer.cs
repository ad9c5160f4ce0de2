using System.Globalization;
using System.IO;
using ClosedXML.Excel;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// Renders a generated report as a final-accounts program exports it: a cover sheet, then one sheet per table with the
/// title (merged over the table's width), the unit line, two header rows of labels over 类 款 项 (or 科目编码), a 合计
/// row and the coded rows. Amounts are numbers formatted #,##0.00, codes are text. In the table's
/// <see cref="TableLayout"/>: merged header cells (科目名称 down the header rows, 科目编码 over 类 款 项, one-line labels
/// down two rows, 合计 across the code columns), 合计 and its values on the header's last row, long names continued in
/// the cell below, a merged footnote row under the table.
/// </summary>
internal static class XlsxRenderer
{
    public static byte[] Render(GeneratedReport report)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("封面").Cell(1, 1).SetValue(GeneratedReport.Cover);
        foreach (var table in report.Tables)
        {
            var layout = table.Layout;
            var sheet = workbook.Worksheets.Add(table.Id);
            var last = 4 + table.Columns.Count;
            sheet.Cell(1, 1).SetValue(table.Title);
            sheet.Range(1, 1, 1, last).Merge();
            sheet.Cell(2, last).SetValue("单位：万元");
            sheet.Cell(3, 4).SetValue("科目名称");
            if (layout.MergedHeader)
            {
                // 科目名称 merged down over the header's rows (not over the 合计 printed on the last one); 科目编码 merged
                // over the split code columns.
                sheet.Range(3, 4, layout.TotalOnHeaderLine ? 4 : 5, 4).Merge();
                if (!table.JoinedCodes)
                {
                    sheet.Cell(4, 1).SetValue("科目编码");
                    sheet.Range(4, 1, 4, 3).Merge();
                }
            }
            for (var j = 0; j < table.Columns.Count; j++)
            {
                var label = table.Columns[j].Label;
                sheet.Cell(3, 5 + j).SetValue(label.Length > 4 ? label.Substring(0, 4) : label);
                if (label.Length > 4) sheet.Cell(4, 5 + j).SetValue(label.Substring(4));
                else if (layout.MergedHeader) sheet.Range(3, 5 + j, 4, 5 + j).Merge();
            }
            if (table.JoinedCodes) sheet.Cell(5, 1).SetValue("科目编码");
            else
            {
                sheet.Cell(5, 1).SetValue("类");
                sheet.Cell(5, 2).SetValue("款");
                sheet.Cell(5, 3).SetValue("项");
            }
            // 合计 on its own row below the header, or with its values on the header's last row (类 款 项 合计 | …).
            var row = 6;
            if (layout.TotalOnHeaderLine)
            {
                sheet.Cell(5, 4).SetValue("合计");
                Values(sheet, 5, table.Total);
            }
            else
            {
                sheet.Cell(6, 4).SetValue("合计");
                if (layout.MergedHeader) sheet.Range(6, 1, 6, 4).Merge(); // the label spans the code columns too
                if (layout.MergedHeader) sheet.Cell(6, 1).SetValue("合计");
                Values(sheet, 6, table.Total);
                row = 7;
            }
            foreach (var (code, values) in table.Rows)
            {
                if (table.JoinedCodes) Text(sheet.Cell(row, 1), code.Code);
                else
                {
                    Text(sheet.Cell(row, 1), code.Code.Substring(0, 3));
                    if (code.Code.Length >= 5) Text(sheet.Cell(row, 2), code.Code.Substring(3, 2));
                    if (code.Code.Length >= 7) Text(sheet.Cell(row, 3), code.Code.Substring(5, 2));
                }
                var wrap = layout.WrapNames && code.Name.Length > 8;
                sheet.Cell(row, 4).SetValue(wrap ? code.Name.Substring(0, 8) : code.Name);
                Values(sheet, row, values);
                row++;
                if (wrap)
                {
                    // A name too long for its cell, continued in the cell below (as PDF-to-XLSX conversions leave it).
                    sheet.Cell(row, 4).SetValue(code.Name.Substring(8));
                    row++;
                }
            }
            if (layout.Footnote)
            {
                sheet.Cell(row, 1).SetValue("注：本表反映部门本年度" + table.Title.Replace("决算表", string.Empty) + "情况。");
                sheet.Range(row, 1, row, last).Merge();
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Text(IXLCell cell, string text)
    {
        cell.Style.NumberFormat.Format = "@";
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    private static void Values(IXLWorksheet sheet, int row, string?[] values)
    {
        for (var j = 0; j < values.Length; j++)
        {
            if (values[j] is not { } v) continue;
            var cell = sheet.Cell(row, 5 + j);
            cell.SetValue(decimal.Parse(v, NumberStyles.Number, CultureInfo.InvariantCulture));
            cell.Style.NumberFormat.Format = "#,##0.00";
        }
    }
}
