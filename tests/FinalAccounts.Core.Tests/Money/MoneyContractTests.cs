using System;
using System.Globalization;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// The documented contracts of the money types that Money's mutation run (docs/reliability.md) left unheld: refused
/// arguments and what their messages name, conversion with more than four decimals, the decimals of an exact product,
/// comparison beyond the decimal range in 元, a figure printed as 0 read as truncated, the bounds of Intersects, the
/// 28-place limits of DecimalMath and NumberText, and each preparer rounding RoundsTo accepts. Expected values by hand.
public class MoneyContractTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Amount Y(string printed) => Amount.Parse(printed, CurrencyUnit.Yuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Every_entry_point_refuses_an_undefined_unit()
    {
        var unknown = (CurrencyUnit)7;
        Assert.Contains("Unknown currency unit", Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Exact(1m, unknown)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Parse("1", unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => W("1").ConvertTo(unknown));
    }

    [Fact]
    public void Null_text_is_an_argument_error_not_a_format_error()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Amount.Parse(null!, CurrencyUnit.Yuan)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Percentage.Parse(null!)).ParamName);
    }

    [Fact]
    public void Refusals_name_the_figure_and_the_rule()
    {
        Assert.Contains("0 to 6 decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(1m, CurrencyUnit.Yuan, 7)).Message);
        Assert.Contains("12.345 has more than 2 decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(12.345m, CurrencyUnit.Yuan, 2)).Message);
        Assert.Contains("0 to 6 decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(1m, 7)).Message);
        Assert.Contains("88.57 has more than 1 decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(88.57m, 1)).Message);
        Assert.Contains("up to 6 decimals", Assert.Throws<FormatException>(() => Amount.Parse("1.2345678", CurrencyUnit.Yuan)).Message);
        Assert.Contains("up to 6 decimals", Assert.Throws<FormatException>(() => P("1.2345678%")).Message);

        // Adding 1 万元 to 1 元 names both, with their units, and says what to do.
        string mixed = Assert.Throws<ArgumentException>(() => W("1") + Y("1")).Message;
        Assert.Contains("1万元", mixed);
        Assert.Contains("1元", mixed);
        Assert.Contains("convert", mixed);

        Assert.Contains("\"C\"", Assert.Throws<FormatException>(() => W("1").ToString("C")).Message);
        Assert.Contains("Not an Amount", Assert.Throws<ArgumentException>(() => W("1").CompareTo("1")).Message);
        Assert.Contains("[2, 1]", Assert.Throws<ArgumentException>(() => new Interval(2m, 1m)).Message);
    }

    [Fact]
    public void The_general_formats_print_the_figure_as_reports_do()
    {
        Amount a = W("1,234.50");
        Assert.Equal("1234.50", a.ToString("G"));
        Assert.Equal("1234.50", a.ToString(""));
        Assert.Equal("1234.50", a.ToString((string?)null));
        Assert.Equal("1234.50万元", a.ToString("U", CultureInfo.GetCultureInfo("de-DE"))); // the provider is ignored
    }

    [Fact]
    public void Compares_through_the_non_generic_interface()
    {
        IComparable wan = W("1");
        Assert.Equal(1, wan.CompareTo(Y("9999")));   // 1 万元 = 10000 元 > 9999 元
        Assert.Equal(0, wan.CompareTo(Y("10000")));
        Assert.Equal(-1, wan.CompareTo(Y("10001")));
    }

    [Fact]
    public void Wan_yuan_figures_beyond_the_decimal_range_in_yuan_still_compare()
    {
        // 10^25 万元 = 10^29 元, more than decimal.MaxValue (≈ 7.92 · 10^28): larger than every 元 figure, its negative
        // smaller than every one; seen from the 元 side, the order is reversed.
        Amount huge = W("10,000,000,000,000,000,000,000,000");
        Amount maxYuan = Y("79,228,162,514,264,337,593,543,950,335");
        Amount minYuan = -maxYuan;
        Assert.True(huge > maxYuan);
        Assert.True(maxYuan < huge);
        Assert.True(-huge < minYuan);
        Assert.True(minYuan > -huge);
        Assert.NotEqual(huge, maxYuan);
    }

    [Fact]
    public void Conversion_to_yuan_keeps_the_decimals_beyond_four()
    {
        // 1.234567 万元 = 12345.67 元: six decimals less four is two.
        Amount yuan = W("1.234567").ConvertTo(CurrencyUnit.Yuan);
        Assert.Equal(12345.67m, yuan.Value);
        Assert.Equal(2, yuan.Decimals);
        Assert.Equal("12345.67", yuan.ToString());
        Assert.Equal(new Interval(12345.665m, 12345.675m), yuan.Interval);
        Assert.Equal(yuan, yuan.ConvertTo(CurrencyUnit.Yuan));
    }

    [Fact]
    public void An_exact_product_has_the_decimals_its_value_carries()
    {
        // 15000 元 exactly is 1.5 万元 (Decimals 0 + 4 = 4 after conversion); times 2 it is 3.0, one place: an exact
        // figure's decimals are those of its value, not the 4 the conversion gave it.
        Amount exact = Amount.Exact(15000m, CurrencyUnit.Yuan).ConvertTo(CurrencyUnit.WanYuan);
        Amount product = exact * 2m;
        Assert.True(product.IsExact);
        Assert.Equal(3m, product.Value);
        Assert.Equal(1, product.Decimals);
        // A stated figure keeps its printed decimals when the product has fewer: 2.00 · 3 = 6.00.
        Assert.Equal(2, (Amount.Stated(2m, CurrencyUnit.Yuan, 2) * 3m).Decimals);
    }

    [Fact]
    public void A_figure_printed_as_zero_cut_from_a_positive_value_stands_for_zero_up_to_one_unit()
    {
        // Truncation intervals are [v, v + 10^−d] for v ≥ 0, so 0 is the lower end, not the upper.
        Assert.Equal(new Interval(0m, 1m), Interval.Truncation(Y("0")));
        Assert.Equal(new Interval(0m, 0.01m), Interval.Truncation(Y("0.00")));
        Assert.Equal(new Interval(0m, 0.1m), Interval.Truncation(P("0.0%")));
    }

    [Fact]
    public void Intervals_meet_at_either_bound()
    {
        var a = new Interval(1.5m, 2.5m);
        Assert.True(a.Intersects(new Interval(1m, 1.5m)));   // touches a's lower bound
        Assert.False(a.Intersects(new Interval(1m, 1.49m)));
        Assert.True(new Interval(1m, 1.5m).Intersects(a));
        Assert.False(new Interval(2.51m, 3m).Intersects(a));
    }

    [Fact]
    public void Intervals_are_equal_only_when_both_bounds_are()
    {
        var a = new Interval(1m, 2m);
        Assert.True(a == new Interval(1.0m, 2.00m));
        Assert.False(a == new Interval(1m, 3m));
        Assert.False(a == new Interval(0m, 2m));
        Assert.True(a != new Interval(1m, 3m));
        Assert.False(a != new Interval(1m, 2m));
        Assert.True(a.Equals((object)new Interval(1m, 2m)));
        Assert.False(a.Equals((object)"[1, 2]"));
        Assert.Equal(a.GetHashCode(), new Interval(1.0m, 2.0m).GetHashCode());
    }

    [Fact]
    public void A_zero_numerator_divides_to_an_interval_around_zero()
    {
        // [0, 0] / [2, 4] = [0, 0], widened outward by the slack: still a valid interval holding 0, within 10^−27 of it.
        Assert.True(new Interval(0m, 0m).TryDivide(new Interval(2m, 4m), out Interval q));
        Assert.True(q.Contains(0m));
        Assert.True(q.Min > -0.000000000000000000000000001m && q.Max < 0.000000000000000000000000001m);
    }

    [Fact]
    public void Percentages_differ_only_in_value()
    {
        Assert.True(P("1%") != P("2%"));
        Assert.False(P("88.6%") != P("88.60%"));
        Assert.True(P("88.6%").Equals((object)P("88.60")));
        Assert.False(P("88.6%").Equals((object)88.6m));
        Assert.Equal(P("88.6").GetHashCode(), P("88.60%").GetHashCode());
    }

    [Fact]
    public void Half_a_unit_at_the_last_of_28_places_is_zero()
    {
        Assert.Equal(0.5m, DecimalMath.HalfUlp(0));
        Assert.Equal(D("0.0000000000000000000000000005"), DecimalMath.HalfUlp(27));
        Assert.Equal(0m, DecimalMath.HalfUlp(28)); // decimal has no 29th place
        Assert.Equal(D("0.0000000000000000000000000001"), DecimalMath.Ulp(28));
    }

    [Fact]
    public void At_28_places_only_the_value_itself_rounds_to_itself()
    {
        decimal tiny = D("0.0000000000000000000000000001"); // 10^−28, the finest decimal
        Assert.True(DecimalMath.RoundsTo(tiny, 28, tiny));
        Assert.False(DecimalMath.RoundsTo(tiny, 28, 0m)); // no 29th place to round via
    }

    [Theory]
    [InlineData("2.4", 0, "2", true)]    // half away from zero, directly
    [InlineData("2.5", 0, "3", true)]    // half away from zero at the midpoint
    [InlineData("2.5", 0, "2", true)]    // half to even at the midpoint
    [InlineData("2.46", 0, "3", true)]   // 2.46 → 2.5 → 3: half away from zero, twice
    [InlineData("2.51", 0, "2", true)]   // 2.51 → 2.5 → 2: half to even, twice
    [InlineData("-2.51", 0, "-2", true)] // the same below zero
    [InlineData("2.44", 0, "3", false)]  // 2.44 → 2.4 → 2 either way
    [InlineData("2.51", 0, "1", false)]
    [InlineData("2.46", 0, "2.4", false)]
    public void RoundsTo_accepts_each_preparer_rounding_and_no_other(string exact, int decimals, string stated, bool expected) =>
        Assert.Equal(expected, DecimalMath.RoundsTo(D(exact), decimals, D(stated)));

    [Theory]
    [InlineData("0.99", 0.99, 2)]
    [InlineData("9,999.09", 9999.09, 2)]
    [InlineData("-0.90", -0.9, 2)]
    public void Nines_and_zeros_are_digits_on_both_sides_of_the_point(string text, double value, int decimals)
    {
        Assert.True(PrintedNumber.TryParse(text, out PrintedNumber n));
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(decimals, n.Decimals);
    }

    [Theory]
    [InlineData("+-5")]       // one sign only: the '-' after the '+' is not a digit
    [InlineData("15\u0000")]  // a NUL (as from a broken text layer) is not a digit, though decimal.Parse ignores it at the end
    [InlineData("1.5\u0000")]
    public void Only_digits_stand_between_the_sign_and_the_end(string text)
    {
        Assert.False(PrintedNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Amount.Parse(text, CurrencyUnit.Yuan));
    }

    [Fact]
    public void The_default_printed_number_prints_as_nothing()
    {
        Assert.Equal(string.Empty, default(PrintedNumber).Text);
        Assert.Equal(string.Empty, default(PrintedNumber).ToString());
    }

    [Fact]
    public void A_printed_number_has_at_most_28_decimals()
    {
        // decimal holds 28 places; a 29th would be rounded away silently, so the text is refused instead.
        Assert.True(PrintedNumber.TryParse("0." + new string('0', 27) + "1", out PrintedNumber n));
        Assert.Equal(28, n.Decimals);
        Assert.Equal(D("0.0000000000000000000000000001"), n.Value);
        Assert.False(PrintedNumber.TryParse("0." + new string('0', 28) + "1", out _));
    }
}
