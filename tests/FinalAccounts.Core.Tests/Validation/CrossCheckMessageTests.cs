using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation;

/// What the cross check and the batch pairing say, word for word: why a pair is not compared, why a rule did not run, a
/// change against last year's report, and the pairing notes (unpaired with and without a report of the other level,
/// ambiguous). Numbers by hand.
public sealed class CrossCheckMessageTests
{
    private static FinalAccountsReport Report(int year, Item[] items, string unit = "测试局（本级）")
        => ReportReader.Parse(FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(items).Replace("\"year\": 2024", "\"year\": " + year, StringComparison.Ordinal)
            .Replace("\"unitName\": \"测试局（本级）\"", "\"unitName\": \"" + unit + "\"", StringComparison.Ordinal), FileName);

    private static FinalAccountsReport Budget2024(string unit = "测试局（本级）") => Report(2024, new Item[]
    {
        Budget, Table("表1", "2024年部门收支预算总表", Cell("一、财政拨款收入", "预算数", "财政拨款收入", "预算", "15621.11")),
    }, unit);

    private static FinalAccountsReport Budget2025(string change, int year = 2025) => Report(year, new Item[]
    {
        Budget, Statement("B.1-1", F("财政拨款收入", "预算", "18976.76"), F("财政拨款收入", "较上年预算增减", change)),
    });

    [Fact]
    public void Reports_of_two_units_say_which_two()
    {
        var later = Budget2025("3355.65");
        var check = CrossChecker.Check(Budget2024("别的局"), later);
        Assert.Same(later, check.Report);
        Assert.Equal(CrossChecker.Rules, check.RulesNotRun.Select(r => r.Rule));
        Assert.All(check.RulesNotRun, r => Assert.Equal(
            "两份报告不是同一单位，未作跨报告核对：别的局（单位）2024年预算 / 测试局（本级）（单位）2025年预算 (not the same unit and level: no cross check)", r.Reason));
        Assert.Empty(check.RulesRun);
    }

    [Fact]
    public void Reports_no_rule_relates_say_which_kinds_and_years()
    {
        var check = CrossChecker.Check(Budget2024(), Budget2025("3355.65", year: 2026));
        Assert.All(check.RulesNotRun, r => Assert.Equal(
            "两份报告的类型与年度没有可核对的关系：测试局（本级）（单位）2024年预算 / 测试局（本级）（单位）2026年预算 (a 预算 and the 决算 of its year, or two 预算 or two 决算 of consecutive years, are needed)",
            r.Reason));
        Assert.Equal(CrossChecker.Rules.Count, check.RulesNotRun.Count);
        // A 决算 and the 预算 of the next year: kinds differ, years differ.
        var final = Report(2023, new Item[] { Statement("2.1-1", F("收入总计", "决算", "1.00")) });
        Assert.Contains("测试局（本级）（单位）2023年决算", CrossChecker.Check(final, Budget2024()).RulesNotRun[0].Reason);
        Assert.False(CrossChecker.Relates(final.Info, Budget2024().Info));
    }

