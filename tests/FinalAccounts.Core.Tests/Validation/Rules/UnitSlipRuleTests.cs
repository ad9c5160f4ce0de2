using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1140 (a unit slip: the same figure stated once in 万元 and once 10⁴ times larger or smaller) on one-rule checks of
/// small reports: which repeats it checks, its two messages word for word, and the significant-digit guard of UnitSlip.
/// Every expected value is worked by hand in the comment beside it.
public sealed class UnitSlipRuleTests
{
    private const string Section = "一、收入支出决算总体情况说明";

    private static CheckReport Fa1140(params Item[] items) =>
        CheckWith("FA1140", items);

    private static Item[] Twice(string first, string second, string secondUnit = "万元") => new Item[]
    {
        Statement("2.1-1", F("收入总计", "决算", first)),
        Statement("2.1-2", F("收入总计", "决算", second, secondUnit)),
    };

    [Fact]
    public void A_figure_printed_10000_times_too_large_is_a_slip_of_yuan_for_wan_yuan()
    {
        // 29616800.00 万元 read as 元 is 2961.68 万元, the first statement's figure: ratio 29616800 / 2961.68 = 10000 > 1.
        var report = Fa1140(Twice("2961.68", "29616800.00"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("FA1140", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("29616800.00", finding.Stated.Value);
        Assert.Equal("2.1-2", finding.Location.StatementId);
        // Exact: the first figure in 万元; expected: its rounding interval 2961.68 ± 0.005.
        Assert.Equal(2961.68m, finding.Result.Exact);
        Assert.Equal(new Interval(2961.675m, 2961.685m), finding.Result.Expected);
        Assert.Equal("2.1-1", Assert.Single(finding.Inputs).Location.StatementId);
        Assert.Equal(
            "收入总计（决算） 列示 29616800.00万元，而“" + Section + " [2.1-1]”列示 2961.68万元：前者恰为后者的10000倍（舍入范围内），疑为单位错误（以元填写了万元数）。",
            finding.Message);
        Assert.Equal(
            "收入总计 is stated as 29616800.00万元 and as 2961.68万元 at " + Section + " [2.1-1]: one is 10⁴ times the other within rounding, a unit slip (元 for 万元).",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void A_figure_printed_10000_times_too_small_is_a_slip_of_wan_yuan_for_yuan()
    {
        // 0.296168 万元 × 10⁴ = 2961.68: ratio 0.296168 / 2961.68 = 0.0001 < 1.
        var finding = Assert.Single(Fa1140(Twice("2961.68", "0.296168")).Findings);
        Assert.Equal(
            "收入总计（决算） 列示 0.296168万元，而“" + Section + " [2.1-1]”列示 2961.68万元：前者恰为后者的万分之一（舍入范围内），疑为单位错误（以万元填写了元数）。",
            finding.Message);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
    }

    [Fact]
    public void A_repeat_that_is_no_slip_is_one_check_without_a_finding()
    {
        // Equal, or different without being 10⁴ apart (2961.70 is FA1030's business): one check each, no finding.
        var equal = Fa1140(Twice("2961.68", "2961.68"));
        Assert.Empty(equal.Findings);
        Assert.Equal(1, equal.ChecksRun);
        Assert.Equal(new[] { "FA1140" }, equal.RulesRun.Select(r => r.Id));
        var other = Fa1140(Twice("2961.68", "2961.70"));
        Assert.Empty(other.Findings);
        Assert.Equal(1, other.ChecksRun);
    }

    [Fact]
    public void A_figure_stated_once_or_a_percentage_is_not_checked()
    {
        // One 收入总计 and one rate: no figure repeats a money figure, so the rule has nothing to check.
        var once = Fa1140(
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("收入总计", "完成年初预算率", "96.17", "%")));
        Assert.Equal(0, once.ChecksRun);
        Assert.Empty(once.RulesRun);
        Assert.Equal("FA1140", Assert.Single(once.RulesNotRun).Rule.Id);
        // Two equal percentages repeat each other but are no money: not checked either.
        var rates = Fa1140(
            Statement("2.1-1", F("收入总计", "完成年初预算率", "96.17", "%")),
            Statement("2.1-2", F("收入总计", "完成年初预算率", "96.17", "%")));
        Assert.Equal(0, rates.ChecksRun);
    }

    [Fact]
    public void Three_significant_digits_are_enough_and_two_or_leading_zeros_are_not()
    {
        // 0.296 万元 stands for [0.2955, 0.2965]; × 10⁴ = [2955, 2965], which holds 2961.68: three digits (2, 9, 6), a slip.
        Assert.Equal("FA1140", Assert.Single(Fa1140(Twice("2961.68", "0.296")).Findings).RuleId);
        // 0.30 stands for [0.295, 0.305] × 10⁴ = [2950, 3050], which holds 2961.68 too, but only two significant digits
        // (3, 0; the leading 0 and the point do not count): coarseness, not a slip.
        var coarse = Fa1140(Twice("2961.68", "0.30"));
        Assert.Empty(coarse.Findings);
        Assert.Equal(1, coarse.ChecksRun);
        // The same from the other side: the first figure has two significant digits (0.30), the second 3000.00 万元 read
        // as 元 is 0.30 万元 — no slip.
        Assert.Empty(Fa1140(Twice("0.30", "3000.00")).Findings);
    }
}
