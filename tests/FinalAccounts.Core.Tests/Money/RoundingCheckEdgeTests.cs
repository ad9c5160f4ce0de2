using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// RoundingCheck's bounds where Money's mutation run (docs/reliability.md) found them unheld: the corners of a change
/// percentage with a wide change interval, a base wholly below 0, an exact total explained only by cut parts below 0, and
/// an exact part above the stated figure's cut interval. Values worked by hand.
public class RoundingCheckEdgeTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Fact]
    public void The_bounds_of_a_change_from_difference_take_both_ends_of_the_change()
    {
        // Current 100 ∈ [99.5, 100.5], change 50 ∈ [49.5, 50.5]: 100 · c / (x − c) rises with c and falls with x, so the
        // bounds are 100 · 49.5 / (100.5 − 49.5) = 4950 / 51 = 97.0588… and 100 · 50.5 / (99.5 − 50.5) = 5050 / 49 = 103.0612….
        CheckResult r = RoundingCheck.ChangeFromDifference(P("102%"), W("100"), W("50"));
        Assert.Equal(100m, r.Exact);                                   // 100 · 50 / 50
        Assert.InRange(r.Expected.Min, 97.0588m, 97.0589m);
        Assert.InRange(r.Expected.Max, 103.0612m, 103.0613m);
        Assert.Equal(CheckOutcome.WithinRounding, r.Outcome);          // [101.5, 102.5] meets [97.06, 103.06]
    }

    [Fact]
    public void The_bounds_of_a_decrease_from_its_difference_take_the_upper_ends_of_both()
    {
        // Current 100 ∈ [99.5, 100.5], change −50 ∈ [−50.5, −49.5] (a 减少): the base x − c lies in [149, 151]. With c < 0 and
        // x > 0, 100 · c / (x − c) rises with x and with c, so the bounds are the corners with both lower ends and both upper
        // ends: 100 · −50.5 / (99.5 + 50.5) = −5050 / 150 = −33.666… and 100 · −49.5 / (100.5 + 49.5) = −4950 / 150 = −33.
        // (The other two corners: −4950 / 149 = −33.22, −5050 / 151 = −33.44.)
        CheckResult r = RoundingCheck.ChangeFromDifference(P("-33.33%"), W("100"), W("-50"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);              // 100 · −50 / 150 = −33.333…
        Assert.InRange(r.Expected.Min, -33.6667m, -33.6666m);
        Assert.Equal(-33m, r.Expected.Max);
    }

    [Fact]
    public void A_base_wholly_below_zero_still_bounds_the_rate()
    {
        // Current 1.0 ∈ [0.95, 1.05], change 2.0 ∈ [1.95, 2.05]: the base current − change lies in [−1.1, −0.9], never 0.
        // Corners 100c / (x − c): 195 / −1 = −195, 195 / −0.9 = −216.67, 205 / −1.1 = −186.36, 205 / −1 = −205.
        CheckResult r = RoundingCheck.ChangeFromDifference(P("5%"), W("1.0"), W("2.0"));
        Assert.Equal(-200m, r.Exact);                                  // 100 · 2 / (1 − 2)
        Assert.InRange(r.Expected.Min, -216.67m, -216.66m);
        Assert.InRange(r.Expected.Max, -186.37m, -186.36m);
        Assert.Equal(CheckOutcome.Inconsistent, r.Outcome);            // 5% is nowhere near
    }

    [Fact]
    public void An_exact_total_that_only_the_cut_reading_explains_is_truncated()
    {
        // Five parts −2.03, −2.03, −2.03, −2.03, −2.05 add up to −10.17. Rounded they allow [−10.195, −10.145]; cut (each
        // in (v − 0.01, v]) they allow (−10.22, −10.17]. An exact −10.2 lies only in the cut reading. (−10.17 rounded to one
        // place is −10.2, but an exact figure is not a rounding: it must not stop the cut reading from being computed.)
        CheckResult r = RoundingCheck.Sum(Amount.Exact(-10.2m, CurrencyUnit.Yuan), Y("-2.03"), Y("-2.03"), Y("-2.03"), Y("-2.03"), Y("-2.05"));
        Assert.Equal(CheckOutcome.Truncated, r.Outcome);
        Assert.Equal(-10.17m, r.Exact);
    }

    [Fact]
    public void An_exact_part_above_the_stated_figures_cut_interval_is_not_a_truncation()
    {
        // A printed 10.2 cut stands for [10.2, 10.3); an exact 10.4 is beyond it (and beyond rounding): an error.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Y("10.2"), Amount.Exact(10.4m, CurrencyUnit.Yuan)).Outcome);
        // Below it likewise: an exact 10.1.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Y("10.2"), Amount.Exact(10.1m, CurrencyUnit.Yuan)).Outcome);
    }
}
