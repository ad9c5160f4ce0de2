using System;
using System.Globalization;
using FinalAccounts.Money;
using FinalAccounts.Quantities;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Quantities;

/// <summary>Points (分) as a 绩效自评表 prints them; expected values worked by hand.</summary>
public sealed class PointsTests
{
    [Theory]
    [InlineData("20", 20, 0, "20")]
    [InlineData("16.67", 16.67, 2, "16.67")]
    [InlineData("19.50", 19.5, 2, "19.50")]
    [InlineData("0", 0, 0, "0")]
    [InlineData("1,024.5", 1024.5, 1, "1024.5")] // the printed number's grammar: commas in threes
    [InlineData("+3", 3, 0, "3")]
    [InlineData("0.000001", 0.000001, 6, "0.000001")]
    public void Reads_a_printed_score_with_its_decimals(string text, double value, int decimals, string formatted)
    {
        var p = Points.Parse(text);
        Assert.Equal((decimal)value, p.Value);
        Assert.Equal(decimals, p.Decimals);
        Assert.Equal(formatted, p.ToString());
    }

    [Theory]
    [InlineData("20分")]     // the unit is not part of the number
    [InlineData("1.2345678")] // 7 decimals
    [InlineData(".5")]
    [InlineData("1,23")]
    [InlineData("")]
    [InlineData("满分")]
    public void Refuses_what_is_not_a_printed_score(string text)
    {
        Assert.False(Points.TryParse(text, out _));
        Assert.Contains("'" + text + "'", Assert.Throws<FormatException>(() => Points.Parse(text)).Message);
    }

    [Fact]
    public void Null_is_not_a_score() => Assert.False(Points.TryParse(null, out _));

    [Theory]
    [InlineData(12.345, 2)] // a digit beyond the printed decimals
    [InlineData(1, 7)]
    [InlineData(1, -1)]
    public void Stated_refuses_a_value_the_decimals_cannot_print(double value, int decimals)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Points.Stated((decimal)value, decimals));

    [Fact]
    public void Stated_keeps_trailing_zeros_it_was_printed_with()
    {
        var p = Points.Stated(12.3m, 2);
        Assert.Equal("12.30", p.ToString());
        Assert.Equal(2, p.Decimals);
    }

    [Fact]
    public void Equality_and_order_compare_values_not_decimals()
    {
        Assert.Equal(Points.Parse("19.5"), Points.Parse("19.50"));
        Assert.True(Points.Parse("19.5") == Points.Parse("19.50"));
        Assert.True(Points.Parse("19.5") != Points.Parse("19.6"));
        Assert.True(Points.Parse("9") < Points.Parse("10"));
        Assert.True(Points.Parse("10") > Points.Parse("9.99"));
        Assert.True(Points.Parse("10") <= Points.Parse("10.0"));
        Assert.True(Points.Parse("10") >= Points.Parse("10.0"));
        Assert.Equal(Points.Parse("19.5").GetHashCode(), Points.Parse("19.50").GetHashCode());
        Assert.False(Points.Parse("1").Equals((object)Amount.Parse("1", CurrencyUnit.WanYuan)));
    }

    /// Law: Format then Parse gives the same points back — the value and the decimals it was printed with.
    [Property]
    public Property Parse_inverts_Format()
    {
        var points = Gen.Choose(0, 6).SelectMany(d => Gen.Choose(-100_000_000, 100_000_000), (d, n) => Points.Stated(n / Pow10(d), d)).ToArbitrary();
        return Prop.ForAll(points, p =>
        {
            var back = Points.Parse(p.ToString());
            return back.Value == p.Value && back.Decimals == p.Decimals;
        });
    }

    /// Law: a score printed in the file's form (no '+', no commas, no leading zeros) is formatted back to the same text.
    [Property]
    public Property Format_inverts_Parse_on_the_file_form()
    {
        var texts = Gen.Choose(0, 1000).SelectMany(w => Gen.Choose(0, 4), (w, d) => (w, d))
            .SelectMany(c => Gen.Choose(0, 9999), (c, f) => c.d == 0 ? c.w.ToString(CultureInfo.InvariantCulture)
                : c.w.ToString(CultureInfo.InvariantCulture) + "." + (f % (int)Pow10(c.d)).ToString(new string('0', c.d), CultureInfo.InvariantCulture))
            .ToArbitrary();
        return Prop.ForAll(texts, t => Points.Parse(t).ToString() == t);
    }

    [Fact]
    public void A_figure_in_fen_carries_points_and_money_does_not()
    {
        var location = new FigureLocation("r", string.Empty, string.Empty, string.Empty, string.Empty, "指标", "得分");
        var score = new StatedFigure(new FigureKey("指标", "得分"), "19.5", "分", location);
        Assert.True(score.IsPoints);
        Assert.Equal(19.5m, score.Points.Value);
        Assert.Equal(1, score.Points.Decimals);
        var money = new StatedFigure(new FigureKey("指标", "决算"), "19.5", "万元", location);
        Assert.False(money.IsPoints);
        Assert.Throws<InvalidOperationException>(() => money.Points);
        Assert.Throws<InvalidOperationException>(() => score.Amount);
    }

    [Fact]
    public void A_total_of_points_adds_up_exactly()
    {
        // 执行率得分 9.5 + 30 + 20.5 + 30 = 90 by hand.
        var result = RoundingCheck.Sum(Points.Parse("90"), new[] { Points.Parse("9.5"), Points.Parse("30"), Points.Parse("20.5"), Points.Parse("30") });
        Assert.Equal(CheckOutcome.Consistent, result.Outcome);
        Assert.Equal(90m, result.Exact);
    }

    [Fact]
    public void A_total_of_points_within_rounding_of_its_parts()
    {
        // 16.67 × 3 = 50.01; a total printed 50.00 stands for [49.995, 50.005], the parts for 50.01 ± 0.015: they meet.
        var third = Points.Parse("16.67");
        var result = RoundingCheck.Sum(Points.Parse("50.00"), new[] { third, third, third });
        Assert.Equal(CheckOutcome.WithinRounding, result.Outcome);
        Assert.Equal(-0.01m, result.Difference);
    }

    [Fact]
    public void A_total_of_points_its_parts_cannot_explain()
    {
        // 30 + 30 + 30 = 90, the total says 95: 5 points off.
        var result = RoundingCheck.Sum(Points.Parse("95"), new[] { Points.Parse("30"), Points.Parse("30"), Points.Parse("30") });
        Assert.Equal(CheckOutcome.Inconsistent, result.Outcome);
        Assert.Equal(5m, result.Difference);
    }

    [Fact]
    public void A_total_of_points_needs_its_parts()
        => Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => RoundingCheck.Sum(Points.Parse("90"), (Points[])null!)).ParamName);

    private static decimal Pow10(int d)
    {
        var p = 1m;
        for (var i = 0; i < d; i++) p *= 10m;
        return p;
    }
}
