using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
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

    private static string Worded(string target, string? actual, string score)
        => Evaluation(new[] { Row("年度资金总额", "10", "10", "10", "10", "100", "10") },
            new[]
            {
                Indicator("产出指标", "时效指标", "完成时限", "正向", "大于等于", target, actual!, null, "60", score),
                Indicator("效益指标", "社会效益", "效果", "定性", null, "有效", "明显", null, "30", "30"),
            }, "100", (40m + decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("\"actual\": \"\"", "\"actual\": null");

    [Fact]
    public void Words_that_say_met_on_a_quantitative_row_earn_full_marks()
    {
        // "按期完成" against "按期完成": met, so 60 of 60; printed 50 it is 10 short under every policy (FA2003).
        Assert.Empty(Accusations(Worded("按期完成", "按期完成", "60")));
        var i = Read(Worded("按期完成", "按期完成", "60")).Indicators[0];
        Assert.Equal((false, true), (i.IsComputable, i.IsMet));
        var f = Assert.Single(Accusations(Worded("按期完成", "按期完成", "50")));
        Assert.Equal(("FA2003", "得分"), (f.RuleId, f.Stated.Location.Column));
        Assert.Empty(Accusations(Worded("12", "达标", "60")));
    }

    [Fact]
    public void Other_words_and_a_blank_actual_leave_the_score_as_stated()
    {
        // "基本完成" says neither met nor missed, and a blank actual is not printed (never 0): the stated 45 stands, no FA2021.
        Assert.Empty(Accusations(Worded("按期完成", "基本完成", "45")));
        Assert.Empty(Accusations(Worded("12", "", "45")));
        var blank = Read(Worded("12", "", "45")).Indicators[0];
        Assert.Equal((IndicatorValueKind.Empty, (bool?)null), (blank.Actual.Kind, blank.IsMet));
    }

    [Fact]
    public void A_template_printing_integer_scores_adds_integer_rows()
    {
        // Two ≥100 rows at 88: 88/100 × 5 = 4.4 each, printed 4 and 4; total 10 + 4 + 4 + 50 + 30 = 98, where the 2-decimal
        // sum 98.8 would print 99. Sichuan 10 + 90 (产出 60, 效益 30).
        string Table(string total) => Evaluation(new[] { Row("年度资金总额", "10", "10", "10", "10", "100", "10") },
            new[]
            {
                Indicator("产出指标", "数量指标", "a", "正向", "大于等于", "100", "88", "%", "5", "4", "原因"),
                Indicator("产出指标", "数量指标", "b", "正向", "大于等于", "100", "88", "%", "5", "4", "原因"),
                Indicator("产出指标", "数量指标", "c", "正向", "大于等于", "1", "1", "个", "50", "50"),
                Indicator("效益指标", "社会效益", "d", "定性", null, "有效", "明显", null, "30", "30"),
            }, "100", total);
        Assert.True(EvaluationVerifier.Compare(Read(Table("98")), ScoringPolicy.Sichuan).Explains);
        Assert.Empty(Accusations(Table("98")));
        // 97 no policy gives (neither 98 nor 98.8 → 99); FA2004 reads each printed integer as a rounded score (±0.5 for each
        // of the 6 parts), so 97 against 98 is information, and 94 (below 98 − 3.5) an error.
        Assert.False(EvaluationVerifier.Compare(Read(Table("97")), ScoringPolicy.Sichuan).ExplainsScores);
        Assert.Empty(Accusations(Table("97")));
        Assert.Equal("FA2004", Assert.Single(Accusations(Table("94"))).RuleId);
    }

    [Fact]
    public void A_total_only_scores_above_their_weight_could_give_is_an_error()
    {
        // Every row at full marks, printed as integers: 10 + 50 + 30 + 10 = 100. Each printed score stands for its rounding
        // interval within [0, 分值] — "50" of 50 is [49.5, 50], never 50.5 — so the rows add up to [98, 100] (by hand:
        // 9.5 + 49.5 + 29.5 + 9.5 = 98). 100 is consistent; 99 lies inside (information); 101 would need scores above their
        // 分值: an error (it was information while each integer counted ± 0.5 both ways, [98, 102]).
        string Table(string total) => Evaluation(new[] { Row("年度资金总额", "10", "10", "10", "10", "100", "10") },
            new[]
            {
                Indicator("产出指标", "数量指标", "a", "正向", "大于等于", "1", "1", "个", "50", "50"),
                Indicator("效益指标", "社会效益指标", "b", "定性", null, "有效", "明显提升", null, "30", "30"),
                Indicator("满意度指标", "服务对象满意度指标", "c", "正向", "大于等于", "90", "95", "%", "10", "10"),
            }, "100", total);
        Assert.DoesNotContain(Findings(Table("100")), f => f.RuleId == "FA2004");
        var rounding = Assert.Single(Findings(Table("99")), f => f.RuleId == "FA2004");
        Assert.Equal(Severity.Info, rounding.Severity);
        var broken = Assert.Single(Accusations(Table("101")));
        Assert.Equal(("FA2004", Severity.Error), (broken.RuleId, broken.Severity));
        Assert.Equal(98m, broken.Result.Expected.Min);
        Assert.Equal(100m, broken.Result.Expected.Max);
    }

    [Fact]
    public void A_blank_score_is_not_printed_never_0()
    {
        // The 定性 row's 得分 cell is blank: read as null (before, it had to be typed, and "0" made FA2004 accuse 10 + 50 + 10
        // = 70 against a printed 100). Not 0: nothing is accused, and the total, whose part for that row is unknown, is not judged.
        var blank = Evaluation(new[] { Row("年度资金总额", "10", "10", "10", "10", "100", "10") },
            new[]
            {
                Indicator("产出指标", "数量指标", "a", "正向", "大于等于", "1", "1", "个", "50", "50"),
                Indicator("效益指标", "社会效益指标", "b", "定性", null, "有效", "有效", null, "30", "30").Replace("\"score\": \"30\"", "\"score\": null"),
                Indicator("满意度指标", "服务对象满意度指标", "c", "正向", "大于等于", "90", "95", "%", "10", "10"),
            }, "100", "100");
        var row = Read(blank).Indicators[1];
        Assert.Equal(((StatedFigure?)null, (decimal?)null), (row.Score, row.ScorePoints));
        Assert.Empty(Findings(blank));
        Assert.Null(EvaluationVerifier.Compare(Read(blank), ScoringPolicy.National).Total);
    }
}
