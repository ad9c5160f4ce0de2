using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>What a reviewer asks of a stated table: which policies explain its scores, and if none, where the nearest disagrees.</summary>
public sealed class EvaluationVerification
{
    internal EvaluationVerification(PerformanceEvaluation evaluation, IReadOnlyList<PolicyComparison> comparisons)
    {
        Evaluation = evaluation;
        Comparisons = comparisons;
    }

    /// <summary>The evaluation verified.</summary>
    public PerformanceEvaluation Evaluation { get; }

    /// <summary>One comparison per policy asked, in the order given.</summary>
    public IReadOnlyList<PolicyComparison> Comparisons { get; }

    /// <summary>The policies whose scores and weight template explain the table.</summary>
    public IReadOnlyList<ScoringPolicy> ExplainedBy => Comparisons.Where(c => c.Explains).Select(c => c.Policy).ToList();

    /// <summary>The policies whose scores explain the table, whatever their weight template.</summary>
    public IReadOnlyList<ScoringPolicy> ScoresExplainedBy => Comparisons.Where(c => c.ExplainsScores).Select(c => c.Policy).ToList();

    /// <summary>
    /// The comparison to report: the first that explains the scores, else the one with the fewest disagreeing scores (ties go
    /// to the earlier policy; <see cref="ScoringPolicy.Known"/> lists the national default first).
    /// </summary>
    public PolicyComparison Closest
    {
        get
        {
            PolicyComparison best = Comparisons[0];
            foreach (var c in Comparisons)
            {
                if (c.ExplainsScores) return c;
                if (c.Disagreements.Count < best.Disagreements.Count) best = c;
            }
            return best;
        }
    }
}
