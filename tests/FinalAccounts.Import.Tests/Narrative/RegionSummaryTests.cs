using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// Region-wide 三公 summaries in 七 (issue 13.10): none of the shared PDFs prints one, so the wording family is generated
/// around the template's — "全区三公经费财政拨款支出决算合计X万元，其中：…", "全市各部门…", "经汇总，…" — beside the unit's own
/// 七（一） sentences. Each is read as a statement of its coverage and checked only among its own figures.
public sealed class RegionSummaryTests
{
    private const string Heading = "七、财政拨款“三公”经费支出决算情况说明";
    private const string General = "（一）“三公”经费财政拨款支出决算总体情况说明。";
    private const string Detail = "（二）“三公”经费财政拨款支出决算具体情况说明。";

    // The unit's own 七（一）: 29.40 = 3.20 + 25.00 + 1.20, 98.00% of 30.00; 比2023年度减少1.00万元，下降3.29% (1.00 ÷ 30.40).
    private const string UnitTotal = "“三公”经费财政拨款支出年初预算为30.00万元，支出决算为29.40万元，完成预算的98.00%，其中：因公出国（境）费决算为3.20万元，完成预算的100.00%；公务用车购置及运行维护费支出决算为25.00万元，完成预算的96.15%；公务接待费支出决算为1.20万元，完成预算的100.00%。2024年度“三公”经费支出决算数小于预算数的主要原因：厉行节约。";
    private const string UnitChange = "2024年度“三公”经费财政拨款支出决算数比2023年度减少1.00万元，下降3.29%。主要原因是压减公务接待。";

