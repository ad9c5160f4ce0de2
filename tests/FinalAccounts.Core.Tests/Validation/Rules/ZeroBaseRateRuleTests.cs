using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1027 (a rate on a base of 0 is undefined) on one-rule checks of small reports: the message word for word, 0 ÷ 0
/// at 0% against the other stated rates, each form of rate (a ratio, a change, a change from the stated difference) and a
/// 预算's rates. Every expected value is worked by hand in the comment beside it.
public sealed class ZeroBaseRateRuleTests
{
    private const string Section = "一、收入支出决算总体情况说明";
    private const string Concept = "公务用车购置费";

    private static CheckReport Fa1027(params Item[] items) =>
        CheckWith("FA1027", items);

    private static StatementSpec Growth(string actual, string previous, string rate) =>
        Statement("2.8-4", F(Concept, "决算", actual), F(Concept, "上年决算", previous), F(Concept, "较上年决算增减率", rate, "%"));

    [Fact]
    public void A_growth_over_a_zero_base_says_the_rate_is_undefined()
    {
        // 上年决算 0.00, 决算 12.00: (12.00 − 0.00) ÷ 0.00 has no value, so 增长 100.00% is an error.
        var report = Fa1027(Growth("12.00", "0.00", "100.00"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(VerdictKind.UndefinedRate, finding.Result.Kind);
        Assert.Equal(new[] { "决算", "上年决算" }, finding.Inputs.Select(i => i.Key.Basis));
        Assert.Equal(
            Concept + "（较上年决算增减率） 列示 100.00%，但按 （决算 − 上年决算）÷ 上年决算 计算时基数为 0，比率无定义（基数为 0 时只有 0 ÷ 0 可列示 0%，否则应注明不可比），"
            + "报告的数字不能得出该比率。依据：" + Concept + "（决算）12.00万元，" + Concept + "（上年决算）0.00万元。",
            finding.Message);
        Assert.Equal(
            Concept + " (较上年决算增减率) is stated as 100.00%, but the base of (actual − base) / base is 0: the rate is undefined, so no figure of the report supports it ("
            + Concept + " (决算) 12.00万元 at " + Section + " [2.8-4]; " + Concept + " (上年决算) 0.00万元 at " + Section + " [2.8-4]).",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void Only_nothing_over_nothing_may_be_printed_as_0_percent()
    {
        // 0 ÷ 0 at 0.00%: the reports' convention, one check, no finding.
        var zero = Fa1027(Growth("0.00", "0.00", "0.00"));
        Assert.Empty(zero.Findings);
        Assert.Equal(1, zero.ChecksRun);
        // 0 ÷ 0 at 100.00%, and 12.00 over nothing at 0.00%: errors.
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Fa1027(Growth("0.00", "0.00", "100.00")).Findings).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Fa1027(Growth("12.00", "0.00", "0.00")).Findings).Outcome);
        // A base of 10.00 is FA1024's business: FA1027 has nothing to check.
        var normal = Fa1027(Growth("12.00", "10.00", "20.00"));
        Assert.Equal(0, normal.ChecksRun);
        Assert.Equal("FA1027", Assert.Single(normal.RulesNotRun).Rule.Id);
    }

    [Fact]
    public void A_completion_rate_and_a_change_from_the_stated_difference_are_judged_too()
    {
        // 完成年初预算率 of a 年初预算 0.00: 决算 ÷ 年初预算.
        var completion = Assert.Single(Fa1027(Statement("2.5-1", F(Concept, "决算", "12.00"), F(Concept, "年初预算", "0.00"),
            F(Concept, "完成年初预算率", "100.00", "%"))).Findings);
        Assert.StartsWith(Concept + "（完成年初预算率） 列示 100.00%，但按 决算 ÷ 年初预算 计算时基数为 0", completion.Message);
        // No 上年决算, but 决算 12.00 and 增加 12.00: the base 12.00 − 12.00 is 0.
        var derived = Assert.Single(Fa1027(Statement("2.8-4", F(Concept, "决算", "12.00"), F(Concept, "较上年决算增减", "12.00"),
            F(Concept, "较上年决算增减率", "100.00", "%"))).Findings);
        Assert.StartsWith(Concept + "（较上年决算增减率） 列示 100.00%，但按 较上年决算增减 ÷（决算 − 较上年决算增减） 计算时基数为 0", derived.Message);
        // 决算 0.00 and 增减 0.00: 0 ÷ 0 printed 0.00% passes.
        Assert.Empty(Fa1027(Statement("2.8-4", F(Concept, "决算", "0.00"), F(Concept, "较上年决算增减", "0.00"),
            F(Concept, "较上年决算增减率", "0.00", "%"))).Findings);
    }

    [Fact]
    public void A_budget_rate_over_a_zero_base_is_undefined_too()
    {
        // A 预算: 较上年预算增减率 (FA1201's rate) of 预算 20.00 over 上年预算 0.00.
        var finding = Assert.Single(Fa1027(Budget, Statement("1-1", F(Concept, "预算", "20.00"), F(Concept, "上年预算", "0.00"),
            F(Concept, "较上年预算增减率", "100.00", "%"))).Findings);
        Assert.StartsWith(Concept + "（较上年预算增减率） 列示 100.00%，但按 （预算 − 上年预算）÷ 上年预算 计算时基数为 0", finding.Message);
    }
}
