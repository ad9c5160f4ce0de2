using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// Renders a generated report as a published PDF would print it, with PdfPig's writer: a cover line, then per table a
/// title, a unit line, a header of two label lines over 类 款 项 (or 科目编码), a 合计 row and the coded rows, continued
/// on new pages (without a header) when a page is full. A4 landscape.
/// </summary>
internal static class PdfRenderer
{
    private const double Top = 540, Bottom = 40, Step = 16, ValuesLeft = 400, ValuesWidth = 420;

    public static byte[] Render(GeneratedReport report)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(CjkFont.Bytes);
        var digits = builder.AddStandard14Font(Standard14Font.Helvetica);
        var landscape = new PdfRectangle(0, 0, 842, 595);
        var page = builder.AddPage(landscape.Width, landscape.Height);
        // The CJK font has no Latin digits: the cover's year is written in Helvetica, in the same line.
        var coverX = 280.0;
        foreach (var (part, isDigits) in new[] { ("测试单位", false), ("2024", true), ("年度部门决算", false) })
        {
            var letters = page.AddText(part, 14, new PdfPoint(coverX, 400), isDigits ? digits : font);
            coverX = letters[letters.Count - 1].EndBaseLine.X;
        }
        foreach (var table in report.Tables)
        {
            page = builder.AddPage(landscape.Width, landscape.Height);
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
            if (table.JoinedCodes) page.AddText("科目编码", 9, new PdfPoint(40, y), font);
            else
            {
                page.AddText("类", 9, new PdfPoint(42, y), font);
                page.AddText("款", 9, new PdfPoint(72, y), font);
                page.AddText("项", 9, new PdfPoint(102, y), font);
            }
            y -= Step + 2;
            page.AddText("合计", 9, new PdfPoint(200, y), font);
            Values(page, table.Total, y, width, digits);
            foreach (var (code, values) in table.Rows)
            {
                y -= Step;
                if (y < Bottom)
                {
                    page = builder.AddPage(landscape.Width, landscape.Height);
                    y = Top;
                }
                foreach (var (segment, x) in Segments(code.Code, table.JoinedCodes)) page.AddText(segment, 9, new PdfPoint(x, y), digits);
                page.AddText(code.Name, 8, new PdfPoint(130, y), font);
                Values(page, values, y, width, digits);
            }
        }
        return builder.Build();
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

    private static void Values(PdfPageBuilder page, string?[] values, double y, double width, PdfDocumentBuilder.AddedFont digits)
    {
        for (var j = 0; j < values.Length; j++)
        {
            if (values[j] is { } v) page.AddText(v, 8, new PdfPoint(ValuesLeft + (j * width) + 2, y), digits);
        }
    }

    /// <summary>Pages the report renders to (for the benchmark's pages per second).</summary>
    public static int Pages(GeneratedReport report) => 1 + report.Tables.Sum(t => 1 + ((t.Rows.Count * (int)Step) / (int)(Top - Bottom)));
}
