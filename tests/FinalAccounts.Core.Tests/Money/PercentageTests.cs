using System;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

public class PercentageTests
{
    [Theory]
    [InlineData("76.27%", 76.27, 2)]
    [InlineData("88.6", 88.6, 1)]
    [InlineData("63%", 63, 0)]
    [InlineData("100.00%", 100, 2)]
    [InlineData("0.07 ％", 0.07, 2)]
    [InlineData("-33.17%", -33.17, 2)]
    public void Parse_takes_decimals_from_the_text_as_printed(string text, double value, int decimals)
    {
        Percentage p = Percentage.Parse(text);
        Assert.Equal((decimal)value, p.Value);
        Assert.Equal(decimals, p.Decimals);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("abc%")]
    [InlineData("88.6%%")]
    [InlineData("1.1234567%")]
    public void Parse_rejects_what_is_not_a_printed_percentage(string text)
    {
        var e = Assert.Throws<FormatException>(() => Percentage.Parse(text));
        Assert.Contains("\"" + text + "\"", e.Message);
    }

    [Fact]
    public void Interval_and_printing()
    {
        Assert.Equal(new Interval(76.265m, 76.275m), Percentage.Parse("76.27%").Interval);
        Assert.Equal(new Interval(62.5m, 63.5m), Percentage.Parse("63%").Interval);
        Assert.Equal(new Interval(76.27m, 76.28m), Interval.Truncation(Percentage.Parse("76.27%")));
        Assert.Equal("76.27%", Percentage.Stated(76.27m, 2).ToString());
        Assert.Equal("-33.17%", (-Percentage.Parse("33.17")).ToString());
        Assert.Equal(Percentage.Parse("88.6"), Percentage.Parse("88.60%"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(88.57m, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Stated(88m, 7));
    }
}
