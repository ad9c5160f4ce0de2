using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Classification;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig.Core;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// 一般公共预算财政拨款基本支出决算表 generated in the layouts of real reports and the template: one block or two side by
/// side (人员经费 classes left, 公用经费 classes right, each closed by its 经费合计), codes split (301 | 01 under 类 款) or
/// joined (30101 under 经济分类科目编码), long names wrapped around the code line, blank cells, a footnote, page breaks; and
/// the cells the import must give back ("code concept = value").
/// </summary>
internal sealed class GeneratedEconomicTable
{
    private const double Top = 540, Bottom = 40, Step = 16;

    private static readonly EconomicCode[] s_personnel = EconomicCode.All.Where(c => c.Level == ClassificationLevel.Class && c.Children.Count > 0 && c.Code is "301" or "303").ToArray();
    private static readonly EconomicCode[] s_public = EconomicCode.All.Where(c => c.Level == ClassificationLevel.Class && c.Children.Count > 0 && c.Code is "302" or "310").ToArray();

    private GeneratedEconomicTable(IReadOnlyList<IReadOnlyList<(EconomicCode Code, string? Value)>> blocks, string?[] totals, bool joined, bool wrapNames, bool footnote)
    {
        Blocks = blocks;
        Totals = totals;
        Joined = joined;
        WrapNames = wrapNames;
        Footnote = footnote;
    }

    public IReadOnlyList<IReadOnlyList<(EconomicCode Code, string? Value)>> Blocks { get; }

    /// <summary>Each block's 经费合计 (人员经费合计, 公用经费合计), null when blank.</summary>
    public string?[] Totals { get; }

    public bool Joined { get; }

    public bool WrapNames { get; }

    public bool Footnote { get; }

    public string[] ExpectedCells()
    {
        var cells = new List<string>();
        for (var b = 0; b < Blocks.Count; b++)
        {
            foreach (var (code, value) in Blocks[b]) if (value != null) cells.Add(code.Code + " " + code.Name + " = " + value);
            if (Totals[b] is { } t) cells.Add(" " + (b == 0 ? "人员经费" : "公用经费") + " = " + t);
        }
        return cells.OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
    }

    public static string[] Cells(ImportResult result)
        => result.Report.Tables.Where(t => t.Id == "表6").SelectMany(t => t.Cells).Select(c => c.Code + " " + c.Key.Concept + " = " + c.Value).OrderBy(c => c, System.StringComparer.Ordinal).ToArray();

    public static Gen<GeneratedEconomicTable> Generate()
        => from personnel in Block(s_personnel)
           from two in FsCheck.Fluent.Gen.Elements(false, true)
           from second in Block(s_public)
           from totals in FsCheck.Fluent.Gen.ArrayOf(Value(), 2)
           from joined in FsCheck.Fluent.Gen.Elements(false, true)
           from wrap in FsCheck.Fluent.Gen.Elements(false, true)
           from footnote in FsCheck.Fluent.Gen.Elements(false, true)
           select new GeneratedEconomicTable(two ? new[] { personnel, second } : new[] { personnel }, two ? totals : new[] { totals[0] }, joined, wrap, footnote);

    private static Gen<IReadOnlyList<(EconomicCode, string?)>> Block(EconomicCode[] classes)
        => from chosen in FsCheck.Fluent.Gen.SubListOf(classes).Where(l => l.Count > 0)
           from sections in FsCheck.Fluent.Gen.CollectToList(chosen.Select(c => FsCheck.Fluent.Gen.SubListOf(c.Children.ToArray()).Select(l => l.Take(6).ToList())))
           let codes = chosen.SelectMany((c, i) => new[] { c }.Concat(sections[i])).ToList()
           from values in FsCheck.Fluent.Gen.CollectToList(codes.Select(_ => Value()))
           select (IReadOnlyList<(EconomicCode, string?)>)codes.Zip(values, (c, v) => (c, v)).ToList();

    private static Gen<string?> Value()
        => FsCheck.Fluent.Gen.Frequency(
            (1, FsCheck.Fluent.Gen.Constant<string?>(null)),
            (3, FsCheck.Fluent.Gen.Choose(0, 9_999_999).Select(i => (string?)(i / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture))));

    /// <summary>A report of a cover and this table, A4 landscape, blocks 400 pt apart.</summary>
    public byte[] Render()
    {
        var pdf = new GeneratedPdf(842, 595, 280, 400);
        var font = pdf.Font;
        var digits = pdf.Digits;
        var page = pdf.NewPage();
        page.AddText("一般公共预算财政拨款基本支出决算表", 14, new PdfPoint(300, Top), font);
        page.AddText("单位：万元", 9, new PdfPoint(730, Top - 25), font);
        var y = Top - 50;
        for (var b = 0; b < Blocks.Count; b++)
        {
            var x = 40 + (b * 400);
            page.AddText(Joined ? "经济分类" : "经济分类科目编码", 9, new PdfPoint(x, y), font);
            page.AddText("科目名称", 9, new PdfPoint(x + 90, y - 8), font);
            page.AddText("决算数", 9, new PdfPoint(x + 250, y - 8), font);
            if (Joined) page.AddText("科目编码", 9, new PdfPoint(x, y - 16), font);
            else
            {
                page.AddText("类", 9, new PdfPoint(x, y - 24), font);
                page.AddText("款", 9, new PdfPoint(x + 30, y - 24), font);
            }
        }
        y -= 24;
        var rows = Blocks.Max(b => b.Count);
        for (var i = 0; i <= rows; i++)
        {
            var wrapHere = WrapNames && Blocks.Any(b => i < b.Count && b[i].Code.Name.Length > 8);
            y -= wrapHere ? Step * 1.5 : Step;
            if (y < Bottom)
            {
                page = pdf.NewPage();
                y = Top;
            }
            for (var b = 0; b < Blocks.Count; b++)
            {
                var x = 40 + (b * 400);
                if (i == rows)
                {
                    page.AddText(b == 0 ? "人员经费合计" : "公用经费合计", 9, new PdfPoint(x + 60, y), font);
                    if (Totals[b] is { } t) page.AddText(t, 8, new PdfPoint(x + 250, y), digits);
                    continue;
                }
                if (i >= Blocks[b].Count) continue;
                var (code, value) = Blocks[b][i];
                if (Joined || code.Code.Length == 3) page.AddText(code.Code, 9, new PdfPoint(x, y), digits);
                else
                {
                    page.AddText(code.Code.Substring(0, 3), 9, new PdfPoint(x, y), digits);
                    page.AddText(code.Code.Substring(3), 9, new PdfPoint(x + 30, y), digits);
                }
                if (WrapNames && code.Name.Length > 8)
                {
                    page.AddText(code.Name.Substring(0, 8), 8, new PdfPoint(x + 60, y + 6), font);
                    page.AddText(code.Name.Substring(8), 8, new PdfPoint(x + 60, y - 6), font);
                }
                else page.AddText(code.Name, 8, new PdfPoint(x + 60, y), font);
                if (value != null) page.AddText(value, 8, new PdfPoint(x + 250, y), digits);
            }
            if (wrapHere) y -= Step / 2;
        }
        if (Footnote) page.AddText("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", 9, new PdfPoint(40, y - Step), font);
        return pdf.Build();
    }

    public override string ToString()
        => Blocks.Count + " block(s) of " + string.Join("+", Blocks.Select(b => b.Count)) + " rows" + (Joined ? ", joined codes" : ", split codes")
            + (WrapNames ? ", wrapped names" : string.Empty) + (Footnote ? ", footnote" : string.Empty);
}
