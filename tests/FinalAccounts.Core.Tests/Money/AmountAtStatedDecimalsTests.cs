using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// <summary>
/// Amount.AtStatedDecimals: a stated figure read at other places (a StatedFigure read at the places its column prints) is
/// still a rounded figure of the same value and unit, whose interval follows the new places. Values by hand.
/// </summary>
public sealed class AmountAtStatedDecimalsTests
{
    [Fact]
    public void A_figure_read_at_more_places_keeps_its_value_and_unit_and_narrows_its_interval()
    {
        Amount read = Amount.Stated(12.5m, CurrencyUnit.WanYuan, 1).AtStatedDecimals(2);
        Assert.Equal((12.5m, CurrencyUnit.WanYuan, 2, false), (read.Value, read.Unit, read.Decimals, read.IsExact));
        Assert.Equal(new Interval(12.495m, 12.505m), read.Interval);   // 12.50 ± 0.005, not 12.5 ± 0.05
        Assert.Equal("12.50", read.ToString());
    }

    [Fact]
    public void An_exact_value_read_at_stated_places_becomes_a_rounded_figure()
    {
        // An exact 7 元 is a single point; read as printed with 0 places it stands for [6.5, 7.5].
        Amount read = Amount.Exact(7m, CurrencyUnit.Yuan).AtStatedDecimals(0);
        Assert.False(read.IsExact);
        Assert.Equal(new Interval(6.5m, 7.5m), read.Interval);
    }
}
