using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>Two reports of one unit against each other (issue 18.4): consistent, rounding-only and broken pairs per rule.</summary>
public sealed class CrossCheckerTests
{
    /// <summary>A report of the test unit in <paramref name="year"/> (TestReport writes 2024), optionally of another unit.</summary>
    private static FinalAccountsReport Report(int year, Item[] items, string unit = "测试局（本级）")
        => ReportReader.Parse(FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(items).Replace("\"year\": 2024", "\"year\": " + year, StringComparison.Ordinal)
            .Replace("\"unitName\": \"测试局（本级）\"", "\"unitName\": \"" + unit + "\"", StringComparison.Ordinal), FileName);

    // 2024 预算: 财政拨款收入 15621.11 (a table cell, as a 收支预算总表 prints it) and 三公经费 47.91.
    private static FinalAccountsReport Budget2024(string unit = "测试局（本级）") => Report(2024, new Item[]
    {
        Budget,
        Table("表1", "2024年部门收支预算总表", Cell("一、财政拨款收入", "预算数", "财政拨款收入", "预算", "15621.11")),
        Statement("B.2-1", F("三公经费", "预算", "47.91", scope: "财政拨款")),
    }, unit);

    // 2025 预算: 18976.76, 比2024年预算增加 <change>; 三公经费 37.91, 比2024年预算减少10.
    private static FinalAccountsReport Budget2025(string change, string? previous = null) => Report(2025, new Item[]
    {
        Budget,
        Statement("B.1-1", new[] { F("财政拨款收入", "预算", "18976.76"), F("财政拨款收入", "较上年预算增减", change) }
            .Concat(previous == null ? Array.Empty<Fig>() : new[] { F("财政拨款收入", "上年预算", previous) }).ToArray()),
        Statement("B.2-1", F("三公经费", "预算", "37.91", scope: "财政拨款"), F("三公经费", "较上年预算增减", "-10", scope: "财政拨款")),
    });

    [Fact]
    public void Two_consistent_budgets_give_no_finding_in_either_order()
    {
        // 18976.76 − 15621.11 = 3355.65; 37.91 − 47.91 = −10.
        foreach (var check in new[] { CrossChecker.Check(Budget2024(), Budget2025("3355.65")), CrossChecker.Check(Budget2025("3355.65"), Budget2024()) })
        {
            Assert.Empty(check.Findings);
            Assert.Equal(2, check.ChecksRun);
            Assert.Equal(new[] { "FA1210" }, check.RulesRun.Select(r => r.Id));
            Assert.Equal(2025, check.Report.Info.Year);
        }
    }

    [Fact]
    public void A_region_wide_summary_is_never_compared_with_last_year_s_report()
    {
        // The district's 三公 (coverage 全区) under the unit's own key: 1200.00, 比2024年预算减少100. Against the unit's 2024 三公
        // 47.91 it would be an error; a region figure is never the unit's, so only the unit's two changes are checked.
        var json = FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(new Item[]
        {
            Budget,
            Statement("B.1-1", F("财政拨款收入", "预算", "18976.76"), F("财政拨款收入", "较上年预算增减", "3355.65")),
            Statement("B.2-1", F("三公经费", "预算", "37.91", scope: "财政拨款"), F("三公经费", "较上年预算增减", "-10", scope: "财政拨款")),
            Statement("B.2-61", F("三公经费", "预算", "1200.00", scope: "财政拨款"), F("三公经费", "较上年预算增减", "-100.00", scope: "财政拨款")),
        }).Replace("\"year\": 2024", "\"year\": 2025", StringComparison.Ordinal);
        var covered = json.Replace("\"id\": \"B.2-61\",", "\"id\": \"B.2-61\", \"coverage\": \"全区\",", StringComparison.Ordinal);
        Assert.NotEqual(json, covered);
        var check = CrossChecker.Check(Budget2024(), ReportReader.Parse(covered, FileName));
        Assert.Empty(check.Findings);
        Assert.Equal(2, check.ChecksRun);
        // The planted fault: the same sentence without its coverage is the unit's, and its change meets last year's 47.91.
        Assert.Contains(CrossChecker.Check(Budget2024(), ReportReader.Parse(json, FileName)).Findings, f => f.Severity == Severity.Error && f.Location.StatementId == "B.2-61");
    }

