using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// <summary>
/// RoundingCheck's quick passes for rates (RatioAgrees, ChangeAgrees, ChangeFromDifferenceAgrees), which the rule engine
/// asks before the full check: true only when the exact rate rounds to the stated one, false on a zero base (the full check
/// decides that), and figures of mixed units compared in one unit. Money's own tests did not reach them (stop 28's mutation
/// run); every value is worked by hand.
/// </summary>
public sealed class RateQuickPassTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Fact]
    public void A_ratio_agrees_when_its_exact_rate_rounds_to_the_stated_one()
    {
        // 100 · 1 / 3 = 33.333…%: printed 33.33% by every rounding, never 33.34%.
        Assert.True(RoundingCheck.RatioAgrees(P("33.33%"), W("1"), W("3")));
        Assert.False(RoundingCheck.RatioAgrees(P("33.34%"), W("1"), W("3")));
    }

    [Fact]
    public void A_ratio_of_mixed_units_is_taken_in_one_unit()
    {
        // 1 万元 over 30000 元 is 1 over 3 万元: 33.33%, not 100 · 1 / 30000 = 0.0033%; the same with the units the other way.
        Assert.True(RoundingCheck.RatioAgrees(P("33.33%"), W("1"), Y("30000")));
        Assert.True(RoundingCheck.RatioAgrees(P("33.33%"), Y("10000"), W("3")));
    }

    [Fact]
    public void A_ratio_over_zero_never_passes_at_once()
    {
        // 0 ÷ 0 printed 0% is Consistent for the full check (an undefined rate), but the quick pass leaves it to that check.
        Assert.False(RoundingCheck.RatioAgrees(P("0%"), W("0"), W("0")));
        Assert.False(RoundingCheck.RatioAgrees(P("0%"), W("5"), W("0")));
    }

    [Fact]
    public void A_change_agrees_when_its_exact_rate_rounds_to_the_stated_one()
    {
        // 100 · (150 − 120) / 120 = 25%.
        Assert.True(RoundingCheck.ChangeAgrees(P("25.00%"), W("150"), W("120")));
        Assert.False(RoundingCheck.ChangeAgrees(P("25.01%"), W("150"), W("120")));
        Assert.False(RoundingCheck.ChangeAgrees(P("-25.00%"), W("150"), W("120")));
    }

    [Fact]
    public void A_change_of_mixed_units_is_taken_in_one_unit()
    {
        // 1.5 万元 against 12000 元 = 1.2 万元: +25%, not 100 · (1.5 − 12000) / 12000 = −99.99%.
        Assert.True(RoundingCheck.ChangeAgrees(P("25%"), W("1.5"), Y("12000")));
        Assert.True(RoundingCheck.ChangeAgrees(P("25%"), Y("15000"), W("1.2")));
    }

    [Fact]
    public void A_change_from_zero_never_passes_at_once()
    {
        Assert.False(RoundingCheck.ChangeAgrees(P("0%"), W("0"), W("0")));
        Assert.False(RoundingCheck.ChangeAgrees(P("0%"), W("7"), W("0")));
    }

    [Fact]
    public void A_change_from_its_difference_agrees_when_its_exact_rate_rounds_to_the_stated_one()
    {
        // Current 150, change +30: the base is 150 − 30 = 120 and the rate 100 · 30 / 120 = 25% (not 30 / 180 = 16.67%).
        Assert.True(RoundingCheck.ChangeFromDifferenceAgrees(P("25.0%"), W("150"), W("30")));
        Assert.False(RoundingCheck.ChangeFromDifferenceAgrees(P("16.7%"), W("150"), W("30")));
        Assert.False(RoundingCheck.ChangeFromDifferenceAgrees(P("-25.0%"), W("150"), W("30")));
        // The documented case: "减少 1457.56 万元，下降 33.17%" beside 2936.74: base 4394.30, 1457.56 / 4394.30 = 0.331693….
        Assert.True(RoundingCheck.ChangeFromDifferenceAgrees(P("-33.17%"), W("2936.74"), W("-1457.56")));
    }

    [Fact]
    public void A_change_from_a_difference_in_mixed_units_is_taken_in_one_unit()
    {
        // 1.5 万元 now, 3000 元 more than before: base 1.2 万元, +25%.
        Assert.True(RoundingCheck.ChangeFromDifferenceAgrees(P("25%"), W("1.5"), Y("3000")));
        Assert.True(RoundingCheck.ChangeFromDifferenceAgrees(P("25%"), Y("15000"), W("0.3")));
    }

    [Fact]
    public void A_change_from_a_difference_over_a_zero_base_never_passes_at_once()
    {
        // Current 30 and change 30: the base 30 − 30 is 0.
        Assert.False(RoundingCheck.ChangeFromDifferenceAgrees(P("0%"), W("30"), W("30")));
        Assert.False(RoundingCheck.ChangeFromDifferenceAgrees(P("0%"), W("0"), W("0")));
    }
}
