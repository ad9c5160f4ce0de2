using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Tests.RoundTrip;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>
/// Prints generated 绩效目标表s as a budget system exports them to PDF (A4 portrait): a 预算 cover, an empty
/// “三公”经费预算表 (so the report is a 预算), then each table under its title — 项目名称, 主管部门 | 实施单位, 项目资金（万元）
/// with 年度资金总额 / 其中：财政拨款 / 其他资金, 年度总体目标 wrapped over lines, the header 绩效指标 | 一级指标 | 二级指标 |
/// 三级指标 | 指标值 (| 分值), and the rows: every cell's text centred vertically in its row (names wrapped at 10
/// characters, words at 8), 一级/二级 merged cells centred on their rows. A table that reaches the page's foot goes on on
/// the next page under the header printed again, each merged cell's text centred on its part on each page.
/// </summary>
internal static class TargetPdfRenderer
{
    private const double Height = 842, Foot = 800, Pitch = 11, Pad = 5, Size = 9;
    private const double Level1X = 110, Level2X = 175, Level3X = 260, ValueX = 375, WeightX = 500;

    /// <summary>The PDF; <paramref name="foot"/> is how far down (from the top) a page is filled before the next begins.</summary>
    public static byte[] Render(IReadOnlyList<TargetTable> tables, double foot = Foot) => Render(tables, foot, GeneratedTargets.Cover, null, 2025);

    /// <summary>The PDF with its own cover line, a 预算单位：/预算主管部门： line under it (or none), and the budget year in the titles.</summary>
    public static byte[] Render(IReadOnlyList<TargetTable> tables, double foot, string cover, string? unitLine, int year) => Render(tables, foot, cover, unitLine, year, null);

    /// <summary>
    /// The PDF; <paramref name="ambiguous"/> collects each table where a merged label's first line falls on the top line of
    /// a row of its group other than the first (rows of unequal height put a label's middle there): read without ruling
    /// lines, that label could start a group at that row, so a careful reader leaves the table out.
    /// </summary>
    public static byte[] Render(IReadOnlyList<TargetTable> tables, double foot, ISet<TargetTable> ambiguous) => Render(tables, foot, GeneratedTargets.Cover, null, 2025, ambiguous);

    private static byte[] Render(IReadOnlyList<TargetTable> tables, double foot, string cover, string? unitLine, int year, ISet<TargetTable>? ambiguous)
    {
        var pdf = new GeneratedPdf(595, Height, 150, 600, cover);
        var page = pdf.NewPage();
        if (unitLine != null) Text(pdf, page, unitLine, Size, 150, 30);
        Text(pdf, page, year + "年部门“三公”经费和机关运行经费预算表", 12, 150, 60);
        Text(pdf, page, "单位:万元", Size, 480, 80);
        foreach (var table in tables)
        {
            page = pdf.NewPage();
            var y = 60.0;
            Text(pdf, page, year + "年项目支出绩效目标表", 14, 180, y);
            y += 30;
            Text(pdf, page, "项目名称", Size, 40, y);
            Text(pdf, page, table.Project, Size, 110, y);
            y += 20;
            Text(pdf, page, "主管部门", Size, 40, y);
            Text(pdf, page, table.Department, Size, 110, y);
            Text(pdf, page, "实施单位", Size, 330, y);
            Text(pdf, page, table.Implementer, Size, 400, y);
            y += 20;
            Text(pdf, page, "项目资金", Size, 40, y);
            Text(pdf, page, "年度资金总额", Size, 110, y);
            if (table.Funds != null) Text(pdf, page, table.Funds, Size, 300, y);
            y += 16;
            Text(pdf, page, "（万元）", Size, 40, y);
            Text(pdf, page, "其中：财政拨款", Size, 110, y);
            if (table.Funds != null) Text(pdf, page, table.Funds, Size, 300, y);
            y += 16;
            Text(pdf, page, "其他资金", Size, 110, y);
            Text(pdf, page, "0", Size, 300, y);
            y += 20;
            Text(pdf, page, "年度总体目标", Size, 40, y);
            foreach (var line in GeneratedTargets.Wrap(table.Goal, 40))
            {
                Text(pdf, page, line, Size, 110, y);
                y += Pitch;
            }
            y += 10;
            y = Header(pdf, page, table, y);
            // Rows: each as tall as its tallest cell; a row that does not fit goes to the next page.
            var parts = new List<(PdfPageBuilder Page, List<(string L1, string L2, double Top, double Bottom)> Rows)> { (page, new()) };
            foreach (var (l1, l2, row) in table.Rows)
            {
                var name = GeneratedTargets.Wrap(row.Level3, 10);
                var value = IsWords(row.Value) ? GeneratedTargets.Wrap(row.Value, 8) : new List<string> { row.Value };
                // As tall as its name or its value, or as a label merged over this row alone (a label over more rows fits them).
                var alone1 = table.Indicators.Single(a => a.Name == l1).Groups.Sum(g => g.Rows.Length) == 1 ? GeneratedTargets.Wrap(l1, 6).Count : 0;
                var alone2 = table.Indicators.Single(a => a.Name == l1).Groups.Single(g => g.Name == l2).Rows.Length == 1 ? GeneratedTargets.Wrap(l2, 6).Count : 0;
                var lines = new[] { name.Count, value.Count, alone1, alone2 }.Max();
                var height = ((lines - 1) * Pitch) + Size + (2 * Pad);
                if (y + height > foot)
                {
                    page = pdf.NewPage();
                    y = Header(pdf, page, table, 60);
                    parts.Add((page, new()));
                }
                Centred(pdf, page, name, Level3X, y, height);
                Centred(pdf, page, value, ValueX, y, height);
                if (row.Weight != null) Centred(pdf, page, new List<string> { row.Weight }, WeightX, y, height);
                parts[parts.Count - 1].Rows.Add((l1, l2, y, y + height));
                y += height;
            }
            // The merged cells: each group's label centred on its rows of each page (a group ends where its name changes).
            foreach (var (p, rows) in parts)
            {
                foreach (var (key, x) in new[] { (0, Level1X), (1, Level2X) })
                {
                    var start = 0;
                    var labels = new List<(int Start, double First)>();
                    for (var i = 1; i <= rows.Count; i++)
                    {
                        if (i < rows.Count && rows[i].L1 == rows[start].L1 && (key == 0 || rows[i].L2 == rows[start].L2)) continue;
                        var label = GeneratedTargets.Wrap(key == 0 ? rows[start].L1 : rows[start].L2, 6);
                        Centred(pdf, p, label, x, rows[start].Top, rows[i - 1].Bottom - rows[start].Top);
                        labels.Add((start, rows[start].Top + ((rows[i - 1].Bottom - rows[start].Top - (((label.Count - 1) * Pitch) + Size)) / 2) + Size));
                        start = i;
                    }
                    if (ambiguous != null && ReadsAtTopOtherwise(rows.Select(r => r.Top + Pad + Size).ToList(), labels)) ambiguous.Add(table);
                }
            }
        }
        return pdf.Build();
    }

