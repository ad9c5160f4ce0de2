using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// Which figures the cross check compares: the earlier report's table cell before its sentence, a change or restated figure
/// stated twice checked once, a rate against last year's report, and nothing when either side lacks the figure. Two 预算
/// of 测试局 (2024, 2025); arithmetic by hand beside each case.
/// </summary>
public sealed class CrossCheckFigureChoiceTests
{
    private static FinalAccountsReport Report(int year, params Item[] items)
        => ReportReader.Parse(FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(items).Replace("\"year\": 2024", "\"year\": " + year, StringComparison.Ordinal), FileName);

    private static FinalAccountsReport Later(params Fig[] figures) => Report(2025, Budget, Statement("B.1-1", figures));

    private static readonly Fig s_budget2025 = F("财政拨款收入", "预算", "18976.76");

    [Fact]
    public void The_earlier_reports_table_cell_is_preferred_to_its_sentence()
    {
        // The sentence rounds to 15621.00, the table prints 15621.11: 18976.76 − 15621.11 = 3355.65 as stated; against the
        // sentence it would be 3355.76, 0.11 off (two figures at 2 decimals allow 0.01 each): an error.
        var earlier = Report(2024, Budget, Statement("B.1-1", F("财政拨款收入", "预算", "15621.00")),
            Table("表1", "2024年部门收支预算总表", Cell("一、财政拨款收入", "预算数", "财政拨款收入", "预算", "15621.11")));
        var check = CrossChecker.Check(earlier, Later(s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.65")));
        Assert.Empty(check.Findings);
        Assert.Equal(1, check.ChecksRun);
        // With the sentence alone it is that sentence that counts, and 3355.65 no longer follows.
        var sentenceOnly = Report(2024, Budget, Statement("B.1-1", F("财政拨款收入", "预算", "15621.00")));
        Assert.Equal("FA1210", Assert.Single(CrossChecker.Check(sentenceOnly, Later(s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.65"))).Findings).RuleId);
    }

    private static FinalAccountsReport Earlier => Report(2024, Budget, Statement("B.1-1", F("财政拨款收入", "预算", "15621.11")));

    [Fact]
    public void A_change_stated_twice_is_checked_once_and_a_second_different_value_is_checked_too()
    {
        var twice = Report(2025, Budget, Statement("B.1-1", s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.65")),
            Statement("B.1-2", s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.65")));
        var check = CrossChecker.Check(Earlier, twice);
        Assert.Empty(check.Findings);
        Assert.Equal(1, check.ChecksRun);
        // 3355.56 in the second sentence is not a repeat: it is checked, and 0.09 off.
        var differing = Report(2025, Budget, Statement("B.1-1", s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.65")),
            Statement("B.1-2", s_budget2025, F("财政拨款收入", "较上年预算增减", "3355.56")));
        var broken = CrossChecker.Check(Earlier, differing);
        Assert.Equal(2, broken.ChecksRun);
        Assert.Equal("B.1-2", Assert.Single(broken.Findings).Location.StatementId);
    }

    [Fact]
    public void Last_years_figure_restated_twice_is_checked_once()
    {
        var twice = Report(2025, Budget, Statement("B.1-1", s_budget2025, F("财政拨款收入", "上年预算", "15621.11")),
            Statement("B.1-2", F("财政拨款收入", "上年预算", "15621.11")));
        var check = CrossChecker.Check(Earlier, twice);
        Assert.Empty(check.Findings);
        Assert.Equal(1, check.ChecksRun);
        Assert.Equal(new[] { "FA1211" }, check.RulesRun.Select(r => r.Id));
    }

    [Fact]
    public void A_budget_rate_is_the_change_over_last_years_report()
    {
        // 3355.65 ÷ 15621.11 = 0.21481…: 21.48% agrees; 25.00% does not, named against last year's 预算 report.
        Assert.Empty(CrossChecker.Check(Earlier, Later(s_budget2025, F("财政拨款收入", "较上年预算增减率", "21.48", "%"))).Findings);
        var rate = Assert.Single(CrossChecker.Check(Earlier, Later(s_budget2025, F("财政拨款收入", "较上年预算增减率", "25.00", "%"))).Findings);
        Assert.Equal("FA1210", rate.RuleId);
        Assert.StartsWith("财政拨款收入（较上年预算增减率） 列示 25.00%，按 (2025年预算 − 2024年预算报告所列预算) ÷ 2024年报告所列数 计算为 21.48", rate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_compared_when_either_report_lacks_the_figure()
    {
        // The later report states a change but not its own 预算.
        var noOwn = CrossChecker.Check(Earlier, Later(F("财政拨款收入", "较上年预算增减", "3355.65")));
        Assert.Equal(0, noOwn.ChecksRun);
        // The earlier report has no 三公经费 for the change or the restated figure of that key.
        var noPrevious = CrossChecker.Check(Earlier, Later(F("三公经费", "预算", "37.91"), F("三公经费", "较上年预算增减", "-10"), F("三公经费", "上年预算", "47.91")));
        Assert.Equal(0, noPrevious.ChecksRun);
        Assert.Empty(noPrevious.RulesRun);
        Assert.Equal("两份报告没有同一数字可供核对 (the two reports state no figure this rule relates)", noPrevious.RulesNotRun.Single(r => r.Rule.Id == "FA1211").Reason);
    }

    [Fact]
    public void A_percentage_of_another_basis_is_not_a_change_rate()
    {
        // 完成预算率 95.00% beside the 预算 of the same key: read as a change rate it would be (18976.76 − 15621.11) ÷ 15621.11
        // = 21.48%, an error; it is no change against last year, so nothing is compared.
        var check = CrossChecker.Check(Earlier, Later(s_budget2025, F("财政拨款收入", "完成预算率", "95.00", "%")));
        Assert.Empty(check.Findings);
        Assert.Equal(0, check.ChecksRun);
    }
}
