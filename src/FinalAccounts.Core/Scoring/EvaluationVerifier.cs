using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>Compares a stated 项目支出绩效自评表 with the scores policies give it.</summary>
public static class EvaluationVerifier
{
    /// <summary>Compares <paramref name="evaluation"/> with every policy of <paramref name="policies"/> (default <see cref="ScoringPolicy.Known"/>).</summary>
    /// <exception cref="ArgumentException">No policy is given.</exception>
    public static EvaluationVerification Verify(PerformanceEvaluation evaluation, IEnumerable<ScoringPolicy>? policies = null)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        var list = (policies ?? ScoringPolicy.Known).Select(p => Compare(evaluation, p)).ToList();
        if (list.Count == 0) throw new ArgumentException("Verify against at least one policy.", nameof(policies));
        return new EvaluationVerification(evaluation, list);
    }

    /// <summary>The policies of <paramref name="policies"/> (default <see cref="ScoringPolicy.Known"/>) that explain the table.</summary>
    public static IReadOnlyList<ScoringPolicy> PoliciesExplaining(PerformanceEvaluation evaluation, IEnumerable<ScoringPolicy>? policies = null)
        => Verify(evaluation, policies).ExplainedBy;

    /// <summary>True when <paramref name="policy"/> explains every stated score and admits the weights.</summary>
    public static bool Explains(this ScoringPolicy policy, PerformanceEvaluation evaluation) => Compare(evaluation, policy).Explains;

    /// <summary>True when the table prints every score (执行率得分, each indicator, 总分) without decimals.</summary>
    private static bool PrintsIntegerScores(PerformanceEvaluation e)
        => (e.ScoredFunds?.Score == null || e.ScoredFunds.Score.Points.Decimals == 0)
        && e.Indicators.All(i => i.Score == null || i.Score.Points.Decimals == 0)
        && e.TotalScore != null && e.TotalScore.Points.Decimals == 0;

    /// <summary>The evaluation's stated scores beside <paramref name="policy"/>'s.</summary>
    public static PolicyComparison Compare(PerformanceEvaluation evaluation, ScoringPolicy policy)
    {
        var score = EvaluationScorer.Score(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), policy ?? throw new ArgumentNullException(nameof(policy)));
        var funds = evaluation.ScoredFunds;
        // A stated 执行率 score whose rate cannot be computed (budget 0 or not printed) is compared with nothing: never
        // "consistent", and never counted against a policy either (FA2007 reports it).
        ScoreComparison? execution = funds?.Score == null || score.ExecutionRate == null
            ? null
            : new ScoreComparison(funds.Score, null, score.ExecutionScore, ScoreCheck.Compare(funds.Score, score.ExecutionExact, score.ExecutionScore));
        var indicators = new List<ScoreComparison>(score.Indicators.Count);
        foreach (var s in score.Indicators)
        {
            var i = s.Indicator;
            var taken = i.IsQualitative || (!i.IsComputable && !i.Actual.ReadsAsMet);
            // A blank 得分 states nothing to compare.
            if (i.Score == null) continue;
            var result = taken ? ScoreCheck.Within(i.Score, i.WeightPoints) : ScoreCheck.Compare(i.Score, s.Exact, s.Score);
            indicators.Add(new ScoreComparison(i.Score, i, s.Score, result));
        }
        // Of a table cut before its 总分 row, or cut at its start (the total then adds rows not obtained), no total is compared.
        // Nor when a row the policy cannot score (定性, words) leaves its 得分 blank: the total's part for it is not known.
        var total = evaluation.TotalScore == null || evaluation.IsPartial
            || evaluation.Indicators.Any(i => i.Score == null && (i.IsQualitative || (!i.IsComputable && !i.Actual.ReadsAsMet)))
            ? null
            : new ScoreComparison(evaluation.TotalScore, null, score.Total, ScoreCheck.Compare(evaluation.TotalScore, score.Total, score.Total));
        if (total != null && !total.Agrees && PrintsIntegerScores(evaluation))
        {
            // A template that prints every score as an integer rounds each row to an integer before adding them up
            // (4.4 + 4.4 prints 4 + 4 = 8, not 8.8 → 9): the total is then the sum of the integer-rounded rows.
            var integers = ScoreRounding.HalfUp(0);
            var sum = integers.Round(score.ExecutionExact) + score.Indicators.Sum(x => integers.Round(x.Exact));
            total = new ScoreComparison(total.Stated, null, sum, ScoreCheck.Compare(total.Stated, sum, sum));
        }
        bool? grade = evaluation.Grade.Length == 0 || evaluation.TotalScore == null
            ? null
            : policy.Grades.GradeOf(evaluation.TotalScore.Points.Value).Name == evaluation.Grade.Trim();
        return new PolicyComparison(score, policy.Weights.Admits(evaluation), execution, indicators, total, grade);
    }
}
