using System;
using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>Scores a 项目支出绩效自评表 under a policy, from its targets, actuals, 分值 and 项目资金 block.</summary>
public static class EvaluationScorer
{
    /// <summary>
    /// Recomputes every score of <paramref name="evaluation"/> under <paramref name="policy"/>: each indicator rounded by the
    /// policy, then summed with the rounded 执行率 score. 定性 scores are the evaluator's and are taken as stated, clamped to
    /// [0, 分值]; so are those of quantitative rows printed with words or a blank actual, except words that say the target was
    /// met ("完成", "达标"), which earn the 分值.
    /// </summary>
    public static EvaluationScore Score(PerformanceEvaluation evaluation, ScoringPolicy policy)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        if (policy == null) throw new ArgumentNullException(nameof(policy));
        var funds = evaluation.ScoredFunds;
        var executionWeight = WeightTemplate.ExecutionWeightOf(evaluation);
        decimal? rate = ExecutionRateOf(funds);
        decimal executionExact;
        if (rate is decimal r) executionExact = policy.ScoreExecution(r, executionWeight);
        else executionExact = funds?.Score == null ? 0m : Clamp(funds.Score.Points.Value, executionWeight);
        var executionScore = policy.Round(executionExact, executionWeight);

        var scores = new List<IndicatorScore>(evaluation.Indicators.Count);
        var total = executionScore;
        foreach (var indicator in evaluation.Indicators)
        {
            var score = ScoreIndicator(indicator, policy);
            scores.Add(score);
            total += score.Score;
        }
        return new EvaluationScore(evaluation, policy, rate, executionExact, executionScore, scores, total, policy.Grades.GradeOf(total));
    }

    /// <summary>One indicator's score under <paramref name="policy"/>.</summary>
    public static IndicatorScore ScoreIndicator(PerformanceIndicator indicator, ScoringPolicy policy)
    {
        if (indicator == null) throw new ArgumentNullException(nameof(indicator));
        if (policy == null) throw new ArgumentNullException(nameof(policy));
        IndicatorScorings++;
        var weight = indicator.WeightPoints;
        if (!indicator.IsQualitative && !indicator.IsComputable)
        {
            // Words on a quantitative row: met words earn the 分值; other words or a blank actual leave the score as stated.
            // A blank 得分 on such a row leaves nothing to take: 0 here, and the verifier compares neither it nor the total.
            var taken = indicator.Actual.ReadsAsMet ? weight : Clamp(indicator.ScorePoints ?? 0m, weight);
            return new IndicatorScore(indicator, taken, policy.Round(taken, weight), null);
        }
        if (indicator.IsQualitative)
        {
            var stated = Clamp(indicator.ScorePoints ?? 0m, weight);
            return new IndicatorScore(indicator, stated, policy.Round(stated, weight), policy.Qualitative.GradeOf(stated, weight));
        }
        var exact = policy.ScoreQuantitative(indicator.Direction, indicator.Target.Number, indicator.Actual.Number, weight);
        return new IndicatorScore(indicator, exact, policy.Round(exact, weight), null);
    }

    /// <summary>
    /// 全年执行数 ÷ 全年预算数 × 100 of a row from the printed figures, or null when either is not printed or the budget is 0;
    /// <see cref="Score"/> takes it from <see cref="PerformanceEvaluation.ScoredFunds"/>.
    /// </summary>
    public static decimal? ExecutionRateOf(EvaluationFundsRow? funds)
    {
        if (funds?.Executed == null || funds.FullYearBudget == null) return null;
        var budget = funds.FullYearBudget.Amount.Value;
        if (budget == 0m) return null;
        return funds.Executed.Amount.ConvertTo(funds.FullYearBudget.Amount.Unit).Value / budget * 100m;
    }

    /// <summary>
    /// How many indicator scorings (one indicator under one policy) this thread has run: the linearity test reads it
    /// (checking a table scores each indicator once per policy), so it counts work without a clock.
    /// </summary>
    [ThreadStatic]
    internal static long IndicatorScorings;

    private static decimal Clamp(decimal score, decimal weight) => score < 0m ? 0m : score > weight ? weight : score;
}
