using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>A stated score beside the score a policy gives it, with the rounding-aware verdict.</summary>
public sealed class ScoreComparison
{
    internal ScoreComparison(StatedFigure stated, PerformanceIndicator? indicator, decimal recomputed, CheckResult result)
    {
        Stated = stated;
        Indicator = indicator;
        Recomputed = recomputed;
        Result = result;
    }

    /// <summary>The stated score (得分), with its location.</summary>
    public StatedFigure Stated { get; }

    /// <summary>The indicator, or null for the 执行率 score and the total.</summary>
    public PerformanceIndicator? Indicator { get; }

    /// <summary>The policy's score, rounded as the policy rounds.</summary>
    public decimal Recomputed { get; }

    /// <summary>The verdict: exact value, allowed interval, stated − exact.</summary>
    public CheckResult Result { get; }

    /// <summary>The verdict's outcome.</summary>
    public CheckOutcome Outcome => Result.Outcome;

    /// <summary>True when the policy's score, rounded as printed, is the stated one.</summary>
    public bool Agrees => Outcome == CheckOutcome.Consistent || Outcome == CheckOutcome.WithinRounding;

    /// <summary>Stated − recomputed.</summary>
    public decimal Difference => Stated.Points.Value - Recomputed;

    /// <summary>"stated → recomputed (outcome)".</summary>
    public override string ToString() => Stated.Value + " → " + Recomputed + " (" + Outcome + ")";
}
