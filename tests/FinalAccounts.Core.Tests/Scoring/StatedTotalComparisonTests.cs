using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// How EvaluationVerifier compares a stated 总分: as the sum of integer-rounded rows only when every score of the table is
/// printed as an integer, and not at all when a row the policy cannot score leaves its 得分 blank. Worked by hand under
/// 四川 10 + 90 (the national rules; 产出 60, 效益 30).
/// </summary>
public class StatedTotalComparisonTests
{
    // ≥100, actual 88, 分值 5: 88 ÷ 100 × 5 = 4.4, printed "4" (an integer) or "4.40".
    private static PerformanceIndicator Short(string score) => Quantitative("产出指标", IndicatorDirection.AtLeast, 100m, 88m, 5m, score, "%");

    private static PerformanceEvaluation Table(string executionScore, string a, string b, string total)
        => Evaluation(10m, 10m, "100", 10m, executionScore,
            new[] { Short(a), Short(b), Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 50m, "50", "项"), Qualitative("效益指标", "服务质量", "有效", "明显", 30m, "30") },
            total);

    [Fact]
    public void A_table_printing_every_score_as_an_integer_adds_the_integer_rows()
    {
        // 10 + 4 + 4 + 50 + 30 = 98 (the 2-decimal sum 98.8 would print 99).
        var c = EvaluationVerifier.Compare(Table("10", "4", "4", "98"), ScoringPolicy.Sichuan);
        Assert.True(c.ExplainsScores);
        Assert.Equal(98m, c.Total!.Recomputed);
    }

    [Theory]
    [InlineData("10.00", "4", "4", "98")]     // the 执行率 score printed with decimals
    [InlineData("10", "4.40", "4", "98")]     // one row printed with decimals
    [InlineData("10", "4", "4.40", "98")]     // the last row
    [InlineData("10", "4", "4", "98.0")]      // the total printed with a decimal
    public void One_score_printed_with_decimals_and_the_total_is_the_policys_sum(string execution, string a, string b, string total)
    {
        // The policy's total is 10 + 4.40 + 4.40 + 50 + 30 = 98.8; 98 is 98.8 cut, not rounded.
        var c = EvaluationVerifier.Compare(Table(execution, a, b, total), ScoringPolicy.Sichuan);
        Assert.Equal(98.8m, c.Total!.Recomputed);
        Assert.False(c.Total.Agrees);
        Assert.False(c.ExplainsScores);
    }

    [Fact]
    public void A_blank_score_the_policy_cannot_recompute_leaves_the_total_uncompared()
    {
        var output = Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 60m, "60", "项");
        PerformanceEvaluation With(PerformanceIndicator benefit) => Evaluation(10m, 10m, "100", 10m, "10", new[] { output, benefit }, "100");
        // A 定性 row with no 得分: its part of the total is not known.
        var qualitative = EvaluationVerifier.Compare(With(Qualitative("效益指标", "服务质量", "有效", "明显", 30m, "")), ScoringPolicy.Sichuan);
        Assert.Null(qualitative.Total);
        Assert.Single(qualitative.Indicators);                 // and the blank row is not compared
        // Words that do not say "met": the same.
        var worded = new PerformanceIndicator("效益指标", "社会效益", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"), IndicatorValue.OfText("有所提升"), "30", "");
        Assert.Null(EvaluationVerifier.Compare(With(worded), ScoringPolicy.Sichuan).Total);
        // A row the policy computes (≥1, 1 → 30) or whose words say it was met (完成 → 30) is known though blank: 10 + 60 + 30 = 100.
        var computable = EvaluationVerifier.Compare(With(Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "", "项")), ScoringPolicy.Sichuan);
        Assert.Equal(100m, computable.Total!.Recomputed);
        Assert.True(computable.Total.Agrees);
        var met = new PerformanceIndicator("效益指标", "社会效益", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"), IndicatorValue.OfText("完成"), "30", "");
        Assert.Equal(100m, EvaluationVerifier.Compare(With(met), ScoringPolicy.Sichuan).Total!.Recomputed);
    }

    [Fact]
    public void A_worded_row_is_taken_as_stated_unless_its_words_say_it_was_met()
    {
        var output = Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 60m, "60", "项");
        PerformanceIndicator Worded(string words) => new("效益指标", "社会效益", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"), IndicatorValue.OfText(words), "30", "20");
        // "有所提升" stated 20 of 30: the evaluator's score, within [0, 30]. "完成" stated 20: met words earn 30, so 20 disagrees.
        Assert.True(EvaluationVerifier.Compare(Evaluation(10m, 10m, "100", 10m, "10", new[] { output, Worded("有所提升") }, "90"), ScoringPolicy.Sichuan).ExplainsScores);
        var met = EvaluationVerifier.Compare(Evaluation(10m, 10m, "100", 10m, "10", new[] { output, Worded("完成") }, "90"), ScoringPolicy.Sichuan);
        Assert.False(met.Indicators[1].Agrees);
        Assert.Equal(30m, met.Indicators[1].Recomputed);
    }
}
