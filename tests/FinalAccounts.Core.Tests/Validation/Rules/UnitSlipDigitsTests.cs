using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The significant-digit guard of UnitSlip seen through FA1140, on the first statement's side and for zeros: a figure
/// the other is compared with may have exactly three significant digits, and a zero after the first nonzero digit
/// counts ("1.00" has three: 1, 0, 0), so 1.00 against 10000.00 is a slip and not coarseness. UnitSlipRuleTests pins the
/// stated figure's side and the leading zeros. Intervals by hand in the comments.
public sealed class UnitSlipDigitsTests
{
    private static Item[] Twice(string first, string second) => new Item[]
    {
        Statement("2.1-1", F("收入总计", "决算", first)),
        Statement("2.1-2", F("收入总计", "决算", second)),
    };

    [Fact]
    public void A_first_figure_of_exactly_three_significant_digits_is_enough()
    {
        // 1.23 stands for [1.225, 1.235]; 12300.00 × 10⁻⁴ = [1.2299995, 1.2300005] lies in it: a slip.
        var finding = Assert.Single(CheckWith("FA1140", Twice("1.23", "12300.00")).Findings);
        Assert.Equal("12300.00", finding.Stated.Value);
        Assert.Equal(1.23m, finding.Result.Exact);
    }

    [Fact]
    public void Zeros_after_the_first_digit_are_significant()
    {
        // 1.00 stands for [0.995, 1.005] (three significant digits: 1, 0, 0); 10000.00 × 10⁻⁴ = [0.9999995, 1.0000005]
        // lies in it: a slip, both ways round.
        Assert.Equal("10000.00", Assert.Single(CheckWith("FA1140", Twice("1.00", "10000.00")).Findings).Stated.Value);
        Assert.Equal("1.00", Assert.Single(CheckWith("FA1140", Twice("10000.00", "1.00")).Findings).Stated.Value);
    }
}
