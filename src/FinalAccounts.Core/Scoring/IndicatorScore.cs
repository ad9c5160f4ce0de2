using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>One indicator's score under a policy: exact, rounded, and for 定性 indicators the grade band of the stated score.</summary>
public sealed class IndicatorScore
{
    internal IndicatorScore(PerformanceIndicator indicator, decimal exact, decimal score, QualitativeGrade? qualitativeGrade)
    {
        Indicator = indicator;
        Exact = exact;
        Score = score;
        QualitativeGrade = qualitativeGrade;
    }

    /// <summary>The indicator scored.</summary>
    public PerformanceIndicator Indicator { get; }

    /// <summary>The score before rounding.</summary>
    public decimal Exact { get; }

    /// <summary>The score as the policy rounds it.</summary>
    public decimal Score { get; }

    /// <summary>
    /// For a 定性 indicator, the band its stated score falls in (the score itself is the evaluator's judgment and is taken as
    /// stated, clamped to [0, 分值]); null for quantitative indicators.
    /// </summary>
    public QualitativeGrade? QualitativeGrade { get; }

    /// <summary>"三级指标 score".</summary>
    public override string ToString() => Indicator.Level3 + " " + Score;
}
