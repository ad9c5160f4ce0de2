using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// Cut figures stand for half-open intervals: a printed v ≥ 0 is a true value in [v, v + 10^−d), never v + 10^−d itself.
public class TruncationEdgeTests
{
    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    [Fact]
    public void An_exact_total_at_the_open_end_of_the_cut_parts_is_not_explained_by_cutting()
    {
        // Parts printed 4.1 and 5.1: rounded they stand for [4.05, 4.15] + [5.05, 5.15] = [9.1, 9.3]; cut, for true values
        // in [4.1, 4.2) and [5.1, 5.2), whose sum is below 9.4. An exact 9.4 is explained by neither.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Amount.Exact(9.4m, CurrencyUnit.Yuan), Y("4.1"), Y("5.1")).Outcome);
        // 9.39 lies inside the cut reading: truncated.
        Assert.Equal(CheckOutcome.Truncated, RoundingCheck.Sum(Amount.Exact(9.39m, CurrencyUnit.Yuan), Y("4.1"), Y("5.1")).Outcome);
    }

    [Fact]
    public void A_printed_figure_is_not_the_cut_of_the_exact_value_one_unit_above_it()
    {
        // An exact part 10.3 printed as a total of 10.2: cutting 10.3 at one place gives 10.3, and 10.2 cut stands for
        // [10.2, 10.3), which excludes 10.3. Not a truncation: an error.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Y("10.2"), Amount.Exact(10.3m, CurrencyUnit.Yuan)).Outcome);
        // 10.29 exactly, printed 10.2: cutting gives 10.2.
        Assert.Equal(CheckOutcome.Truncated, RoundingCheck.Sum(Y("10.2"), Amount.Exact(10.29m, CurrencyUnit.Yuan)).Outcome);
    }

    [Fact]
    public void Subtracted_cut_parts_leave_the_lower_end_open()
    {
        // 0 − 1.0 − 1.0 with both parts cut: each stands for [1.0, 1.1), so the total lies in (−2.2, −2.0]. Rounded, the parts
        // allow [−2.1, −1.9]. An exact −2.2 is outside both readings; −2.15 is inside the cut one.
        var parts = new[] { (Y("1.0"), -1), (Y("1.0"), -1) };
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Amount.Exact(-2.2m, CurrencyUnit.Yuan), parts).Outcome);
        Assert.Equal(CheckOutcome.Truncated, RoundingCheck.Sum(Amount.Exact(-2.15m, CurrencyUnit.Yuan), parts).Outcome);
    }

    [Fact]
    public void Below_zero_the_open_end_is_the_lower_one()
    {
        // Printed −10.2 cut from a negative value stands for (−10.3, −10.2]; an exact −10.3 is outside.
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Sum(Y("-10.2"), Amount.Exact(-10.3m, CurrencyUnit.Yuan)).Outcome);
        Assert.Equal(CheckOutcome.Truncated, RoundingCheck.Sum(Y("-10.2"), Amount.Exact(-10.29m, CurrencyUnit.Yuan)).Outcome);
    }
}