    private static readonly string[] Items = { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" };

    private static ImportResult Import(params string[] paragraphs)
    {
        var layout = new HandLayout().NewPage().Line(100, (80, "第三部分测试单位2024年度部门决算情况说明"));
        var y = 130.0;
        foreach (var p in paragraphs)
        {
            for (var at = 0; at < p.Length; at += 30)
            {
                layout.Line(y, (60, p.Substring(at, Math.Min(30, p.Length - at))));
                y += 15;
            }
        }
        return layout.Import();
    }

    private static string Money(long cents, bool commas) =>
        (cents / 100m).ToString(commas ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);

    /// A region sentence and what it states: coverage, total, change (null: none printed) and rate, the parts in printed order.
    private sealed record Region(string Sentence, string Coverage, long Total, long? Change, decimal? Rate, (string Item, long Cents, decimal? Share)[] Parts, bool Scoped);

    /// One wording of the family, drawn from <paramref name="seed"/>; the total is Σ parts + <paramref name="moved"/> 分.
    private static Region Generate(int seed, long moved)
    {
        var r = new Random(seed);
        string Pick(params string[] words) => words[r.Next(words.Length)];
        var coverageWords = Pick("全区", "全市", "全区各部门", "全市各部门", "全区各单位", "全县各预算单位");
        var lead = Pick("", "2024年度", "2024年，", "经汇总，", "汇总");
        var coverage = coverageWords;
        var n = r.Next(1, 4);
        var items = Items.OrderBy(_ => r.Next()).Take(n).ToArray();
        var parts = items.Select(i => (Item: i, Cents: (long)r.Next(0, 5_000_000))).ToArray();
        var total = parts.Sum(p => p.Cents) + moved;
        var scoped = r.Next(2) == 0;
        var commas = r.Next(2) == 0;
        var s = lead + coverage + Pick("", "汇总") + Pick("", "的") + Pick("“三公”", "三公", "\"三公\"") + "经费" + (scoped ? "财政拨款" : "")
            + Pick("", "支出") + Pick("", "决算") + Pick("", "数") + Pick("", "合计", "共计", "总计") + Pick("", "为") + Money(total, commas) + "万元";
        long? change = null;
        decimal? rate = null;
        if (r.Next(2) == 0)
        {
            change = r.Next(-(int)Math.Min(total, 1_000_000), 1_000_000);
            s += "，" + Pick("比", "较") + Pick("2023年", "2023年度", "上年") + (change < 0 ? Pick("减少", "下降") : Pick("增加", "增长")) + Money(Math.Abs(change.Value), commas) + "万元";
            var previous = total - change.Value;
            if (previous > 0 && r.Next(2) == 0)
            {
                rate = Math.Round(change.Value * 100m / previous, 2, MidpointRounding.AwayFromZero);
                s += "，" + (change < 0 ? "下降" : "增长") + Math.Abs(rate.Value).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            }
        }
        var printed = new List<(string, long, decimal?)>();
        s += Pick("，", "；") + "其中" + Pick("：", "，", "");
        for (var i = 0; i < parts.Length; i++)
        {
            decimal? share = total > 0 && r.Next(2) == 0 ? Math.Round(parts[i].Cents * 100m / total, 2, MidpointRounding.AwayFromZero) : null;
            s += (i == 0 ? "" : Pick("，", "；", "、")) + parts[i].Item + Pick("", "支出") + Pick("", "决算") + Pick("", "为") + Money(parts[i].Cents, commas) + "万元"
                + (share is { } sh ? "，占" + sh.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "");
            printed.Add((parts[i].Item, parts[i].Cents, share));
        }
        return new Region(s + "。", coverage, total, change, rate, printed.ToArray(), scoped);
    }

    private static IEnumerable<StatedFigure> FiguresOf(Statement s) =>
        s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!));

    private static string V(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static ImportResult ImportWith(Region region, bool before) => before
        ? Import(Heading, General, UnitTotal, region.Sentence, UnitChange, Detail, "八、政府性基金预算财政拨款收入支出决算情况说明")
        : Import(Heading, General, UnitTotal, UnitChange, Detail, region.Sentence, "八、政府性基金预算财政拨款收入支出决算情况说明");

    /// Law: every generated wording is read back as one statement of its coverage with exactly the printed figures (total,
    /// change and rate, shares, and the 其中 parts: complete when all three are named), while the unit's own 七（一） figures stay
    /// the unit's (its change is never taken from the region's sentence) and the checks find nothing in either.
    [Property(MaxTest = 80)]
    public Property A_region_wide_summary_is_read_as_its_own_coverage() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue).SelectMany(_ => Gen.Elements(true, false), (seed, before) => (seed, before))), c =>
        {
            var region = Generate(c.seed, 0);
            var result = ImportWith(region, c.before);
            var read = Assert.Single(result.Report.Statements, s => s.Coverage.Length > 0);
            Assert.Equal(region.Coverage, read.Coverage);
            var scope = region.Scoped ? "财政拨款" : "";
            var expected = new List<string> { "三公经费|决算|" + scope + "|" + V(region.Total) };
            if (region.Change is { } change) expected.Add("三公经费|较上年决算增减|" + scope + "|" + V(change));
            if (region.Rate is { } rate) expected.Add("三公经费|较上年决算增减率|" + scope + "|" + rate.ToString("0.00", CultureInfo.InvariantCulture));
            foreach (var p in region.Parts)
            {
                if (p.Share is { } share) expected.Add(p.Item + "|占比|" + scope + "|" + share.ToString("0.00", CultureInfo.InvariantCulture));
            }
            foreach (var p in region.Parts) expected.Add(p.Item + "|决算|" + scope + "|" + V(p.Cents));
            Assert.Equal(expected, FiguresOf(read).Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Key.Scope + "|" + decimal.Parse(f.Value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
            Assert.Equal(region.Parts.Length < 3, Assert.Single(read.Explanations).IsPartial);
            // The unit's own: its total and its change on 2023 as printed in its sentences, nothing from the region's.
            var unit = result.Report.Statements.Where(s => s.Coverage.Length == 0).SelectMany(FiguresOf).Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Value).ToList();
            Assert.Contains("三公经费|决算|29.40", unit);
            Assert.Contains("三公经费|较上年决算增减|-1.00", unit);
            Assert.Contains("三公经费|较上年决算增减率|-3.29", unit);
            Assert.DoesNotContain(unit, f => f.StartsWith("三公经费|较上年决算增减|", StringComparison.Ordinal) && f != "三公经费|较上年决算增减|-1.00");
            var check = ReportChecker.Check(result.Report);
            Assert.True(!check.Findings.Any(f => f.Severity > Severity.Info), string.Join(Environment.NewLine, check.Findings.Select(f => f.RuleId + " " + f.Location + " " + f.MessageEn)));
        });

    /// Law: a region total moved off Σ its parts beyond rounding (≥ 0.03 万元 with parts to the 分; a partial 其中 only when the
    /// total falls below the parts) is an error at the region's statement, and nothing is found in the unit's.
    [Property(MaxTest = 60)]
    public Property A_region_total_off_its_parts_is_caught_in_the_region_only() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue).SelectMany(_ => Gen.Choose(3, 100_000).SelectMany(m => Gen.Elements(m, -m)), (seed, moved) => (seed, moved))), c =>
        {
            var region = Generate(c.seed, c.moved);
            if (region.Total < 0) return;
            var complete = region.Parts.Length == 3;
            if (!complete && c.moved > 0) return; // a partial list may add up to less
            var result = ImportWith(region, before: false);
            var check = ReportChecker.Check(result.Report);
            var statement = result.Report.Statements.Single(s => s.Coverage.Length > 0).Id;
            Assert.Contains(check.Findings, f => f.RuleId == (complete ? "FA1010" : "FA1011") && f.Severity == Severity.Error && f.Location.StatementId == statement);
            Assert.DoesNotContain(check.Findings, f => f.Severity > Severity.Info && f.Location.StatementId != statement);
        });

    [Fact]
    public void The_issue_s_example_is_read_and_checked_within_the_district()
    {
        // 12.34 + 1,000.00 + 222.22 = 1,234.56; 12.34 ÷ 1,234.56 = 1.00%, 1,000.00 ÷ 1,234.56 = 81.00%, 222.22 ÷ 1,234.56 = 18.00%.
        var result = Import(Heading, General, UnitTotal, UnitChange, Detail,
            "全区三公经费财政拨款支出决算合计1,234.56万元，其中：因公出国（境）费12.34万元，占1.00%；公务用车购置及运行维护费1,000.00万元，占81.00%；公务接待费222.22万元，占18.00%。",
            "八、政府性基金预算财政拨款收入支出决算情况说明");
        var region = Assert.Single(result.Report.Coverages);
        Assert.Equal("全区", region.Coverage);
        Assert.Equal("1234.56", Assert.Single(region.Find(new FigureKey("三公经费", "决算", "财政拨款"))).Value.Replace(",", ""));
        Assert.Equal("29.40", Assert.Single(result.Report.Find(new FigureKey("三公经费", "决算", "财政拨款"))).Value);
        var check = ReportChecker.Check(result.Report);
        Assert.DoesNotContain(check.Findings, f => f.Severity > Severity.Info);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1022");
    }

    [Fact]
    public void A_region_change_sentence_never_becomes_the_unit_s_change()
    {
        // Printed before the unit's own change: 全区…决算数比2023年度增加 is the district's, not the unit's.
        var result = Import(Heading, General, UnitTotal, "全区“三公”经费财政拨款支出决算数比2023年度增加50.00万元，增长10.00%。", UnitChange, Detail,
            "八、政府性基金预算财政拨款收入支出决算情况说明");
        var change = Assert.Single(result.Report.Find(new FigureKey("三公经费", "较上年决算增减", "财政拨款")));
        Assert.Equal("-1.00", change.Value);
    }

    [Fact]
    public void The_unit_s_own_subordinates_are_no_coverage()
    {
        // 所属各预算单位 / 本部门 are the unit itself in a 部门决算: no region statement is made of them.
        var result = Import(Heading, General, UnitTotal, UnitChange, Detail,
            "2024年，测试单位所属各预算单位开支财政拨款的公务用车保有量为5辆。", "本部门“三公”经费财政拨款支出决算合计29.40万元。",
            "八、政府性基金预算财政拨款收入支出决算情况说明");
        Assert.DoesNotContain(result.Report.Statements, s => s.Coverage.Length > 0);
    }
}
