using System;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// Edges of the money types that mutation testing (docs/reliability.md) showed no test held: mixed 元/万元 inputs, a base
/// interval reaching 0, truncation stepping back, exact and stated figures combined, equal amounts compared, comma
/// grouping, the sixth decimal. Every expected value is worked by hand in the comment beside it.
public class MoneyEdgeTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Fact]
    public void Change_compares_a_yuan_figure_with_a_wan_yuan_figure_in_wan_yuan()
    {
        // 11000 元 = 1.1 万元 (decimals 0 + 4 = 4, so ± 0.00005); previous 1.00 万元 (± 0.005).
        // Exact: 100 · (1.1 − 1) / 1 = 10 → "10.00%" is consistent.
        CheckResult r = RoundingCheck.Change(P("10.00%"), Y("11000"), W("1.00"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.Equal(10m, r.Exact);
        // Bounds: 1.09995 / 1.005 − 1 = 9.44776…%, 1.10005 / 0.995 − 1 = 10.55778…%.
        Assert.InRange(r.Expected.Min, 9.4477m, 9.4478m);
        Assert.InRange(r.Expected.Max, 10.5577m, 10.5578m);
        // The other way round: 1.10 万元 against 10000 元 = 1 万元 is again +10% (read without conversion it would be −99.989%).
        Assert.Equal(10m, RoundingCheck.Change(P("10.00%"), W("1.10"), Y("10000")).Exact);
    }

    [Fact]
    public void Change_from_a_wan_yuan_figure_to_a_yuan_figure_is_read_in_wan_yuan()
    {
        // 9000 元 = 0.9 万元 against 1.00 万元: 100 · (0.9 − 1) / 1 = −10 → "下降 10.00%" is −10.00%.
        CheckResult r = RoundingCheck.Change(-P("10.00%"), Y("9000"), W("1.00"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.Equal(-10m, r.Exact);
    }

    [Fact]
    public void Change_from_difference_reads_a_change_printed_in_yuan_against_a_current_in_wan_yuan()
    {
        // "减少 14,575,600 元" = −1457.56 万元 (± 0.00005 万元), current 2936.74 万元 (± 0.005).
        // Base 2936.74 + 1457.56 = 4394.30; 100 · −1457.56 / 4394.30 = −33.16933…% → "下降 33.17%".
        CheckResult r = RoundingCheck.ChangeFromDifference(-P("33.17%"), W("2936.74"), -Y("14,575,600"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.InRange(r.Exact, -33.16934m, -33.16933m);
        // Corners 100c / (x − c) for x ∈ {2936.735, 2936.745}, c ∈ {−1457.56005, −1457.55995}:
        // −33.169371… (x = 2936.735, c = −1457.56005) and −33.169294… (x = 2936.745, c = −1457.55995), by Fractions in Python.
        Assert.InRange(r.Expected.Min, -33.16938m, -33.16937m);
        Assert.InRange(r.Expected.Max, -33.16930m, -33.16929m);
    }

    [Fact]
    public void Change_from_difference_is_unbounded_when_the_base_interval_reaches_zero_from_above()
    {
        // current 1.0 ∈ [0.95, 1.05], change 0.9 ∈ [0.85, 0.95]: the base current − change lies in [0, 0.2], so it may be 0
        // and the ratio can be anything. The printed base 0.1 gives 100 · 0.9 / 0.1 = 900%; a stated 5% is not excluded.
        CheckResult r = RoundingCheck.ChangeFromDifference(P("5%"), W("1.0"), W("0.9"));
        Assert.Equal(CheckOutcome.WithinRounding, r.Outcome);
        Assert.Equal(900m, r.Exact);
        Assert.Equal(new Interval(decimal.MinValue, decimal.MaxValue), r.Expected);
    }

    [Fact]
    public void Change_from_difference_is_unbounded_when_the_base_interval_reaches_zero_from_below()
    {
        // current 0.9 ∈ [0.85, 0.95], change 1.0 ∈ [0.95, 1.05]: the base lies in [−0.2, 0], touching 0 at its top.
        // Printed base −0.1: 100 · 1.0 / −0.1 = −1000%.
        CheckResult r = RoundingCheck.ChangeFromDifference(P("5%"), W("0.9"), W("1.0"));
        Assert.Equal(CheckOutcome.WithinRounding, r.Outcome);
        Assert.Equal(-1000m, r.Exact);
        Assert.Equal(new Interval(decimal.MinValue, decimal.MaxValue), r.Expected);
    }

    [Fact]
    public void Change_from_difference_with_a_base_printed_as_zero_is_an_undefined_rate()
    {
        // current 1.5, change 1.5: base 0 — no rate can be computed.
        CheckResult r = RoundingCheck.ChangeFromDifference(P("5%"), W("1.5"), W("1.5"));
        Assert.Equal(VerdictKind.UndefinedRate, r.Kind);
    }

    [Theory]
    [InlineData("4.6", 0, "4")]      // rounds out to 5, steps back to 4
    [InlineData("-1.26", 1, "-1.2")] // rounds out to −1.3, steps back toward zero to −1.2
    [InlineData("4.4", 0, "4")]      // rounds in to 4: nothing to undo
    [InlineData("-1.24", 1, "-1.2")] // rounds in to −1.2
    [InlineData("4", 0, "4")]        // already at the place: |4| ≤ |4|, kept
    [InlineData("-2.50", 1, "-2.5")] // already at the place, negative
    [InlineData("0.999", 2, "0.99")] // rounds out to 1.00, steps back one hundredth
    public void Truncate_cuts_toward_zero(string value, int decimals, string expected)
    {
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(e, DecimalMath.Truncate(v, decimals));
    }

    [Fact]
    public void An_exact_total_outside_rounding_is_explained_by_truncated_inputs()
    {
        // Parts printed 4 and 5 (0 decimals): rounded they stand for [3.5, 4.5] + [4.5, 5.5] = [8, 10], which misses 10.2;
        // cut they stand for [4, 5) + [5, 6) = [9, 11), which holds the exact (unrounded) total 10.2.
        CheckResult r = RoundingCheck.Sum(Amount.Exact(10.2m, CurrencyUnit.Yuan), Y("4"), Y("5"));
        Assert.Equal(CheckOutcome.Truncated, r.Outcome);
        Assert.Equal(9m, r.Exact);
        // An exact 11.5 is beyond even the cut reading: not explained.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Amount.Exact(11.5m, CurrencyUnit.Yuan), Y("4"), Y("5")).Outcome);
    }

    [Fact]
    public void Exact_plus_or_minus_stated_is_stated_with_the_larger_decimals()
    {
        Amount exact = Amount.Exact(1.5m, CurrencyUnit.Yuan);        // scale 1
        Amount stated = Amount.Stated(2.25m, CurrencyUnit.Yuan, 2);

        Amount sum = exact + stated;                                 // 1.5 + 2.25 = 3.75
        Assert.Equal(3.75m, sum.Value);
        Assert.False(sum.IsExact);                                   // one rounded input makes a rounded result
        Assert.Equal(2, sum.Decimals);                               // max(1, 2)

        Amount difference = exact - stated;                          // 1.5 − 2.25 = −0.75
        Assert.Equal(-0.75m, difference.Value);
        Assert.False(difference.IsExact);
        Assert.Equal(2, difference.Decimals);

        Amount reversed = Amount.Stated(3.125m, CurrencyUnit.Yuan, 3) - Amount.Stated(1.5m, CurrencyUnit.Yuan, 1);
        Assert.Equal(1.625m, reversed.Value);                       // 3.125 − 1.5
        Assert.Equal(3, reversed.Decimals);                         // max(3, 1): the larger is on the left this time
        Assert.Equal(3, (Amount.Stated(1.5m, CurrencyUnit.Yuan, 1) + Amount.Stated(3.125m, CurrencyUnit.Yuan, 3)).Decimals);

        Amount bothExact = exact - Amount.Exact(0.25m, CurrencyUnit.Yuan);
        Assert.True(bothExact.IsExact);                              // both exact: exact
        Assert.Equal(1.25m, bothExact.Value);
        Assert.True((exact + Amount.Exact(0.25m, CurrencyUnit.Yuan)).IsExact);
    }

    [Fact]
    public void Equal_amounts_are_neither_smaller_nor_larger()
    {
        // 1 万元 = 10000 元; 2.8 = 2.80.
        Amount wan = W("1"), yuan = Y("10000");
        Assert.True(wan <= yuan);
        Assert.True(wan >= yuan);
        Assert.False(wan < yuan);
        Assert.False(wan > yuan);
        Assert.True(yuan <= wan);
        Assert.True(yuan >= wan);
        Assert.False(yuan < wan);
        Assert.False(yuan > wan);
        Assert.True(W("2.8") <= W("2.80"));
        Assert.True(W("2.8") >= W("2.80"));
        Assert.False(W("2.8") < W("2.80"));
        Assert.False(W("2.8") > W("2.80"));
        Assert.Equal(0, W("2.8").CompareTo(W("2.80")));
        // One 元 apart: 1 万元 = 10000 元 > 9999 元, and 10001 元 > 1 万元.
        Assert.True(wan > Y("9999"));
        Assert.True(Y("10001") > wan);
        Assert.True(Y("9999") < wan);
    }

    [Theory]
    [InlineData("123,456", 123456)]
    [InlineData("1,234", 1234)]
    [InlineData("12,345,678", 12345678)]
    [InlineData("-123,456.70", -123456.7)]
    public void Commas_group_digits_in_threes(string text, double expected) =>
        Assert.Equal((decimal)expected, Amount.Parse(text, CurrencyUnit.Yuan).Value);

    [Theory]
    [InlineData("1,23,456")]  // 印度式 lakh grouping: a group of two is not a group of three
    [InlineData("1234,567")]  // four digits before the first comma
    [InlineData("123,4567")]  // a last group of four
    [InlineData("1,2345,678")]
    public void Commas_in_other_places_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Amount.Parse(text, CurrencyUnit.Yuan));

    [Fact]
    public void Six_decimals_is_the_most_a_stated_figure_may_have()
    {
        Percentage p = P("12.345678%");                               // six decimals: accepted
        Assert.Equal(12.345678m, p.Value);
        Assert.Equal(6, p.Decimals);
        Assert.Throws<FormatException>(() => P("12.3456789%"));         // seven: refused
        Assert.Equal(6, Percentage.Stated(0.000001m, 6).Decimals);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(0.000001m, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(1m, -1));
        Assert.Equal(6, Amount.Stated(0.000001m, CurrencyUnit.Yuan, 6).Decimals);
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(0.000001m, CurrencyUnit.Yuan, 7));
        Assert.Equal(6, W("1.000001").Decimals);
        Assert.Throws<FormatException>(() => W("1.0000001"));
    }
}
