using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// Renders a generated report as a published PDF would print it, with PdfPig's writer: a cover line, then per table a
/// title, a unit line, a header of two label lines over 类 款 项 (or 科目编码), a 合计 row and the coded rows, continued
/// on new pages (without a header) when a page is full, in the table's <see cref="TableLayout"/>. A4 landscape.
/// </summary>
internal static class PdfRenderer
{
    private const double Top = 540, Bottom = 40, Step = 16, ValuesLeft = 400, ValuesWidth = 420;

    public static byte[] Render(GeneratedReport report)
    {
        // A4 landscape; the CJK font has no Latin digits: the cover's year is written in Helvetica, in the same line.
        var pdf = new GeneratedPdf(842, 595, 280, 400);
        var font = pdf.Font;
        var digits = pdf.Digits;
        PdfPageBuilder page;
        foreach (var table in report.Tables)
        {
            page = pdf.NewPage();
            page.AddText(table.Title, 14, new PdfPoint(350, Top), font);
            page.AddText("单位：万元", 9, new PdfPoint(730, Top - 25), font);
            var width = ValuesWidth / table.Columns.Count;
            double y = Top - 50;
            page.AddText("科目名称", 9, new PdfPoint(200, y), font);
            if (!table.JoinedCodes) page.AddText("科目编码", 9, new PdfPoint(45, y), font);
            for (var j = 0; j < table.Columns.Count; j++)
            {
                var label = table.Columns[j].Label;
                var x = ValuesLeft + (j * width) + 2;
                page.AddText(label.Length > 4 ? label.Substring(0, 4) : label, 9, new PdfPoint(x, y), font);
                if (label.Length > 4) page.AddText(label.Substring(4), 9, new PdfPoint(x, y - 12), font);
            }
            y -= 24;
            var layout = table.Layout;
            if (table.JoinedCodes) page.AddText("科目编码", 9, new PdfPoint(40, y), font);
            else
            {
                page.AddText("类", 9, new PdfPoint(42, y), font);
                page.AddText("款", 9, new PdfPoint(72, y), font);
                page.AddText("项", 9, new PdfPoint(102, y), font);
            }
            // 合计 on its own line below the header, or on the header's last line with its values.
            if (!layout.TotalOnHeaderLine) y -= Step + 2;
            page.AddText("合计", 9, new PdfPoint(200, y), font);
            Values(page, table.Total, y, width, digits, layout.WrapValues);
            foreach (var (code, values) in table.Rows)
            {
                var wrap = layout.WrapNames && code.Name.Length > 8;
                y -= wrap ? Step * 1.5 : Step;
                if (y < Bottom)
                {
                    page = pdf.NewPage();
                    y = Top;
                }
                foreach (var (segment, x) in Segments(code.Code, table.JoinedCodes)) page.AddText(segment, 9, new PdfPoint(x, y), digits);
                if (wrap)
                {
                    // The name over two lines around the code line; the values centred on it or at the top of the tall cell.
                    page.AddText(code.Name.Substring(0, 8), 8, new PdfPoint(130, y + 6), font);
                    page.AddText(code.Name.Substring(8), 8, new PdfPoint(130, y - 6), font);
                    Values(page, values, layout.ValuesAtTop ? y + 6 : y, width, digits, layout.WrapValues);
                    y -= Step / 2;
                }
                else
                {
                    page.AddText(code.Name, 8, new PdfPoint(130, y), font);
                    Values(page, values, y, width, digits, layout.WrapValues);
                }
            }
            if (layout.Footnote)
            {
                y -= Step;
                if (y < Bottom)
                {
                    page = pdf.NewPage();
                    y = Top;
                }
                page.AddText("注：本表反映部门本年度" + table.Title.Replace("决算表", string.Empty) + "情况。", 9, new PdfPoint(40, y), font);
            }
        }
        return pdf.Build();
    }

    private static IEnumerable<(string Text, double X)> Segments(string code, bool joined)
    {
        if (joined)
        {
            yield return (code, 40);
            yield break;
        }
        yield return (code.Substring(0, 3), 40);
        if (code.Length >= 5) yield return (code.Substring(3, 2), 72);
        if (code.Length >= 7) yield return (code.Substring(5, 2), 102);
    }

    private static void Values(PdfPageBuilder page, string?[] values, double y, double width, PdfDocumentBuilder.AddedFont digits, bool wrapWide)
    {
        for (var j = 0; j < values.Length; j++)
        {
            if (values[j] is not { } v) continue;
            var x = ValuesLeft + (j * width) + 2;
            var point = v.IndexOf('.');
            if (wrapWide && v.Length >= 8)
            {
                // Too wide for the column: broken after the decimal point, the cents on the next line.
                page.AddText(v.Substring(0, point + 1), 8, new PdfPoint(x, y + 4), digits);
                page.AddText(v.Substring(point + 1), 8, new PdfPoint(x, y - 4), digits);
            }
            else page.AddText(v, 8, new PdfPoint(x, y), digits);
        }
    }

    /// <summary>Pages the report renders to (for the benchmark's pages per second).</summary>
    public static int Pages(GeneratedReport report) => 1 + report.Tables.Sum(t => 1 + ((t.Rows.Count * (int)Step) / (int)(Top - Bottom)));
}
