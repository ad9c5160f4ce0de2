using System;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

public class AmountTests
{
    [Theory]
    [InlineData("2936.74", 2936.74, 2)]
    [InlineData("0.7", 0.7, 1)]
    [InlineData("150", 150, 0)]
    [InlineData("1,234.50", 1234.5, 2)]
    [InlineData("-920.80", -920.8, 2)]
    [InlineData(" 0 ", 0, 0)]
    [InlineData("1,234,567.123456", 1234567.123456, 6)]
    public void Parse_takes_decimals_from_the_text_as_printed(string text, double expected, int decimals)
    {
        Amount a = Amount.Parse(text, CurrencyUnit.WanYuan);
        Assert.Equal((decimal)expected, a.Value);
        Assert.Equal(decimals, a.Decimals);
        Assert.Equal(CurrencyUnit.WanYuan, a.Unit);
        Assert.False(a.IsExact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,23")]
    [InlineData("12,3456")]
    [InlineData(",123")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2345678")]
    [InlineData("2936.74万元")]
    [InlineData("1 234")]
    public void Parse_rejects_what_is_not_a_printed_figure_and_names_the_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => Amount.Parse(text, CurrencyUnit.Yuan));
        Assert.Contains("\"" + text + "\"", e.Message);
    }

    [Fact]
    public void Stated_refuses_more_digits_than_its_decimals_say()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(12.345m, CurrencyUnit.WanYuan, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(1m, CurrencyUnit.WanYuan, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(1m, CurrencyUnit.WanYuan, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.Stated(1m, (CurrencyUnit)7, 0));
        Assert.Equal("12.34", Amount.Stated(12.340m, CurrencyUnit.WanYuan, 2).ToString());
        Assert.Equal("2.00", Amount.Stated(2m, CurrencyUnit.WanYuan, 2).ToString());
    }

    [Fact]
    public void Exact_amounts_have_a_single_point_interval()
    {
        Amount a = Amount.Exact(31.5m, CurrencyUnit.WanYuan);
        Assert.True(a.IsExact);
        Assert.Equal(1, a.Decimals);
        Assert.Equal(new Interval(31.5m, 31.5m), a.Interval);
        Assert.Equal(new Interval(31.5m, 31.5m), Interval.Truncation(a));
    }

    [Fact]
    public void Conversion_is_exact_and_shifts_decimals_by_four()
    {
        Amount wan = Amount.Parse("2936.74", CurrencyUnit.WanYuan);
        Amount yuan = wan.ConvertTo(CurrencyUnit.Yuan);
        Assert.Equal(29367400m, yuan.Value);
        Assert.Equal(0, yuan.Decimals);
        Assert.Equal("29367400元", yuan.ToString("U"));

        Amount back = Amount.Parse("12345.67", CurrencyUnit.Yuan).ConvertTo(CurrencyUnit.WanYuan);
        Assert.Equal(1.234567m, back.Value);
        Assert.Equal(6, back.Decimals);
        // 元 → 万元 keeps the interval: ± 0.005 元 is ± 0.0000005 万元.
        Assert.Equal(new Interval(1.2345665m, 1.2345675m), back.Interval);
    }

    [Fact]
    public void Sums_are_unrounded_and_keep_the_finer_decimals()
    {
        Amount sum = Amount.Parse("1028.3", CurrencyUnit.WanYuan) + Amount.Parse("93.83", CurrencyUnit.WanYuan);
        Assert.Equal(1122.13m, sum.Value);
        Assert.Equal(2, sum.Decimals);
        Assert.False(sum.IsExact);

        Amount diff = Amount.Parse("2936.74", CurrencyUnit.WanYuan) - Amount.Parse("3857.54", CurrencyUnit.WanYuan);
        Assert.Equal("-920.80", diff.ToString());
        Assert.Equal("920.80", (-diff).ToString());
        Assert.Equal("5.70", (Amount.Parse("2.85", CurrencyUnit.WanYuan) * 2).ToString());
        Assert.Equal("1.425", (0.5m * Amount.Parse("2.85", CurrencyUnit.WanYuan)).ToString());
    }

    [Fact]
    public void Mixed_units_do_not_add()
    {
        Assert.Throws<ArgumentException>(() => Amount.Parse("1", CurrencyUnit.WanYuan) + Amount.Parse("1", CurrencyUnit.Yuan));
        Assert.Throws<ArgumentException>(() => Amount.Parse("1", CurrencyUnit.WanYuan) - Amount.Parse("1", CurrencyUnit.Yuan));
    }

    [Fact]
    public void Equality_and_order_compare_values_across_units_and_decimals()
    {
        Amount a = Amount.Parse("2.8", CurrencyUnit.WanYuan), b = Amount.Parse("2.80", CurrencyUnit.WanYuan);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        Amount wan = Amount.Parse("1", CurrencyUnit.WanYuan), yuan = Amount.Parse("10,000.00", CurrencyUnit.Yuan);
        Assert.Equal(wan, yuan);
        Assert.Equal(wan.GetHashCode(), yuan.GetHashCode());
        Assert.True(Amount.Parse("0.5", CurrencyUnit.WanYuan) < Amount.Parse("6000", CurrencyUnit.Yuan));
        Assert.True(Amount.Parse("7000", CurrencyUnit.Yuan) > Amount.Parse("0.5", CurrencyUnit.WanYuan));
        Assert.True(Amount.Parse("0.70", CurrencyUnit.WanYuan) >= Amount.Parse("7000", CurrencyUnit.Yuan));
        Assert.True(Amount.Parse("-1", CurrencyUnit.WanYuan) != Amount.Parse("1", CurrencyUnit.WanYuan));
        Assert.Equal(1, a.CompareTo(null));
    }

    [Fact]
    public void Prints_as_reports_do()
    {
        Assert.Equal("2936.74", Amount.Parse("2,936.74", CurrencyUnit.WanYuan).ToString());
        Assert.Equal("2936.74万元", Amount.Parse("2936.74", CurrencyUnit.WanYuan).ToString("U"));
        Assert.Equal("0.7", Amount.Parse("0.7", CurrencyUnit.WanYuan).ToString());
        Assert.Equal("150元", $"{Amount.Parse("150", CurrencyUnit.Yuan):U}");
        Assert.Equal("0", default(Amount).ToString());
        Assert.Throws<FormatException>(() => Amount.Parse("1", CurrencyUnit.Yuan).ToString("C"));
    }

    [Fact]
    public void Interval_is_half_a_unit_in_the_last_place_either_side()
    {
        Assert.Equal(new Interval(2936.735m, 2936.745m), Amount.Parse("2936.74", CurrencyUnit.WanYuan).Interval);
        Assert.Equal(new Interval(149.5m, 150.5m), Amount.Parse("150", CurrencyUnit.WanYuan).Interval);
        Assert.Equal(new Interval(2.85m, 2.86m), Interval.Truncation(Amount.Parse("2.85", CurrencyUnit.WanYuan)));
        Assert.Equal(new Interval(-920.81m, -920.80m), Interval.Truncation(Amount.Parse("-920.80", CurrencyUnit.WanYuan)));
    }
}
