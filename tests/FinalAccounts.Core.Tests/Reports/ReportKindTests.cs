using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>The report kind (决算 / 预算) in the file format and which rules run on which kind (issue 18.1).</summary>
public sealed class ReportKindTests
{
    private static string WithKind(string? kind)
    {
        var json = FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(Statement("2.1-1", F("收入总计", "决算", "10.00")));
        return kind == null ? json : json.Replace("\"level\": \"单位\",", "\"level\": \"单位\",\n    \"kind\": " + kind + ",", StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_kind_is_a_final_accounts_report_as_before()
    {
        var report = ReportReader.Parse(WithKind(null), FileName);
        Assert.Equal(ReportKind.FinalAccounts, report.Info.Kind);
        Assert.Equal("决算", report.Info.OwnBasis);
    }

    [Theory]
    [InlineData("\"决算\"", ReportKind.FinalAccounts, "决算")]
    [InlineData("\"预算\"", ReportKind.Budget, "预算")]
    public void Kind_is_read(string kind, ReportKind expected, string ownBasis)
    {
        var report = ReportReader.Parse(WithKind(kind), FileName);
        Assert.Equal(expected, report.Info.Kind);
        Assert.Equal(ownBasis, report.Info.OwnBasis);
    }

    [Fact]
    public void The_writer_writes_kind_for_a_budget_only_and_reads_it_back()
    {
        var budget = FinalAccounts.Core.Tests.Validation.Rules.TestReport.Json(Budget, Statement("B.1-1", F("收入总计", "预算", "10.00")));
        Assert.Contains("\"kind\": \"预算\"", budget, StringComparison.Ordinal);
        Assert.Equal(ReportKind.Budget, ReportReader.Parse(budget, FileName).Info.Kind);
        Assert.DoesNotContain("\"kind\"", WithKind(null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"概算\"", "kind '概算' is not 决算 or 预算")]
    [InlineData("1", "决算 or 预算")]
    public void An_unknown_kind_is_an_error_at_its_path(string kind, string expected)
    {
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(WithKind(kind), FileName));
        Assert.Contains("$.report.kind", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_has_its_own_bases_and_the_change_rate_is_a_percentage()
    {
        foreach (var basis in new[] { "预算", "上年预算", "较上年预算增减", "较上年预算增减率" }) Assert.True(ReportVocabulary.IsBasis(basis), basis);
        Assert.True(ReportVocabulary.IsPercentBasis(ReportVocabulary.ChangeFromPreviousBudgetRate));
        Assert.False(ReportVocabulary.IsPercentBasis(ReportVocabulary.ChangeFromPreviousBudget));
    }

    [Fact]
    public void Final_accounts_only_rules_are_listed_as_not_applying_to_a_budget()
    {
        // 年末结转 (FA1002) and 年初预算 (FA1025) in a 预算 are not checked, even when a figure of that concept is stated;
        // the same identity on basis 预算 (FA1003 收入总计 = 支出总计) is.
        var check = Check(Budget,
            Statement("B.1-1", F("支出总计", "预算", "10.00"), F("本年支出合计", "预算", "9.00"), F("年末结转和结余", "预算", "5.00"), F("收入总计", "预算", "12.00")));
        var notRun = check.RulesNotRun.ToDictionary(r => r.Rule.Id, r => r.Reason);
        Assert.Contains("不适用于预算报告", notRun["FA1002"], StringComparison.Ordinal);
        Assert.Contains("不适用于预算报告", notRun["FA1025"], StringComparison.Ordinal);
        Assert.DoesNotContain(check.Findings, f => f.RuleId == "FA1002");
        // 支出总计 10.00 against 收入总计 12.00: FA1003 runs on the 预算 and finds it.
        Assert.Contains(check.Findings, f => f.RuleId == "FA1003" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Budget_only_rules_are_listed_as_not_applying_to_final_accounts()
    {
        var check = Check(Statement("2.1-1", F("财政拨款收入", "决算", "10.00"), F("财政拨款收入", "上年预算", "8.00"), F("财政拨款收入", "较上年预算增减", "5.00")));
        Assert.Contains("不适用于决算报告", check.RulesNotRun.Single(r => r.Rule.Id == "FA1200").Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(check.Findings, f => f.RuleId == "FA1200");
    }

    [Fact]
    public void Every_rule_declares_at_least_one_kind_and_the_kinds_match_the_catalogue()
    {
        foreach (var rule in RuleCatalog.Rules) Assert.NotEmpty(rule.Descriptor.ReportKinds);
        var finalOnly = RuleCatalog.Rules.Where(r => !r.Descriptor.AppliesTo(ReportKind.Budget)).Select(r => r.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(new[] { "FA1001", "FA1002", "FA1020", "FA1021", "FA1023", "FA1024", "FA1025", "FA1026", "FA1061", "FA1110", "FA1111", "FA1130", "FA1131", "FA1181", "FA1183" }, finalOnly);
        var budgetOnly = RuleCatalog.Rules.Where(r => !r.Descriptor.AppliesTo(ReportKind.FinalAccounts)).Select(r => r.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(new[] { "FA1200", "FA1201", "FA1202", "FA1204", "FA1205", "FA1206", "FA1207", "FA1208" }, budgetOnly);
    }

    [Fact]
    public void Appropriations_are_the_sum_of_the_budget_kinds_in_a_final_account_too()
    {
        // Issue 13.10: 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营 on basis 决算: 2900.05 + 40.00 + 0.00 = 2940.05; 2904.05 is 36 off.
        Fig[] Figures(string total) => new[]
        {
            F("财政拨款收入", "决算", total), F("一般公共预算财政拨款收入", "决算", "2900.05"), F("政府性基金预算财政拨款收入", "决算", "40.00"), F("国有资本经营预算财政拨款收入", "决算", "0.00"),
        };
        Assert.DoesNotContain(Check(Statement("2.2-1", Figures("2940.05"))).Findings, f => f.RuleId == "FA1203");
        Assert.Equal(2940.05m, decimal.Round(Assert.Single(Check(Statement("2.2-1", Figures("2904.05"))).Findings, f => f.RuleId == "FA1203").Result.Exact, 2));
    }

    [Fact]
    public void A_share_in_a_budget_is_a_share_of_the_budget()
    {
        // 占比 = 预算 ÷ whole: 25.00 ÷ 200.00 = 12.50%; 13.50% is an error. FA1022 runs on both kinds with the report's own basis.
        var fig = new Fig("项目支出", "占比", "13.50", "%") { Of = ("支出总计", "预算") };
        var check = Check(Budget, Statement("B.1-5", F("支出总计", "预算", "200.00"), F("项目支出", "预算", "25.00"), fig));
        var finding = Assert.Single(check.Findings, f => f.RuleId == "FA1022");
        Assert.Equal(12.5m, decimal.Round(finding.Result.Exact, 4));
    }
}
