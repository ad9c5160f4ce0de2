using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// What one policy makes of a stated table (EvaluationScore, PolicyComparison, IndicatorScore): each score, the total and
/// its grade, which stated scores disagree and in what order, and when the policy explains the table. Worked by hand on
/// tables built in code (10 / 50 / 30 / 10, the national template).
/// </summary>
public class PolicyComparisonTests
{
    // ≥100 人, actual 80, 分值 50: 80 ÷ 100 × 50 = 40.
    private static PerformanceIndicator Output(string score) => Quantitative("产出指标", IndicatorDirection.AtLeast, 100m, 80m, 50m, score, "人");

    private static PerformanceIndicator Quality(string score) => Qualitative("效益指标", "服务质量", "有效提升", "明显提升", 30m, score);

    // ≤10 天, actual 15, 分值 10: national (1 − 5 ÷ 10) × 10 = 5; ratio 10 ÷ 15 × 10 = 6.666… → 6.67; zero 0.
    private static PerformanceIndicator Timing(string score) => Quantitative("满意度指标", IndicatorDirection.AtMost, 10m, 15m, 10m, score, "天");

    [Fact]
    public void A_table_is_scored_row_by_row_and_the_total_adds_the_rounded_scores()
    {
        // 31 ÷ 35 = 88.5714…% × 10 = 8.857142… → 8.86; indicators 40, 27 (定性, as stated), 5; total 8.86 + 40 + 27 + 5 = 80.86: 良.
        var table = Evaluation(35m, 31m, "88.57", 10m, "8.86", new[] { Output("40"), Quality("27"), Timing("5") }, "80.86", "良");
        var score = EvaluationScorer.Score(table, ScoringPolicy.National);
        Assert.Same(table, score.Evaluation);
        Assert.Same(ScoringPolicy.National, score.Policy);
        Assert.InRange(score.ExecutionRate!.Value, 88.5714m, 88.5715m);
        Assert.InRange(score.ExecutionExact, 8.8571m, 8.8572m);
        Assert.Equal(8.86m, score.ExecutionScore);
        Assert.Equal(new[] { 40m, 27m, 5m }, score.Indicators.Select(i => i.Score));
        Assert.Equal(new[] { 40m, 27m, 5m }, score.Indicators.Select(i => i.Exact));
        Assert.Equal(80.86m, score.Total);
        Assert.Equal("良", score.Grade.Name);
        Assert.Equal(new QualitativeGrade?[] { null, QualitativeGrade.Achieved, null }, score.Indicators.Select(i => i.QualitativeGrade));   // 27 ≥ 80% × 30 = 24
        Assert.Same(table.Indicators[2], score.Indicators[2].Indicator);
        // Under the ratio rule the ≤ row is 6.666… exact, 6.67 rounded: total 8.86 + 40 + 27 + 6.67 = 82.53.
        var ratio = EvaluationScorer.Score(table, ScoringPolicy.NationalRatio);
        Assert.InRange(ratio.Indicators[2].Exact, 6.6666m, 6.6667m);
        Assert.Equal(6.67m, ratio.Indicators[2].Score);
        Assert.Equal(82.53m, ratio.Total);
    }

    [Fact]
    public void An_indicator_score_prints_its_row_and_score()
    {
        // Tables names a row level1-target-actual-weight; a met ≥ target earns the 分值 50.
        var met = Quantitative("产出指标", IndicatorDirection.AtLeast, 100m, 120m, 50m, "50", "人");
        Assert.Equal("产出指标-100-120-50 50", EvaluationScorer.ScoreIndicator(met, ScoringPolicy.National).ToString());
    }

