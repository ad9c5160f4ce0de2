using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Import.Tests.RoundTrip;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// Prints a <see cref="GeneratedBudgetTable"/>'s grid inside a 预算 (cover 测试单位2025年部门预算, an empty “三公”经费和机关运行经费
/// 预算表, then 其他相关情况说明 and the section, ended by 项目经费情况说明) three ways: words laid out by hand, a PDF (A4
/// landscape; the label column at x = 60, value columns 110 pt apart from a centre of 320, each word centred on its
/// column or on the columns it spans, values moved by their nudge), and a workbook (one cell per grid word, a group label
/// merged over the columns it spans).
/// </summary>
internal static class BudgetTableRenderers
{
    private const double Top = 120, Pitch = 15, Size = 9;

    private static double Centre(int column) => 320 + (110 * (column - 1));

    /// <summary>Where each word starts, given its width: the label column left-aligned, the others centred.</summary>
    private static double Left(GridWord w, double width)
        => w.Column == 0 ? 60 : ((Centre(w.Column) + Centre(w.LastColumn)) / 2) + w.Nudge - (width / 2);

    public static ImportResult Hand(GeneratedBudgetTable table) => Hand(table.Grid());

    /// <summary>A grid (a table's, perhaps with a word changed) laid out by hand.</summary>
    public static ImportResult Hand(List<GridWord> grid)
    {
        var layout = BudgetLayout.Start();
        foreach (var w in grid) layout.Word(w.Text, Left(w, HandLayout.Width(w.Text)), Top + (Pitch * w.Line));
        return BudgetLayout.End(layout, Top + (Pitch * (grid.Max(w => w.Line) + 3))).Import();
    }

    public static byte[] Pdf(GeneratedBudgetTable table)
    {
        const double height = 595;
        var pdf = new GeneratedPdf(842, height, 150, 500, "测试单位2025年部门预算");
        var fonts = new Dictionary<char, PdfDocumentBuilder.AddedFont>();
        var page = pdf.NewPage();
        Text(pdf, fonts, page, "2025年部门“三公”经费和机关运行经费预算表", 12, 250, 60, height);
        Text(pdf, fonts, page, "单位:万元", Size, 600, 80, height);
        page = pdf.NewPage();
        Text(pdf, fonts, page, "其他相关情况说明", 12, 350, 90, height);
        var grid = table.Grid();
        foreach (var w in grid) Text(pdf, fonts, page, w.Text, Size, null, Top + (Pitch * w.Line), height, w);
        Text(pdf, fonts, page, "项目经费情况说明", 12, 350, Top + (Pitch * (grid.Max(w => w.Line) + 3)), height);
        return pdf.Build();
    }

    public static byte[] Xlsx(GeneratedBudgetTable table)
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("封面").Cell(1, 1).SetValue("测试单位2025年部门预算");
        var three = workbook.Worksheets.Add("表9");
        three.Cell(1, 1).SetValue("2025年部门“三公”经费和机关运行经费预算表");
        three.Cell(2, 6).SetValue("单位:万元");
        var sheet = workbook.Worksheets.Add("说明");
        sheet.Cell(1, 1).SetValue("其他相关情况说明");
        var grid = table.Grid();
        foreach (var w in grid)
        {
            // Text, never a number cell: the workbook prints what the PDF prints (2,5 → "2.50", "-15.00%").
            sheet.Cell(w.Line + 2, w.Column + 1).SetValue(w.Text);
            if (w.LastColumn > w.Column) sheet.Range(w.Line + 2, w.Column + 1, w.Line + 2, w.LastColumn + 1).Merge();
        }
        sheet.Cell(grid.Max(w => w.Line) + 4, 1).SetValue("项目经费情况说明");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Text at <paramref name="x"/> (or placed as <paramref name="word"/> says, centred by its measured width), baseline <paramref name="y"/> from the top; digits and ASCII in Helvetica.</summary>
    private static void Text(GeneratedPdf pdf, Dictionary<char, PdfDocumentBuilder.AddedFont> fonts, PdfPageBuilder page, string text, double size, double? x, double y, double height, GridWord? word = null)
    {
        var runs = new List<(string Text, PdfDocumentBuilder.AddedFont Font)>();
        for (var start = 0; start < text.Length;)
        {
            var font = FontOf(pdf, fonts, text[start]);
            var end = start;
            while (end < text.Length && FontOf(pdf, fonts, text[end]).Equals(font)) end++;
            runs.Add((text.Substring(start, end - start), font));
            start = end;
        }
        var width = runs.Sum(r => Width(page, r.Text, size, r.Font));
        var at = x ?? Left(word!, width);
        foreach (var (part, font) in runs)
        {
            var letters = page.AddText(part, size, new PdfPoint(at, height - y), font);
            at = letters[letters.Count - 1].EndBaseLine.X;
        }
    }

    private static double Width(PdfPageBuilder page, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[letters.Count - 1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>PdfPig writes a TrueType font as a simple font of at most 255 characters: a new copy after 250.</summary>
    private static PdfDocumentBuilder.AddedFont FontOf(GeneratedPdf pdf, Dictionary<char, PdfDocumentBuilder.AddedFont> fonts, char c)
    {
        if (c < 0x80) return pdf.Digits;
        if (fonts.TryGetValue(c, out var font)) return font;
        var current = fonts.Count == 0 ? pdf.Font : fonts.Values.Last();
        if (fonts.Values.Count(f => f.Equals(current)) >= 250) current = pdf.AddCjkFont();
        fonts[c] = current;
        return current;
    }
}
