using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// The edges of each outcome, on made-up figures.
public class RoundingCheckRuleTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Theory]
    [InlineData("3.00", CheckOutcome.Consistent)]
    [InlineData("3.02", CheckOutcome.WithinRounding)] // tolerance 0.005 · 4 = 0.02, bounds closed
    [InlineData("2.98", CheckOutcome.WithinRounding)]
    [InlineData("3.03", CheckOutcome.Inconsistent)]
    [InlineData("2.97", CheckOutcome.Inconsistent)]
    public void Three_parts_allow_two_cents(string total, CheckOutcome expected)
    {
        Assert.Equal(expected, RoundingCheck.Sum(W(total), W("1.00"), W("1.00"), W("1.00")).Outcome);
    }

    [Theory]
    [InlineData("5.03", CheckOutcome.WithinRounding)] // 0.005 · 6 = 0.03
    [InlineData("5.04", CheckOutcome.Truncated)]      // parts cut from up to 1.00999… each: their true sum is below 5.05
    [InlineData("5.05", CheckOutcome.Inconsistent)]
    [InlineData("4.96", CheckOutcome.Inconsistent)]   // truncation only ever makes printed parts smaller
    public void Five_parts_read_as_truncated_allow_four_cents_up(string total, CheckOutcome expected)
    {
        Assert.Equal(expected, RoundingCheck.Sum(W(total), W("1.00"), W("1.00"), W("1.00"), W("1.00"), W("1.00")).Outcome);
    }

    [Theory]
    [InlineData("12%")] // 1/8 = 12.5%: half to even
    [InlineData("13%")] // half away from zero (四舍五入)
    [InlineData("12.5%")]
    public void Either_midpoint_rule_is_Consistent(string stated)
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P(stated), Amount.Exact(1m, CurrencyUnit.WanYuan), Amount.Exact(8m, CurrencyUnit.WanYuan)).Outcome);
    }

    [Theory]
    [InlineData("88.5%", CheckOutcome.Consistent)]
    [InlineData("88.55%", CheckOutcome.Consistent)]
    [InlineData("88.6%", CheckOutcome.Consistent)]   // 88.549 → 88.55 → 88.6: rounding the rounded figure
    [InlineData("88.54%", CheckOutcome.Truncated)]
    [InlineData("88.7%", CheckOutcome.Inconsistent)]
    public void Double_rounding_is_accepted_but_not_more(string stated, CheckOutcome expected)
    {
        CheckResult r = RoundingCheck.Ratio(P(stated), Amount.Exact(88.549m, CurrencyUnit.WanYuan), Amount.Exact(100m, CurrencyUnit.WanYuan));
        Assert.Equal(expected, r.Outcome);
        Assert.Equal(new Interval(88.549m, 88.549m), new Interval(decimal.Round(r.Expected.Min, 10), decimal.Round(r.Expected.Max, 10)));
    }

    [Fact]
    public void Exact_figures_must_match_exactly()
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(Amount.Exact(3m, CurrencyUnit.Yuan), Amount.Exact(1m, CurrencyUnit.Yuan), Amount.Exact(2m, CurrencyUnit.Yuan)).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Amount.Exact(3m, CurrencyUnit.Yuan), Amount.Exact(1m, CurrencyUnit.Yuan), Amount.Exact(2.4m, CurrencyUnit.Yuan)).Outcome);
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("3"), Amount.Exact(1m, CurrencyUnit.WanYuan), Amount.Exact(2.4m, CurrencyUnit.WanYuan)).Outcome);
    }

    [Fact]
    public void An_empty_sum_is_zero()
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("0.00")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(W("0.02")).Outcome);
    }

    [Fact]
    public void Negative_change_amounts_are_signed()
    {
        // 减少 920.80 from 3857.54 to 2936.74.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Difference(-W("920.80"), W("2936.74"), W("3857.54")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Difference(W("920.80"), W("2936.74"), W("3857.54")).Outcome);
    }
}
