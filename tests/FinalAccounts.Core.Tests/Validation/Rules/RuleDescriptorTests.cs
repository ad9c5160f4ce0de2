using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The contract of a rule descriptor (which report kinds it applies to, its defaults, why it did not run) and of
/// ReportAssert (which findings fail a test and how the failure lists them), each with a value worked by hand.
public sealed class RuleDescriptorTests
{
    [Fact]
    public void A_descriptor_defaults_to_an_identity_of_error_severity_for_both_report_kinds()
    {
        var d = new RuleDescriptor("FA9100", "甲 = 乙", "a = b", "甲 = 乙 everywhere");
        Assert.Equal(RuleKind.Identity, d.Kind);
        Assert.Equal(Severity.Error, d.MaxSeverity);
        Assert.Equal(new[] { ReportKind.FinalAccounts, ReportKind.Budget }, d.ReportKinds);
        Assert.True(d.AppliesTo(ReportKind.FinalAccounts));
        Assert.True(d.AppliesTo(ReportKind.Budget));
        Assert.Equal(("FA9100", "甲 = 乙", "a = b", "甲 = 乙 everywhere"), (d.Id, d.Title, d.TitleEn, d.Identity));
        Assert.Equal("FA9100 甲 = 乙", d.ToString());
        var flag = new RuleDescriptor("FA9101", "标题", "title", "words", Severity.Warning);
        Assert.Equal((RuleKind.Identity, Severity.Warning), (flag.Kind, flag.MaxSeverity));
        var agreement = new RuleDescriptor("FA9102", "标题", "title", "words", RuleKind.Agreement);
        Assert.Equal((RuleKind.Agreement, Severity.Error), (agreement.Kind, agreement.MaxSeverity));
    }

    [Fact]
    public void Report_kinds_are_kept_once_each_in_order_and_a_kind_outside_them_does_not_apply()
    {
        var d = new RuleDescriptor("FA9103", "标题", "title", "words", RuleKind.Identity, Severity.Error,
            new[] { ReportKind.Budget, ReportKind.FinalAccounts, ReportKind.Budget });
        Assert.Equal(new[] { ReportKind.FinalAccounts, ReportKind.Budget }, d.ReportKinds);
        var budget = new RuleDescriptor("FA9104", "标题", "title", "words", RuleKind.Identity, Severity.Error, new[] { ReportKind.Budget });
        Assert.True(budget.AppliesTo(ReportKind.Budget));
        Assert.False(budget.AppliesTo(ReportKind.FinalAccounts));
        // A kind no enum member names (2, 63, 64, −1) has no bit or another bit: it applies nowhere.
        Assert.False(d.AppliesTo((ReportKind)2));
        Assert.False(d.AppliesTo((ReportKind)63));
        Assert.False(d.AppliesTo((ReportKind)64));
        Assert.False(d.AppliesTo((ReportKind)(-1)));
        var far = new RuleDescriptor("FA9105", "标题", "title", "words", RuleKind.Identity, Severity.Error, new[] { (ReportKind)5 });
        Assert.True(far.AppliesTo((ReportKind)5));
        Assert.False(far.AppliesTo((ReportKind)4));
        Assert.False(far.AppliesTo((ReportKind)69));
    }

    [Fact]
    public void A_descriptor_needs_report_kinds()
    {
        Assert.Equal("reportKinds", Assert.Throws<ArgumentNullException>(() =>
            new RuleDescriptor("FA9106", "标题", "title", "words", RuleKind.Identity, Severity.Error, null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() =>
            new RuleDescriptor("FA9106", "标题", "title", "words", RuleKind.Identity, Severity.Error, Array.Empty<ReportKind>()));
        Assert.Equal("reportKinds", empty.ParamName);
        Assert.StartsWith("a rule applies to at least one report kind", empty.Message);
    }

    [Fact]
    public void A_rule_is_listed_as_not_run_with_the_reason_for_each_report_kind()
    {
        var finalOnly = RuleCatalog.Rules.Single(r => r.Descriptor.Id == "FA1020");
        var budgetReport = ReportChecker.Check(Read(Budget, Statement("1-1", F("收入总计", "预算", "100.00"))), new[] { finalOnly });
        Assert.Equal("该规则不适用于预算报告 (the rule does not apply to a 预算 report)", Assert.Single(budgetReport.RulesNotRun).Reason);
        var budgetOnly = RuleCatalog.Rules.Single(r => r.Descriptor.Id == "FA1200");
        var finalReport = ReportChecker.Check(Read(Statement("1-1", F("收入总计", "决算", "100.00"))), new[] { budgetOnly, finalOnly });
        Assert.Equal(
            new[] { "该规则不适用于决算报告 (the rule does not apply to a 决算 report)", "报告未列示该规则所需的数字 (the report states none of the figures this rule relates)" },
            finalReport.RulesNotRun.Select(r => r.Reason));
    }

    private static Item[] TwoCounts(string first, string second) => new Item[]
    {
        Statement("2.8-1", F("公务用车保有量", "决算", first, "辆")),
        Statement("2.8-4", F("公务用车保有量", "决算", second, "辆")),
    };

    [Fact]
    public void ReportAssert_lists_each_failing_finding_with_its_place()
    {
        // 3 辆 then 4 辆: one FA1030 error at 2.8-4.
        var report = Read(TwoCounts("3", "4"));
        var e = Assert.Throws<ReportAssertException>(() => ReportAssert.Consistent(report));
        var finding = Assert.Single(e.Result.Findings);
        Assert.Equal(
            "测试局（本级） 2024: 1 finding(s) at or above Warning:" + Environment.NewLine
            + "  FA1030 Error at 一、收入支出决算总体情况说明 [2.8-4]: " + finding.Message,
            e.Message);
        Assert.Same(report, e.Result.Report);
    }

    [Fact]
    public void ReportAssert_passes_below_the_severity_asked_and_fails_at_it()
    {
        // 96.17% then 96.2%: information only ([96.15, 96.25] holds 96.17).
        var report = Read(
            Statement("2.5-1", F("一般公共预算财政拨款支出", "完成年初预算率", "96.17", "%")),
            Statement("2.5-2", F("一般公共预算财政拨款支出", "完成年初预算率", "96.2", "%")));
        var passed = ReportAssert.Consistent(report);
        Assert.Equal(Severity.Info, Assert.Single(passed.Findings).Severity);
        Assert.Equal(passed.Findings[0].Message, ReportAssert.NoFindingAtOrAbove(report, Severity.Warning).Findings.Single().Message);
        var e = Assert.Throws<ReportAssertException>(() => ReportAssert.NoFindingAtOrAbove(report, Severity.Info));
        Assert.StartsWith("测试局（本级） 2024: 1 finding(s) at or above Info:" + Environment.NewLine + "  FA1030 Info at ", e.Message);
        // A consistent report passes at every severity.
        Assert.Empty(ReportAssert.NoFindingAtOrAbove(Read(TwoCounts("3", "3")), Severity.Info).Findings);
    }
}