    [Fact]
    public void Without_a_rate_or_a_stated_score_the_execution_scores_0()
    {
        // 全年预算数 0: no rate; no 得分 printed: nothing to take. Total 0 + 50 + 30 + 10.
        var funds = new EvaluationFundsRow("年度资金总额", null, Fig("年度资金总额", "全年预算数", "0", "万元"), Fig("年度资金总额", "全年执行数", "5", "万元"),
            Fig("年度资金总额", "分值", "10", "分"), null, null);
        var table = new PerformanceEvaluation("T1", "项目支出绩效自评表", 2024, "测试项目", "测试部门", "测试单位", new[] { funds },
            new[] { Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 50m, "50", "项"), Quality("30"), Quantitative("满意度指标", IndicatorDirection.AtLeast, 90m, 95m, 10m, "10", "%") },
            Fig("总分", "分值", "100", "分"), Fig("总分", "得分", "90", "分"), string.Empty);
        var score = EvaluationScorer.Score(table, ScoringPolicy.National);
        Assert.Null(score.ExecutionRate);
        Assert.Equal((0m, 0m, 90m), (score.ExecutionExact, score.ExecutionScore, score.Total));
        // Nothing stated, nothing compared.
        Assert.Null(EvaluationVerifier.Compare(table, ScoringPolicy.National).Execution);
    }

    [Fact]
    public void A_blank_score_on_a_worded_row_is_taken_as_0()
    {
        // Words that do not say "met" and no 得分 printed: the policy takes nothing (0) and compares nothing.
        var worded = new PerformanceIndicator("产出指标", "数量指标", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"),
            IndicatorValue.OfText("有所提升"), "5", "");
        var s = EvaluationScorer.ScoreIndicator(worded, ScoringPolicy.National);
        Assert.Equal((0m, 0m), (s.Exact, s.Score));
    }

    [Fact]
    public void Disagreements_list_the_execution_score_the_rows_and_the_total_in_printed_order()
    {
        // Stated: 执行率得分 7.00 (policy 9), 产出 50 (policy 40), 定性 30 (any score in [0, 30]), ≤ row 5 (national 5), total 97
        // (policy 9 + 40 + 30 + 5 = 84), grade 优 (97 is 优).
        var table = Evaluation(100m, 90m, "90.00", 10m, "7.00", new[] { Output("50"), Quality("30"), Timing("5") }, "97", "优");
        var c = EvaluationVerifier.Compare(table, ScoringPolicy.National);
        Assert.Same(ScoringPolicy.National, c.Policy);
        Assert.Equal(new[] { c.Execution!, c.Indicators[0], c.Total! }, c.Disagreements);
        Assert.Equal(9m, c.Execution!.Recomputed);
        Assert.Equal(-2m, c.Execution.Difference);                 // 7 − 9
        Assert.Null(c.Execution.Indicator);
        Assert.Same(table.Indicators[0], c.Indicators[0].Indicator);
        Assert.Equal(84m, c.Total!.Recomputed);
        Assert.True(c.GradeAgrees);
        Assert.True(c.WeightsAdmitted);
        Assert.False(c.ExplainsScores);
        Assert.False(c.Explains);
    }

    [Fact]
    public void A_wrong_grade_alone_keeps_a_policy_from_explaining_the_scores()
    {
        // Every score as the policy gives it: 9 + 40 + 30 + 5 = 84, which is 良; printed 优.
        var table = Evaluation(100m, 90m, "90.00", 10m, "9.00", new[] { Output("40"), Quality("30"), Timing("5") }, "84", "优");
        var c = EvaluationVerifier.Compare(table, ScoringPolicy.National);
        Assert.Empty(c.Disagreements);
        Assert.False(c.GradeAgrees);
        Assert.False(c.ExplainsScores);
        Assert.False(c.Explains);
        // Printed 良 it is explained; printed nothing, there is no grade to judge.
        var good = EvaluationVerifier.Compare(Evaluation(100m, 90m, "90.00", 10m, "9.00", new[] { Output("40"), Quality("30"), Timing("5") }, "84", "良"), ScoringPolicy.National);
        Assert.Equal((true, true, true), (good.GradeAgrees!.Value, good.ExplainsScores, good.Explains));
        var none = EvaluationVerifier.Compare(Evaluation(100m, 90m, "90.00", 10m, "9.00", new[] { Output("40"), Quality("30"), Timing("5") }, "84"), ScoringPolicy.National);
        Assert.Null(none.GradeAgrees);
        Assert.True(none.Explains);
    }

    [Fact]
    public void Scores_explained_under_a_template_that_does_not_admit_the_weights_are_not_an_explanation()
    {
        // The same scores under 云南 20 + 80: the scores agree (the rules are national), the 执行率 分值 10 is not 20.
        var table = Evaluation(100m, 90m, "90.00", 10m, "9.00", new[] { Output("40"), Quality("30"), Timing("5") }, "84", "良");
        var c = EvaluationVerifier.Compare(table, ScoringPolicy.Yunnan);
        Assert.True(c.ExplainsScores);
        Assert.False(c.WeightsAdmitted);
        Assert.False(c.Explains);
        var v = EvaluationVerifier.Verify(table, new[] { ScoringPolicy.Yunnan, ScoringPolicy.National });
        Assert.Equal(new[] { ScoringPolicy.Yunnan, ScoringPolicy.National }, v.ScoresExplainedBy);
        Assert.Equal(new[] { ScoringPolicy.National }, v.ExplainedBy);
        Assert.Same(ScoringPolicy.Yunnan, v.Closest.Policy);       // the first that explains the scores
        Assert.Same(table, v.Evaluation);
        Assert.False(ScoringPolicy.Yunnan.Explains(table));
        Assert.True(ScoringPolicy.National.Explains(table));
        Assert.Equal(new[] { ScoringPolicy.National }, EvaluationVerifier.PoliciesExplaining(table, new[] { ScoringPolicy.Yunnan, ScoringPolicy.National }));
    }
}