    [Fact]
    public void A_change_off_by_rounding_is_information()
    {
        // 3355.66 is 0.01 off 3355.65; the three figures allow 0.015.
        var finding = Assert.Single(CrossChecker.Check(Budget2024(), Budget2025("3355.66")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_change_last_year_does_not_support_is_an_error_on_the_later_report()
    {
        // 3355.56 (digits swapped) is 0.09 off.
        var finding = Assert.Single(CrossChecker.Check(Budget2024(), Budget2025("3355.56")).Findings);
        Assert.Equal("FA1210", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("3355.56", finding.Stated.Value);
        Assert.Equal("B.1-1", finding.Location.StatementId);
        Assert.Equal(3355.65m, decimal.Round(finding.Result.Exact, 4));
        Assert.Contains("2024年预算报告所列预算", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_budget_restated_must_be_last_years_budget()
    {
        Assert.Empty(CrossChecker.Check(Budget2024(), Budget2025("3355.65", previous: "15621.11")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(CrossChecker.Check(Budget2024(), Budget2025("3355.65", previous: "15621.12")).Findings).Outcome);
        var finding = Assert.Single(CrossChecker.Check(Budget2024(), Budget2025("3355.65", previous: "15621.21")).Findings);
        Assert.Equal("FA1211", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("47.91", null)]
    [InlineData("47.92", CheckOutcome.WithinRounding)]
    [InlineData("48.91", CheckOutcome.Inconsistent)]
    public void A_final_accounts_initial_budget_is_its_years_budget(string initial, CheckOutcome? expected)
    {
        // The 2024 决算's 三公经费 年初预算 against the 2024 预算's 47.91 (two figures at 2 decimals allow 0.01).
        var final = Report(2024, new Item[] { Statement("2.7-1", F("三公经费", "决算", "40.00", scope: "财政拨款"), F("三公经费", "年初预算", initial, scope: "财政拨款")) });
        var check = CrossChecker.Check(final, Budget2024());
        Assert.Equal(new[] { "FA1212" }, check.RulesRun.Select(r => r.Id));
        Assert.Same(final, check.Report);
        if (expected == null) Assert.Empty(check.Findings);
        else Assert.Equal(expected, Assert.Single(check.Findings, f => f.RuleId == "FA1212").Outcome);
    }

    [Fact]
    public void Reports_of_different_units_are_not_compared_and_say_why()
    {
        var check = CrossChecker.Check(Budget2024("别的局"), Budget2025("1.00"));
        Assert.Empty(check.Findings);
        Assert.Equal(0, check.ChecksRun);
        Assert.All(check.RulesNotRun, r => Assert.Contains("不是同一单位", r.Reason, StringComparison.Ordinal));
        Assert.Equal(CrossChecker.Rules.Count, check.RulesNotRun.Count);
    }

    [Fact]
    public void Budgets_two_years_apart_are_not_compared()
    {
        var check = CrossChecker.Check(Budget2024(), Report(2026, new Item[] { Budget, Statement("B.1-1", F("财政拨款收入", "预算", "1.00"), F("财政拨款收入", "较上年预算增减", "1.00")) }));
        Assert.Empty(check.Findings);
        Assert.All(check.RulesNotRun, r => Assert.Contains("没有可核对的关系", r.Reason, StringComparison.Ordinal));
    }
    // Two 决算 (FA1213, FA1214): 2023 决算 一般公共预算财政拨款支出 2940.05 in 表5; 2024 restates it as 上年决算 and states
    // 决算 3152.30, 比上年增加 212.25 (3152.30 − 2940.05), 增长 7.22% (212.25 ÷ 2940.05 = 7.2192%).
    private static FinalAccountsReport Final2023() => Report(2023, new Item[]
    {
        Table("表5", "2023年一般公共预算财政拨款支出决算表", Cell("合计", "决算数", "一般公共预算财政拨款支出", "决算", "2940.05")),
    });

    private static FinalAccountsReport Final2024(string previous, string change, string rate) => Report(2024, new Item[]
    {
        Table("表5", "2024年一般公共预算财政拨款支出决算表", Cell("合计", "决算数", "一般公共预算财政拨款支出", "决算", "3152.30"),
            Cell("合计", "上年决算数", "一般公共预算财政拨款支出", "上年决算", previous)),
        Statement("2.5-1", F("一般公共预算财政拨款支出", "决算", "3152.30"), F("一般公共预算财政拨款支出", "较上年决算增减", change),
            F("一般公共预算财政拨款支出", "较上年决算增减率", rate, "%")),
    });

    [Fact]
    public void Two_consistent_years_of_final_accounts_give_no_finding_in_either_order()
    {
        foreach (var check in new[] { CrossChecker.Check(Final2023(), Final2024("2940.05", "212.25", "7.22")), CrossChecker.Check(Final2024("2940.05", "212.25", "7.22"), Final2023()) })
        {
            Assert.Empty(check.Findings);
            Assert.Equal(3, check.ChecksRun);
            Assert.Equal(new[] { "FA1213", "FA1214" }, check.RulesRun.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(2024, check.Report.Info.Year);
            Assert.Contains(check.RulesNotRun, r => r.Rule.Id == "FA1210" && r.Reason.Contains("相邻两年的决算", StringComparison.Ordinal));
        }
    }

    [Theory]
    // 上年决算 restated: 2940.06 is 0.01 off (two 2-decimal figures allow 0.01): info; 2904.05 (digits swapped) an error.
    [InlineData("2940.06", "212.25", "7.22", "FA1213", CheckOutcome.WithinRounding)]
    [InlineData("2904.05", "212.25", "7.22", "FA1213", CheckOutcome.Inconsistent)]
    // The change: 212.26 is within the 0.015 three figures allow; 221.25 is not.
    [InlineData("2940.05", "212.26", "7.22", "FA1214", CheckOutcome.WithinRounding)]
    [InlineData("2940.05", "221.25", "7.22", "FA1214", CheckOutcome.Inconsistent)]
    // The rate: 7.25% cannot come from (3152.30 − 2940.05) ÷ 2940.05 = 7.2192% at any rounding of the two figures.
    [InlineData("2940.05", "212.25", "7.25", "FA1214", CheckOutcome.Inconsistent)]
    public void Last_years_final_accounts_restated_and_the_change_must_follow_from_last_years_report(string previous, string change, string rate, string rule, CheckOutcome outcome)
    {
        var later = Final2024(previous, change, rate);
        var finding = Assert.Single(CrossChecker.Check(Final2023(), later).Findings);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(outcome, finding.Outcome);
        Assert.Equal(outcome == CheckOutcome.Inconsistent ? Severity.Error : Severity.Info, finding.Severity);
        Assert.Equal(rule == "FA1213" ? "表5" : "2.5-1", finding.Location.StatementId);
        Assert.Contains(finding.Inputs, i => i.Value == "2940.05" && i.Key.Basis == "决算");
    }

    [Fact]
    public void Final_accounts_two_years_apart_or_a_budget_of_another_year_are_not_compared()
    {
        Assert.Equal(0, CrossChecker.Check(Final2023(), Report(2025, new Item[] { Statement("2.5-1", F("一般公共预算财政拨款支出", "上年决算", "1.00")) })).ChecksRun);
        Assert.False(CrossChecker.Relates(Final2023().Info, Budget2024().Info));
        Assert.True(CrossChecker.Relates(Final2023().Info, Final2024("1", "1", "1").Info));
        Assert.True(CrossChecker.Relates(Budget2024().Info, Final2024("1", "1", "1").Info));
    }

    /// <summary>
    /// Issue 14/18 decision: FA1214 takes its base from last year's report only. A rate whose base only the later report
    /// states (its own 上年决算 column) is checked within that report (FA1024, FA1110), not again across the pair: the same
    /// slip would be reported twice under two IDs, and a cross check that reads one report alone compares nothing across
    /// documents. Here 2023's report states no 一般公共预算财政拨款支出 (only 财政拨款支出); 2024 prints 7.25% where its own
    /// figures give (3152.30 − 2940.05) ÷ 2940.05 = 7.2192%.
    /// </summary>
    [Fact]
    public void A_rate_whose_base_only_the_later_report_states_is_the_single_report_checks_business()
    {
        var earlier = Report(2023, new Item[] { Table("表4", "2023年财政拨款收入支出决算总表", Cell("合计", "决算数", "财政拨款支出", "决算", "3000.00")) });
        var later = Final2024("2940.05", "212.25", "7.25");
        var cross = CrossChecker.Check(earlier, later);
        Assert.Equal(0, cross.ChecksRun);
        Assert.Empty(cross.Findings);
        var own = ReportChecker.Check(later).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId + " " + f.Stated.Value).ToList();
        Assert.Contains("FA1024 7.25", own);
    }
}
