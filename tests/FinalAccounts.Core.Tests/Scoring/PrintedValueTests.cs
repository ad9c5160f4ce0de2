using System.Linq;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15.2 / 15.3: first-level weights, units and the inferred direction as the reader takes them from a printed table.
public sealed class PrintedValueTests
{
    private static PerformanceEvaluation One(string level1, string direction, string target, string actual, string unit)
        => Read(Evaluation(new[] { Row("年度资金总额", "1", "1", "1", "10", "100", "10") },
            new[] { Indicator(level1, "数量指标", "x", "正向", direction, target, actual, unit, "90", "90") }, "100", "100"));

    [Theory]
    [InlineData("产出指标(50分)", "产出指标", "50")]
    [InlineData("效益指标（30分）", "效益指标", "30")]
    [InlineData("满意度指标 (10)", "满意度指标", "10")]
    [InlineData("产出指标", "产出指标", null)]
    public void A_first_level_cell_gives_its_name_and_printed_weight(string printed, string name, string? weight)
    {
        var i = One(printed, "大于等于", "1", "1", "项").Indicators[0];
        Assert.Equal(name, i.Level1);
        Assert.Equal(weight, i.Level1Weight?.Value);
        if (weight != null) Assert.Equal(("分值", "分"), (i.Level1Weight!.Location.Column, i.Level1Weight.Unit));
    }

    [Theory]
    [InlineData("12.5", "公里", 12.5, "公里")]
    [InlineData("300", "平方米", 300, "平方米")]
    [InlineData("95", "百分比", 95, "%")]
    [InlineData("1200", "头", 1200, "头")]
    [InlineData("350", "元/人", 350, "元/人")]
    [InlineData("≥90%", "%", 90, "%")]
    public void Units_seen_on_provincial_tables_are_read(string actual, string unit, decimal number, string canonical)
    {
        var i = One("产出指标", "大于等于", "1", actual, unit).Indicators[0];
        Assert.Equal((number, canonical), (i.Actual.Number, i.Actual.Unit));
    }

    [Fact]
    public void A_direction_the_table_does_not_print_is_inferred_and_marked()
    {
        Assert.False(One("产出指标", "大于等于", "1", "1", "项").Indicators[0].DirectionInferred);
        var inferred = Read(Evaluation(new[] { Row("年度资金总额", "1", "1", "1", "10", "100", "10") },
            new[] { Indicator("产出指标", "数量指标", "x", "正向", null, "1", "1", "项", "90", "90") }, "100", "100")).Indicators[0];
        Assert.True(inferred.DirectionInferred);
        Assert.Equal(IndicatorDirection.AtLeast, inferred.Direction);
    }
}
