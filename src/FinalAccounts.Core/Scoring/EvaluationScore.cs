using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>An evaluation scored under one policy: 执行率 and its score, each indicator's score, the total and the grade.</summary>
public sealed class EvaluationScore
{
    internal EvaluationScore(PerformanceEvaluation evaluation, ScoringPolicy policy, decimal? executionRate, decimal executionExact, decimal executionScore,
        IReadOnlyList<IndicatorScore> indicators, decimal total, Grade grade)
    {
        Evaluation = evaluation;
        Policy = policy;
        ExecutionRate = executionRate;
        ExecutionExact = executionExact;
        ExecutionScore = executionScore;
        Indicators = indicators;
        Total = total;
        Grade = grade;
    }

    /// <summary>The evaluation scored.</summary>
    public PerformanceEvaluation Evaluation { get; }

    /// <summary>The policy used.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>全年执行数 ÷ 全年预算数 in percent, unrounded; null when the table does not state both (or the budget is 0).</summary>
    public decimal? ExecutionRate { get; }

    /// <summary>The 执行率 score before rounding.</summary>
    public decimal ExecutionExact { get; }

    /// <summary>The 执行率 score, rounded.</summary>
    public decimal ExecutionScore { get; }

    /// <summary>Each indicator's score, in printed order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>执行率 score + Σ indicator scores, each rounded first.</summary>
    public decimal Total { get; }

    /// <summary>The grade of <see cref="Total"/>.</summary>
    public Grade Grade { get; }
}
