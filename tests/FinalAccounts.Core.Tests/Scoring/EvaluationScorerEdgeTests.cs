using System;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// EvaluationScorer where the table gives it less than a full row: no rate, a rate in mixed units, words instead of an
/// actual, a stated score outside [0, 分值]. Values worked by hand.
public class EvaluationScorerEdgeTests
{
    private static EvaluationFundsRow Funds(string? budget, string? executed, string budgetUnit = "万元", string executedUnit = "万元", string? score = null)
        => new("年度资金总额", null, budget == null ? null : Fig("年度资金总额", "全年预算数", budget, budgetUnit),
            executed == null ? null : Fig("年度资金总额", "全年执行数", executed, executedUnit), Fig("年度资金总额", "分值", "10", "分"), null,
            score == null ? null : Fig("年度资金总额", "得分", score, "分"));

    [Fact]
    public void The_execution_rate_needs_both_figures_and_a_nonzero_budget()
    {
        Assert.Null(EvaluationScorer.ExecutionRateOf(null));
        Assert.Null(EvaluationScorer.ExecutionRateOf(Funds(null, "31")));
        Assert.Null(EvaluationScorer.ExecutionRateOf(Funds("35", null)));
        Assert.Null(EvaluationScorer.ExecutionRateOf(Funds("0", "31")));
        Assert.Equal(50m, EvaluationScorer.ExecutionRateOf(Funds("62", "31")));
        // 310000 元 executed of a 35 万元 budget: 31 万元 ÷ 35 万元 = 88.571…%.
        decimal? mixed = EvaluationScorer.ExecutionRateOf(Funds("35", "310000", executedUnit: "元"));
        Assert.NotNull(mixed);
        Assert.InRange(mixed!.Value, 88.5714m, 88.5715m);
    }

    [Fact]
    public void Without_a_rate_the_stated_execution_score_is_taken_within_its_weight()
    {
        // A budget of 0 gives no rate: the stated 得分 stands, clamped to the 分值 10.
        var indicators = new[] { Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 90m, "90", "项") };
        PerformanceEvaluation Table(string stated) => new("T1", "项目支出绩效自评表", 2024, "测试项目", "测试部门", "测试单位",
            new[] { Funds("0", "5", score: stated) }, indicators, Fig("总分", "分值", "100", "分"), Fig("总分", "得分", "100", "分"), string.Empty);
        Assert.Equal(7m, EvaluationScorer.Score(Table("7"), ScoringPolicy.National).ExecutionScore);
        Assert.Equal(10m, EvaluationScorer.Score(Table("12"), ScoringPolicy.National).ExecutionScore);
        Assert.Equal(0m, EvaluationScorer.Score(Table("-3"), ScoringPolicy.National).ExecutionScore);
        var scored = EvaluationScorer.Score(Table("7"), ScoringPolicy.National);
        Assert.Null(scored.ExecutionRate);
        Assert.Equal(97m, scored.Total);                     // 7 + 90
    }

    [Fact]
    public void Words_on_a_quantitative_row_earn_full_marks_only_when_they_say_the_target_was_met()
    {
        var met = new PerformanceIndicator("产出指标", "数量指标", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"),
            IndicatorValue.OfText("完成"), "5", "3");
        Assert.Equal(5m, EvaluationScorer.ScoreIndicator(met, ScoringPolicy.National).Score);     // 完成: the 分值, not the stated 3
        var vague = new PerformanceIndicator("产出指标", "数量指标", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"),
            IndicatorValue.OfText("有所提升"), "5", "3");
        Assert.Equal(3m, EvaluationScorer.ScoreIndicator(vague, ScoringPolicy.National).Score);   // other words: as stated
        var over = new PerformanceIndicator("产出指标", "数量指标", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"),
            IndicatorValue.OfText("有所提升"), "5", "6");
        Assert.Equal(5m, EvaluationScorer.ScoreIndicator(over, ScoringPolicy.National).Score);    // clamped to the 分值
        Assert.Null(EvaluationScorer.ScoreIndicator(over, ScoringPolicy.National).QualitativeGrade);
    }

    [Fact]
    public void A_qualitative_score_is_the_evaluators_within_its_weight_and_graded()
    {
        var row = Qualitative("效益指标", "群众满意", "有效", "有效提升", 10m, "12");
        var s = EvaluationScorer.ScoreIndicator(row, ScoringPolicy.National);
        Assert.Equal(10m, s.Score);                                              // 12 clamped to 10
        Assert.Equal(QualitativeGrade.Achieved, s.QualitativeGrade);
        Assert.Equal(QualitativeGrade.PartlyAchieved, EvaluationScorer.ScoreIndicator(Qualitative("效益指标", "群众满意", "有效", "有效提升", 10m, "7"), ScoringPolicy.National).QualitativeGrade);
    }

    [Fact]
    public void Scoring_needs_a_table_and_a_policy()
    {
        var row = Qualitative("效益指标", "群众满意", "有效", "有效提升", 10m, "7");
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => EvaluationScorer.ScoreIndicator(null!, ScoringPolicy.National)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => EvaluationScorer.ScoreIndicator(row, null!)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => EvaluationScorer.Score(null!, ScoringPolicy.National)).ParamName);
    }
}