    /// <summary>
    /// Whether the page's labels of one level also read as standing at their groups' first rows (each label's first line
    /// within 3 pt of some row's first line, the first at the page's first row) but dividing the rows otherwise: read
    /// without ruling lines, the table then divides two ways.
    /// </summary>
    private static bool ReadsAtTopOtherwise(List<double> rowFirstLines, List<(int Start, double First)> labels)
    {
        var starts = labels.Select(l => rowFirstLines.FindIndex(r => System.Math.Abs(r - l.First) <= 3)).ToList();
        if (starts.Count == 0 || starts[0] != 0 || starts.Any(s => s < 0)) return false;
        for (var k = 1; k < starts.Count; k++) if (starts[k] <= starts[k - 1]) return false;
        return !starts.SequenceEqual(labels.Select(l => l.Start));
    }

    private static bool IsWords(string value) => value.Length > 0 && value[value.Length - 1] >= 0x4E00 && !value.Any(char.IsDigit);

    private static double Header(GeneratedPdf pdf, PdfPageBuilder page, TargetTable table, double y)
    {
        Text(pdf, page, "绩效指标", Size, 40, y);
        Text(pdf, page, "一级指标", Size, Level1X, y);
        Text(pdf, page, "二级指标", Size, Level2X, y);
        Text(pdf, page, "三级指标", Size, Level3X, y);
        Text(pdf, page, "指标值", Size, ValueX, y);
        if (table.Weights) Text(pdf, page, "分值", Size, WeightX, y);
        return y + 8;
    }

    /// <summary>Lines centred vertically in the cell from <paramref name="top"/> of <paramref name="height"/> (baselines, measured from the top).</summary>
    private static void Centred(GeneratedPdf pdf, PdfPageBuilder page, List<string> lines, double x, double top, double height)
    {
        var block = ((lines.Count - 1) * Pitch) + Size;
        var baseline = top + ((height - block) / 2) + Size;
        foreach (var line in lines)
        {
            Text(pdf, page, line, Size, x, baseline);
            baseline += Pitch;
        }
    }

    /// <summary>
    /// Text at baseline <paramref name="y"/> (from the top): Chinese and ≥ ≤ in the CJK font, ASCII in Helvetica, run after
    /// run. A CJK font copy holds at most 250 characters (PdfPig's simple-font limit); the next character goes to a new copy.
    /// </summary>
    private static void Text(GeneratedPdf pdf, PdfPageBuilder page, string text, double size, double x, double y)
    {
        var start = 0;
        while (start < text.Length)
        {
            var font = FontOf(pdf, text[start]);
            var end = start;
            while (end < text.Length && FontOf(pdf, text[end]).Equals(font)) end++;
            var letters = page.AddText(text.Substring(start, end - start), size, new PdfPoint(x, Height - y), font);
            x = letters[letters.Count - 1].EndBaseLine.X;
            start = end;
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GeneratedPdf, Dictionary<char, PdfDocumentBuilder.AddedFont>> s_fonts = new();

    private static PdfDocumentBuilder.AddedFont FontOf(GeneratedPdf pdf, char c)
    {
        if (c < 0x80) return pdf.Digits;
        var fonts = s_fonts.GetOrCreateValue(pdf);
        if (fonts.TryGetValue(c, out var font)) return font;
        var current = fonts.Count == 0 ? pdf.Font : fonts.Values.Last();
        if (fonts.Values.Count(f => f.Equals(current)) >= 250) current = pdf.AddCjkFont();
        fonts[c] = current;
        return current;
    }
}
