using System;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Each verdict kind has its own shape: a yes/no verdict and a rate on a zero base carry no expected interval, and their
/// messages never print one ("[0, 0]", "计算为 0%").
/// </summary>
public sealed class VerdictShapeTests
{
    [Fact]
    public void A_match_verdict_has_no_numbers_to_read()
    {
        var no = CheckResult.Match(false);
        Assert.Equal(CheckOutcome.Inconsistent, no.Outcome);
        Assert.Equal(VerdictKind.Match, no.Kind);
        Assert.False(no.HasNumbers);
        Assert.Throws<InvalidOperationException>(() => no.Expected);
        Assert.Throws<InvalidOperationException>(() => no.Exact);
        Assert.Throws<InvalidOperationException>(() => no.Difference);
        Assert.Equal("Inconsistent: match", no.ToString());
        Assert.Equal(CheckOutcome.Consistent, CheckResult.Match(true).Outcome);
    }

    [Fact]
    public void A_recomputation_keeps_its_numbers()
    {
        var r = new CheckResult(CheckOutcome.WithinRounding, 1122.13m, new Interval(1122.115m, 1122.145m), 0.01m);
        Assert.True(r.HasNumbers);
        Assert.Equal(VerdictKind.Interval, r.Kind);
        Assert.Equal(1122.13m, r.Exact);
        Assert.Equal(0.01m, r.Difference);
    }

    [Theory]
    [InlineData("0%", "0", "0", CheckOutcome.Consistent)]       // 0 ÷ 0 printed 0%: the reports' convention
    [InlineData("100%", "0", "0", CheckOutcome.Inconsistent)]
    [InlineData("100%", "12.00", "0.00", CheckOutcome.Inconsistent)]
    [InlineData("0%", "12.00", "0.00", CheckOutcome.Inconsistent)]   // "完成0%" of nothing while 12.00 was spent
    public void A_ratio_over_zero_is_an_undefined_rate(string stated, string numerator, string denominator, CheckOutcome outcome)
    {
        var r = RoundingCheck.Ratio(Percentage.Parse(stated), Amount.Parse(numerator, CurrencyUnit.WanYuan), Amount.Parse(denominator, CurrencyUnit.WanYuan));
        Assert.Equal(VerdictKind.UndefinedRate, r.Kind);
        Assert.Equal(outcome, r.Outcome);
        Assert.False(r.HasNumbers);
    }

    [Fact]
    public void A_change_over_a_zero_base_is_an_undefined_rate()
    {
        var w = (string s) => Amount.Parse(s, CurrencyUnit.WanYuan);
        Assert.Equal(VerdictKind.UndefinedRate, RoundingCheck.Change(Percentage.Parse("100%"), w("12.00"), w("0.00")).Kind);
        // 决算 12.00 with 增加 12.00: the base 决算 − 增减 is 0.
        Assert.Equal(VerdictKind.UndefinedRate, RoundingCheck.ChangeFromDifference(Percentage.Parse("100%"), w("12.00"), w("12.00")).Kind);
    }

    [Fact]
    public void A_stated_growth_over_a_derived_zero_base_is_FA1027_not_a_rounding_message()
    {
        // 决算 12.00, 较上年决算增加 12.00, 增长 100.00%: last year was 12.00 − 12.00 = 0, the rate is undefined.
        var result = Check(Statement("2.8-4", F("公务用车购置费", "决算", "12.00"), F("公务用车购置费", "较上年决算增减", "12.00"),
            F("公务用车购置费", "较上年决算增减率", "100.00", "%")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA1027");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(VerdictKind.UndefinedRate, finding.Result.Kind);
        Assert.Contains("基数为 0", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[0, 0]", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("计算为 0", finding.Message, StringComparison.Ordinal);
        Assert.Contains("undefined", finding.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1024");
    }

    [Fact]
    public void A_zero_base_with_zero_actual_stated_at_0_percent_passes_and_a_nonzero_base_is_left_to_FA1024()
    {
        var zero = Check(Statement("2.8-4", F("公务用车购置费", "决算", "0.00"), F("公务用车购置费", "上年决算", "0.00"),
            F("公务用车购置费", "较上年决算增减率", "0.00", "%")));
        Assert.Contains(zero.RulesRun, r => r.Id == "FA1027");
        Assert.Empty(zero.Findings);
        // 12.00 against 10.00 is 20%: FA1024's job, and FA1027 has nothing to judge.
        var normal = Check(Statement("2.8-4", F("公务用车购置费", "决算", "12.00"), F("公务用车购置费", "上年决算", "10.00"),
            F("公务用车购置费", "较上年决算增减率", "20.00", "%")));
        Assert.Empty(normal.Findings);
        Assert.Contains(normal.RulesNotRun, r => r.Rule.Id == "FA1027");
    }

    [Fact]
    public void A_count_stated_twice_differently_is_a_match_verdict_without_an_interval()
    {
        // 公务用车保有量 3 辆 in one sentence and 4 辆 in another: counts are not rounded, they agree or not.
        var result = Check(
            Statement("2.8-1", F("公务用车保有量", "决算", "3", "辆")),
            Statement("2.8-4", F("公务用车保有量", "决算", "4", "辆")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA1030");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(VerdictKind.Match, finding.Result.Kind);
        Assert.Contains("4辆", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不一致", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("[0, 0]", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("舍入", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_that_does_not_match_its_row_is_a_match_verdict()
    {
        var finding = Assert.Single(TestReport.Check(RuleExamples.All["FA1070"].Broken()).Findings, f => f.RuleId == "FA1070");
        Assert.Equal(VerdictKind.Match, finding.Result.Kind);
        Assert.DoesNotContain("[0, 0]", finding.Message, StringComparison.Ordinal);
    }
}
