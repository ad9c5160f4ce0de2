using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// A score EvaluationScorer takes as stated (a 执行率 score without a rate, a 定性 row, a worded row) is held within
/// [0, 分值] before rounding too: the unrounded score (ExecutionExact, IndicatorScore.Exact) is the bound, never the stated
/// figure outside it. Values worked by hand.
/// </summary>
public class TakenScoreBoundsTests
{
    private static EvaluationScore WithoutRate(string stated)
    {
        // 全年预算数 0: no rate, so the stated 执行率 score (分值 10) is taken.
        var funds = new EvaluationFundsRow("年度资金总额", null, Fig("年度资金总额", "全年预算数", "0", "万元"), Fig("年度资金总额", "全年执行数", "5", "万元"),
            Fig("年度资金总额", "分值", "10", "分"), null, Fig("年度资金总额", "得分", stated, "分"));
        var table = new PerformanceEvaluation("T1", "项目支出绩效自评表", 2024, "测试项目", "测试部门", "测试单位", new[] { funds },
            new[] { Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 90m, "90", "项") }, Fig("总分", "分值", "100", "分"), Fig("总分", "得分", "100", "分"), string.Empty);
        return EvaluationScorer.Score(table, ScoringPolicy.National);
    }

    [Theory]
    [InlineData("-3", 0)]       // below 0: 0
    [InlineData("12", 10)]      // above the 分值 10: 10
    [InlineData("7.5", 7.5)]    // within: as stated
    public void A_stated_execution_score_without_a_rate_is_taken_within_its_weight(string stated, double exact)
    {
        var score = WithoutRate(stated);
        Assert.Equal((decimal)exact, score.ExecutionExact);
        Assert.Equal((decimal)exact, score.ExecutionScore);
    }

    [Theory]
    [InlineData("-5", 0)]
    [InlineData("12", 10)]
    [InlineData("6.5", 6.5)]
    public void A_qualitative_score_is_taken_within_its_weight(string stated, double exact)
    {
        var s = EvaluationScorer.ScoreIndicator(Qualitative("效益指标", "群众满意", "有效", "有效提升", 10m, stated), ScoringPolicy.National);
        Assert.Equal((decimal)exact, s.Exact);
        Assert.Equal((decimal)exact, s.Score);
    }

    [Theory]
    [InlineData("-1", 0)]
    [InlineData("6", 5)]
    public void A_worded_rows_stated_score_is_taken_within_its_weight(string stated, double exact)
    {
        var row = new PerformanceIndicator("产出指标", "数量指标", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"), IndicatorValue.OfText("有所提升"), "5", stated);
        Assert.Equal((decimal)exact, EvaluationScorer.ScoreIndicator(row, ScoringPolicy.National).Exact);
    }
}
