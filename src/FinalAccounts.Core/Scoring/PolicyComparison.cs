using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Scoring;

/// <summary>An evaluation's stated scores beside one policy's: per indicator, 执行率 score, total and grade.</summary>
public sealed class PolicyComparison
{
    internal PolicyComparison(EvaluationScore score, bool weightsAdmitted, ScoreComparison? execution, IReadOnlyList<ScoreComparison> indicators,
        ScoreComparison? total, bool? gradeAgrees)
    {
        Score = score;
        WeightsAdmitted = weightsAdmitted;
        Execution = execution;
        Indicators = indicators;
        Total = total;
        GradeAgrees = gradeAgrees;
    }

    /// <summary>The policy.</summary>
    public ScoringPolicy Policy => Score.Policy;

    /// <summary>The evaluation scored under the policy.</summary>
    public EvaluationScore Score { get; }

    /// <summary>True when the policy's weight template admits the evaluation's 分值.</summary>
    public bool WeightsAdmitted { get; }

    /// <summary>The 执行率 score, or null when the table states none.</summary>
    public ScoreComparison? Execution { get; }

    /// <summary>Each indicator's comparison, in printed order.</summary>
    public IReadOnlyList<ScoreComparison> Indicators { get; }

    /// <summary>The stated 总分 against the policy's total; null for a table cut at an end (<see cref="FinalAccounts.Reports.PerformanceEvaluation.IsPartial"/>).</summary>
    public ScoreComparison? Total { get; }

    /// <summary>Whether a printed grade is the policy's grade of the stated total; null when no grade is printed.</summary>
    public bool? GradeAgrees { get; }

    /// <summary>The scores (执行率, indicators, total) that the policy does not give, in printed order.</summary>
    public IReadOnlyList<ScoreComparison> Disagreements
        => (Execution == null ? Indicators : new[] { Execution }.Concat(Indicators)).Concat(Total == null ? new ScoreComparison[0] : new[] { Total })
            .Where(c => !c.Agrees).ToList();

    /// <summary>True when every stated score (and a printed grade) is what the policy gives.</summary>
    public bool ExplainsScores => Disagreements.Count == 0 && GradeAgrees != false;

    /// <summary>True when the policy explains the scores and its template admits the weights.</summary>
    public bool Explains => ExplainsScores && WeightsAdmitted;
}
