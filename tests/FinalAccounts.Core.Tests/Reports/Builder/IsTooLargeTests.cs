using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Builder;

/// <summary>
/// <see cref="ReportBuilder.IsTooLarge"/> is the question an importer asks before adding a figure: it must say yes exactly
/// where the builder would refuse the figure for its size (10^15 and more; 10^6 % and more) and no below, whatever the
/// commas, sign and decimals. Boundaries worked by hand: 999,999,999,999,999.99 has 15 digits before the point, 10^15 has 16.
/// </summary>
public sealed class IsTooLargeTests
{
    [Theory]
    [InlineData("999999999999999.99", "万元", false)]
    [InlineData("999,999,999,999,999.99", "元", false)]
    [InlineData("-999999999999999", "万元", false)]
    [InlineData("1000000000000000", "万元", true)]
    [InlineData("1,000,000,000,000,000.00", "元", true)]
    [InlineData("-1000000000000000", "万元", true)]
    [InlineData("1000000000000000", "个", true)]
    [InlineData("999999.99", "%", false)]
    [InlineData("-999999", "%", false)]
    [InlineData("1000000", "%", true)]
    [InlineData("1,000,000.00", "%", true)]
    [InlineData("1000000", "万元", false)]
    [InlineData("0.0000001", "万元", false)] // seven decimals: refused for its decimals, not its size
    public void Says_too_large_exactly_from_the_formats_limit(string value, string unit, bool expected)
        => Assert.Equal(expected, ReportBuilder.IsTooLarge(value, unit));

    [Theory]
    [InlineData("1000000000000000", "万元", "决算")]
    [InlineData("1000000", "%", "较上年决算增减率")]
    public void What_it_calls_too_large_the_builder_refuses_for_its_size(string value, string unit, string basis)
    {
        Assert.True(ReportBuilder.IsTooLarge(value, unit));
        var b = new ReportBuilder(new ReportInfo("测试单位2024年度决算", 2024, "测试单位", "本级", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));
        b.AddStatement("1-1", "一、总体情况", null, "收入总计" + value + unit + "。");
        var ex = Assert.Throws<ReportBuildException>(() => b.AddFigure(new FigureKey("收入总计", basis), value, unit));
        Assert.Contains("too large", ex.Message);
    }

    [Theory]
    [InlineData("999999999999999.99", "万元", "决算")]
    [InlineData("999999.99", "%", "较上年决算增减率")]
    public void What_it_lets_pass_the_builder_takes(string value, string unit, string basis)
    {
        Assert.False(ReportBuilder.IsTooLarge(value, unit));
        var b = new ReportBuilder(new ReportInfo("测试单位2024年度决算", 2024, "测试单位", "本级", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));
        b.AddStatement("1-1", "一、总体情况", null, "收入总计" + value + unit + "。");
        b.AddFigure(new FigureKey("收入总计", basis), value, unit);
        Assert.Equal(value, Assert.Single(b.Build().Figures).Value);
    }
}
