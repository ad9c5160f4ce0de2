using System;
using System.Collections.Generic;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// The three shapes of a verdict and the numbers RoundingCheck puts in it, in the stated figure's unit. Expected values
/// worked by hand in the comments.
public class CheckResultTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Fact]
    public void A_match_verdict_has_an_outcome_and_no_numbers()
    {
        CheckResult yes = CheckResult.Match(true), no = CheckResult.Match(false);
        Assert.Equal(CheckOutcome.Consistent, yes.Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, no.Outcome);
        Assert.Equal(VerdictKind.Match, yes.Kind);
        Assert.False(yes.HasNumbers);
        Assert.Equal("Consistent: match", yes.ToString());
        Assert.Equal("Inconsistent: match", no.ToString());
        var e = Assert.Throws<InvalidOperationException>(() => no.Exact);
        Assert.Equal("A Match verdict has no exact value, expected interval or difference.", e.Message);
        Assert.Throws<InvalidOperationException>(() => no.Expected);
        Assert.Throws<InvalidOperationException>(() => no.Difference);
    }

    [Theory]
    [InlineData("0%", 0, CheckOutcome.Consistent)]     // 0 ÷ 0 printed as 0%: the reports' convention
    [InlineData("0%", 5, CheckOutcome.Inconsistent)]   // 5 ÷ 0 is no 0%
    [InlineData("5%", 0, CheckOutcome.Inconsistent)]   // 0 ÷ 0 gives no ground for 5%
    [InlineData("5%", 5, CheckOutcome.Inconsistent)]
    public void An_undefined_rate_is_consistent_only_as_zero_over_zero_printed_zero(string stated, int numerator, CheckOutcome expected)
    {
        CheckResult r = CheckResult.UndefinedRate(P(stated), numerator);
        Assert.Equal(expected, r.Outcome);
        Assert.Equal(VerdictKind.UndefinedRate, r.Kind);
        Assert.False(r.HasNumbers);
        Assert.Equal(expected + ": undefined rate (base 0)", r.ToString());
        Assert.Contains("UndefinedRate verdict has no exact value", Assert.Throws<InvalidOperationException>(() => r.Difference).Message);
    }

    [Fact]
    public void A_recomputation_prints_its_numbers()
    {
        // 1028.3 + 93.83 = 1122.13; intervals [1028.25, 1028.35] + [93.825, 93.835] = [1122.075, 1122.185]; the stated
        // 1122.14 is 0.01 above the exact sum and its interval [1122.135, 1122.145] meets the expected one.
        CheckResult r = RoundingCheck.Sum(W("1122.14"), W("1028.3"), W("93.83"));
        Assert.True(r.HasNumbers);
        Assert.Equal(VerdictKind.Interval, r.Kind);
        Assert.Equal("WithinRounding: exact 1122.13, expected [1122.075, 1122.185], difference 0.01", r.ToString());
    }

    [Fact]
    public void A_yuan_total_of_wan_yuan_parts_is_checked_in_wan_yuan_and_reported_in_yuan()
    {
        // 10400 元 against one part 1.0 万元: in 万元, 1.04 (± 0.00005) against [0.95, 1.05] — within rounding. Read in 元
        // the part would be 10000 ± 0.5 and the total an error, so the comparison must not happen in the total's unit.
        CheckResult r = RoundingCheck.Sum(Y("10400"), W("1.0"));
        Assert.Equal(CheckOutcome.WithinRounding, r.Outcome);
        Assert.Equal(10000m, r.Exact);                          // 1.0 万元 in 元
        Assert.Equal(new Interval(9500m, 10500m), r.Expected);  // [0.95, 1.05] 万元 in 元
        Assert.Equal(400m, r.Difference);                       // 10400 − 10000
    }

    [Fact]
    public void The_difference_is_stated_minus_exact()
    {
        // 100 · 1 / 2 = 50 exactly; 50.01% is 0.01 above it, and neither rounding nor cutting explains it.
        CheckResult ratio = RoundingCheck.Ratio(P("50.01%"), Amount.Exact(1m, CurrencyUnit.Yuan), Amount.Exact(2m, CurrencyUnit.Yuan));
        Assert.Equal(CheckOutcome.Inconsistent, ratio.Outcome);
        Assert.Equal(50m, ratio.Exact);
        Assert.Equal(0.01m, ratio.Difference);

        // 2.97 against 1.00 + 1.00 + 1.00: 0.03 below.
        Assert.Equal(-0.03m, RoundingCheck.Sum(W("2.97"), W("1.00"), W("1.00"), W("1.00")).Difference);
    }

    [Fact]
    public void An_exact_figure_is_never_read_as_cut()
    {
        // An exact 10.2 against a part printed 10.27: rounded the part is [10.265, 10.275], cut [10.27, 10.28]; neither holds
        // 10.2. Cutting 10.27 at one place gives 10.2, but an exact figure was not printed by cutting anything.
        CheckResult r = RoundingCheck.Sum(Amount.Exact(10.2m, CurrencyUnit.Yuan), Y("10.27"));
        Assert.Equal(CheckOutcome.Inconsistent, r.Outcome);
        Assert.Equal(10.27m, r.Exact);
    }

    [Fact]
    public void Sums_refuse_a_null_list_of_parts()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => RoundingCheck.Sum(W("1"), (Amount[])null!)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => RoundingCheck.Sum(W("1"), (IReadOnlyList<(Amount, int)>)null!)).ParamName);
    }
}