    [Fact]
    public void A_change_against_last_years_budget_names_both_years()
    {
        // 18976.76 − 15621.11 = 3355.65 (18976.76 − 15000 = 3976.76, − 621.11); 3355.56 is 0.09 below; two figures allow ± 0.01.
        var check = CrossChecker.Check(Budget2024(), Budget2025("3355.56"));
        var finding = Assert.Single(check.Findings);
        Assert.Equal(
            "财政拨款收入（较上年预算增减） 列示 3355.56万元，按 2025年预算 − 2024年预算报告所列预算 计算为 3355.65万元（舍入允许 [3355.64, 3355.66]），差额 -0.09万元，舍入无法解释。"
            + "依据：财政拨款收入（预算）18976.76万元，财政拨款收入（预算）15621.11万元。",
            finding.Message);
        Assert.Equal(
            "财政拨款收入 (较上年预算增减) is stated as 3355.56万元; this year's figure − last year's report gives 3355.65万元 (rounding allows [3355.64, 3355.66]): "
            + "the difference of -0.09万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, check.ChecksRun);
        // FA1211 found nothing to compare (no 上年预算 stated); FA1212–FA1215 do not relate two budgets.
        Assert.Equal(new[] { "FA1211", "FA1212", "FA1213", "FA1214", "FA1215" }, check.RulesNotRun.Select(r => r.Rule.Id));
        Assert.Equal("两份报告没有同一数字可供核对 (the two reports state no figure this rule relates)", check.RulesNotRun[0].Reason);
        Assert.All(check.RulesNotRun.Skip(1), r => Assert.Equal("这两份报告是相邻两年的预算，此规则不适用 (the rule does not relate this pair)", r.Reason));
    }

    [Fact]
    public void A_budget_and_its_years_final_accounts_say_so_for_the_rules_they_do_not_run()
    {
        var final = Report(2024, new Item[] { Statement("2.1-1", F("财政拨款收入", "年初预算", "15621.11")) });
        var check = CrossChecker.Check(Budget2024(), final);
        Assert.Same(final, check.Report);
        Assert.Empty(check.Findings);
        Assert.Equal(new[] { "FA1212" }, check.RulesRun.Select(r => r.Id));
        Assert.Equal(new[] { "FA1210", "FA1211", "FA1213", "FA1214", "FA1215" }, check.RulesNotRun.Select(r => r.Rule.Id));
        Assert.Equal("这两份报告是同年的预算和决算，此规则不适用 (the rule does not relate this pair)", check.RulesNotRun[0].Reason);
        // 15621.21 restated: 0.10 above the budget report's figure.
        var broken = Assert.Single(CrossChecker.Check(Budget2024(), Report(2024, new Item[] { Statement("2.1-1", F("财政拨款收入", "年初预算", "15621.21")) })).Findings);
        Assert.StartsWith("财政拨款收入（年初预算） 列示 15621.21万元，按 2024年当年预算报告所列预算数 计算为 15621.11万元", broken.Message);
        Assert.Contains("; that year's budget report gives 15621.11万元", broken.MessageEn);
    }

    [Fact]
    public void Two_final_accounts_say_so_for_the_rules_they_do_not_run()
    {
        var earlier = Report(2023, new Item[] { Statement("2.1-1", F("收入总计", "决算", "100.00")) });
        var later = Report(2024, new Item[] { Statement("2.1-1", F("收入总计", "上年决算", "100.00"), F("收入总计", "决算", "110.00"), F("收入总计", "较上年决算增减", "10.00")) });
        var check = CrossChecker.Check(later, earlier);
        Assert.Same(later, check.Report);
        Assert.Equal(2, check.ChecksRun);
        Assert.Equal(new[] { "FA1210", "FA1211", "FA1212", "FA1215" }, check.RulesNotRun.Select(r => r.Rule.Id));
        Assert.All(check.RulesNotRun, r => Assert.Equal("这两份报告是相邻两年的决算，此规则不适用 (the rule does not relate this pair)", r.Reason));
        // 12.00 stated against 110.00 − 100.00 = 10.00: the change names last year's 决算 report.
        var broken = Assert.Single(CrossChecker.Check(earlier, Report(2024, new Item[] { Statement("2.1-1", F("收入总计", "决算", "110.00"), F("收入总计", "较上年决算增减", "12.00")) })).Findings);
        Assert.StartsWith("收入总计（较上年决算增减） 列示 12.00万元，按 2024年决算 − 2023年决算报告所列决算 计算为 10万元", broken.Message);
        // A rate: (110.00 − 100.00) ÷ 100.00 = 10%; 12.00% is an error named against last year's report.
        var rate = Assert.Single(CrossChecker.Check(earlier, Report(2024, new Item[] { Statement("2.1-1", F("收入总计", "决算", "110.00"), F("收入总计", "较上年决算增减率", "12.00", "%")) })).Findings);
        Assert.StartsWith("收入总计（较上年决算增减率） 列示 12.00%，按 (2024年决算 − 2023年决算报告所列决算) ÷ 2023年报告所列数 计算为 10%", rate.Message);
        Assert.Contains("; (this year's figure − last year's report) ÷ last year's report gives 10%", rate.MessageEn);
    }

    [Fact]
    public void A_restated_figure_names_last_years_budget_or_final_accounts_report()
    {
        // 上年预算 15621.21 restated in 2025 against the 2024 预算's 15621.11: 0.10 off, named against last year's 预算 report.
        var budget = Assert.Single(CrossChecker.Check(Budget2024(), Report(2025, new Item[] { Budget, Statement("B.1-1", F("财政拨款收入", "上年预算", "15621.21")) })).Findings);
        Assert.Equal("FA1211", budget.RuleId);
        Assert.StartsWith("财政拨款收入（上年预算） 列示 15621.21万元，按 2024年上年预算报告所列预算 计算为 15621.11万元", budget.Message, StringComparison.Ordinal);
        Assert.Contains("; last year's budget report gives 15621.11万元", budget.MessageEn, StringComparison.Ordinal);
        // 上年决算 101.00 restated in 2024 against the 2023 决算's 100.00.
        var earlier = Report(2023, new Item[] { Statement("2.1-1", F("收入总计", "决算", "100.00")) });
        var final = Assert.Single(CrossChecker.Check(earlier, Report(2024, new Item[] { Statement("2.1-1", F("收入总计", "上年决算", "101.00")) })).Findings);
        Assert.Equal("FA1213", final.RuleId);
        Assert.StartsWith("收入总计（上年决算） 列示 101.00万元，按 2023年上年决算报告所列决算 计算为 100万元", final.Message, StringComparison.Ordinal);
        Assert.Contains("; last year's final accounts gives 100万元", final.MessageEn, StringComparison.Ordinal);
    }

    private static ReportInfo Info(string unit, string level, ReportKind kind, int year)
        => new("title", year, unit, level, ReportUnitKind.Administrative, CurrencyUnit.WanYuan, string.Empty, string.Empty, kind);

    [Fact]
    public void Pairing_notes_are_worded_in_both_languages()
    {
        var found = CrossPairing.Pair(new[]
        {
            Info("区府办", "部门", ReportKind.Budget, 2025), Info("区府办", "单位", ReportKind.FinalAccounts, 2020),
            Info("甲", "单位", ReportKind.FinalAccounts, 2024), Info("甲", "单位", ReportKind.FinalAccounts, 2024), Info("甲", "单位", ReportKind.FinalAccounts, 2024),
        });
        Assert.Equal(3, found.Notes.Count);
        var other = found.Notes[0];
        Assert.Equal(new[] { 0 }, other.Reports);
        Assert.Equal("未找到可与之核对的报告：区府办（部门）2025年预算（需同一单位、同一级次的同年预算或决算，或相邻年度的同类报告；有同名但级次不同的报告，部门与单位不互相核对）", other.Message);
        Assert.Equal("no report of the same unit and level to cross-check with (the same year's 预算/决算, or the same kind a year apart); a report of the same name at the other level (部门/单位) is not its pair", other.MessageEn);
        Assert.Equal("FA1220 " + other.Message + " (" + other.MessageEn + ")", other.ToString());
        Assert.Equal(new[] { 1 }, found.Notes[1].Reports);
        var ambiguous = found.Notes[2];
        Assert.Equal("FA1221", ambiguous.Rule.Id);
        Assert.Equal(new[] { 2, 3, 4 }, ambiguous.Reports);
        Assert.Equal("同一单位同年同类报告有 3 份（甲（单位）2024年决算），无法确定与哪一份核对，涉及它们的跨报告核对均未进行", ambiguous.Message);
        Assert.Equal("3 reports of one unit, kind and year: no cross check that needs one of them is run", ambiguous.MessageEn);
        var alone = Assert.Single(CrossPairing.Pair(new[] { Info("乙", string.Empty, ReportKind.Budget, 2024) }).Notes);
        Assert.Equal("未找到可与之核对的报告：乙2024年预算（需同一单位、同一级次的同年预算或决算，或相邻年度的同类报告）", alone.Message);
        Assert.Equal("no report of the same unit and level to cross-check with (the same year's 预算/决算, or the same kind a year apart)", alone.MessageEn);
    }

    [Fact]
    public void Pairing_needs_reports_and_refuses_a_null_one()
    {
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => CrossPairing.Pair(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentException>(() => CrossPairing.Pair(new ReportInfo[] { null! })).ParamName);
        Assert.Throws<ArgumentNullException>(() => CrossChecker.Check(null!, Budget2024()));
        Assert.Throws<ArgumentNullException>(() => CrossChecker.Check(Budget2024(), null!));
        Assert.Throws<ArgumentNullException>(() => CrossChecker.Relates(null!, Budget2024().Info));
        Assert.Throws<ArgumentNullException>(() => CrossChecker.Relates(Budget2024().Info, null!));
    }
}
