using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1180 (a difference printed without direction = |own figure − base|) on one-rule checks of small reports: the
/// direction it compares with, its message word for word, each of its four bases, and the figures it leaves alone.
/// Every expected value is worked by hand in the comment beside it.
public sealed class UnsignedDifferenceRuleTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    private static CheckReport Fa1180(params Item[] items) =>
        CheckWith("FA1180", items);

    private static StatementSpec Apart(string baseBasis, string differenceBasis, string actual, string baseline, string difference, string own = "决算") =>
        Statement("2.5-1", F(Concept, own, actual), F(Concept, baseBasis, baseline), F(Concept, differenceBasis, difference));

    [Fact]
    public void A_difference_neither_direction_allows_is_compared_with_the_nearer_one()
    {
        // 决算 135.00, 年初预算 135.90: 135.00 − 135.90 = −0.90 and 135.90 − 135.00 = 0.90. Stated 9.00 is 9.90 from the first
        // and 8.10 from the second: the second is named, exact 0.9, allowed [135.895 − 135.005, 135.905 − 134.995] = [0.89, 0.91].
        var report = Fa1180(Apart("年初预算", "较年初预算差额", "135.00", "135.90", "9.00"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(0.90m, finding.Result.Exact);
        Assert.Equal(new Interval(0.89m, 0.91m), finding.Result.Expected);
        Assert.Equal(8.10m, finding.Result.Difference);
        Assert.Equal(new[] { "决算", "年初预算" }, finding.Inputs.Select(i => i.Key.Basis));
        Assert.Equal(
            Concept + "（较年初预算差额） 列示 9.00万元，按 |决算 − 年初预算|（相差、差值不分增减） 计算为 0.9万元（舍入允许 [0.89, 0.91]），差额 8.1万元，舍入无法解释。"
            + "依据：" + Concept + "（决算）135.00万元，" + Concept + "（年初预算）135.90万元。",
            finding.Message);
        Assert.Equal(
            Concept + " (较年初预算差额) is stated as 9.00万元; |决算 − 年初预算| (a difference printed without direction) gives 0.9万元 "
            + "(rounding allows [0.89, 0.91]): the difference of 8.1万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void The_same_difference_below_the_base_is_compared_with_the_other_direction()
    {
        // 决算 135.90 above 年初预算 135.00: now 135.90 − 135.00 = 0.90 is own − base, the nearer one to 9.00 again.
        var finding = Assert.Single(Fa1180(Apart("年初预算", "较年初预算差额", "135.90", "135.00", "9.00")).Findings);
        Assert.Equal(0.90m, finding.Result.Exact);
        Assert.Equal(8.10m, finding.Result.Difference);
    }

    [Fact]
    public void A_difference_either_direction_allows_is_consistent_or_rounding_only()
    {
        // 0.90 is 135.90 − 135.00 exactly, whichever of the two is the base.
        var exact = Fa1180(Apart("年初预算", "较年初预算差额", "135.00", "135.90", "0.90"));
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        Assert.Empty(Fa1180(Apart("年初预算", "较年初预算差额", "135.90", "135.00", "0.90")).Findings);
        // 0.91 stands for [0.905, 0.915], which meets [0.89, 0.91]: information, against the direction that fits.
        var rounding = Assert.Single(Fa1180(Apart("年初预算", "较年初预算差额", "135.00", "135.90", "0.91")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, rounding.Outcome);
        Assert.Equal(Severity.Info, rounding.Severity);
        Assert.Equal(0.90m, rounding.Result.Exact);
        var other = Assert.Single(Fa1180(Apart("年初预算", "较年初预算差额", "135.90", "135.00", "0.91")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, other.Outcome);
        Assert.Equal(0.90m, other.Result.Exact);
    }

    [Theory]
    [InlineData("全年预算", "较全年预算差额")]
    [InlineData("上年决算", "较上年决算差额")]
    public void Every_base_of_a_final_account_is_checked(string baseBasis, string differenceBasis)
    {
        // 200.00 − 150.00 = 50.00; 5.00 is 45.00 off the nearer direction.
        var finding = Assert.Single(Fa1180(Apart(baseBasis, differenceBasis, "200.00", "150.00", "5.00")).Findings);
        Assert.Equal(50.00m, finding.Result.Exact);
        Assert.Contains("|决算 − " + baseBasis + "|", finding.Message);
        Assert.Equal(baseBasis, finding.Inputs[1].Key.Basis);
    }

    [Fact]
    public void A_budget_measures_the_difference_from_its_own_budget_figure()
    {
        // In a 预算 the own basis is 预算: 200.00 − 150.00 = 50.00 against 上年预算.
        var report = Fa1180(Budget, Apart("上年预算", "较上年预算差额", "200.00", "150.00", "5.00", own: "预算"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(50.00m, finding.Result.Exact);
        Assert.Contains("|预算 − 上年预算|", finding.Message);
    }

    [Fact]
    public void A_repeated_difference_is_checked_once()
    {
        var report = Fa1180(Apart("年初预算", "较年初预算差额", "135.00", "135.90", "9.00"),
            Statement("2.5-2", F(Concept, "较年初预算差额", "9.00")));
        Assert.Equal("2.5-1", Assert.Single(report.Findings).Location.StatementId);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void A_difference_without_both_money_figures_is_not_checked()
    {
        var none = Fa1180(Statement("2.5-1", F(Concept, "决算", "135.00"), F(Concept, "较年初预算差额", "9.00")));
        Assert.Equal(0, none.ChecksRun);
        Assert.Equal("FA1180", Assert.Single(none.RulesNotRun).Rule.Id);
        Assert.Equal(0, Fa1180(Statement("2.5-1", F(Concept, "年初预算", "135.90"), F(Concept, "较年初预算差额", "9.00"))).ChecksRun);
        Assert.Equal(0, Fa1180(Statement("2.5-1", F(Concept, "决算", "5", "个"), F(Concept, "年初预算", "135.90"), F(Concept, "较年初预算差额", "9.00"))).ChecksRun);
        Assert.Equal(0, Fa1180(Statement("2.5-1", F(Concept, "决算", "135.00"), F(Concept, "年初预算", "5", "个"), F(Concept, "较年初预算差额", "9.00"))).ChecksRun);
    }
}
