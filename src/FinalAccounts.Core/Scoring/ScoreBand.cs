namespace FinalAccounts.Scoring;

/// <summary>
/// One band of a banded rule: a bound in percent and the share of the indicator's 分值 it earns, e.g. "完成 80%（含）以上得
/// 80% 分值" is (80, 80). What the bound measures is said by the rule that uses it.
/// </summary>
public readonly struct ScoreBand
{
    /// <summary>Creates a band.</summary>
    public ScoreBand(decimal boundPercent, decimal sharePercent)
    {
        BoundPercent = boundPercent;
        SharePercent = sharePercent;
    }

    /// <summary>The bound in percent (completion for ≥ rules, overshoot for ≤ rules).</summary>
    public decimal BoundPercent { get; }

    /// <summary>The share of the 分值 earned, in percent (100 = full marks).</summary>
    public decimal SharePercent { get; }
}
