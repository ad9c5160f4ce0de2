using System;

namespace FinalAccounts.Scoring;

/// <summary>
/// How a ≥ (正向) indicator that misses its target is scored (actual &lt; target, actual ≥ 0). The policy clamps the result
/// to [0, 分值]; a met target always earns full marks and never reaches this rule.
/// </summary>
public sealed class ShortfallScoring
{
    private readonly Func<decimal, decimal, decimal, decimal> _score;

    private ShortfallScoring(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
    {
        Name = name;
        Evidence = evidence;
        _score = score;
    }

    /// <summary>The rule's name, e.g. 按比例.</summary>
    public string Name { get; }

    /// <summary>Where the rule is documented, with its evidence tag from the research notes.</summary>
    public string Evidence { get; }

    /// <summary>
    /// 按比例: 实际完成值 ÷ 年度指标值 × 分值 ("未完成指标值的，按照完成值与指标值的比例记分"). Central 填报说明 [U]; vendor
    /// system round(actual/target×weight, 2) [S].
    /// </summary>
    public static ShortfallScoring Proportional { get; } = new("按比例", "中央部门绩效自评填报说明 [U]; 预算绩效系统 SQL 规则 [S] (domain-rules §1.3)",
        (target, actual, weight) => target > 0m ? actual / target * weight : 0m);

    /// <summary>未完成不得分: a missed target scores 0.</summary>
    public static ShortfallScoring Zero { get; } = new("未完成不得分", "a building block; no source applies it to ≥ indicators", (_, _, _) => 0m);

    /// <summary>
    /// 分档: completion (actual ÷ target, in percent) at or above a band's bound earns its share; below every band, 0. Bands
    /// are tried from the highest bound. Example (岳阳, 部门整体 [V], domain-rules §1.5): "≥90%，计5分；80%(含)-90%，计4分…
    /// 低于60%不得分".
    /// </summary>
    public static ShortfallScoring Bands(params ScoreBand[] bands)
    {
        var sorted = Sorted(bands, descending: true);
        return new ShortfallScoring("分档", "岳阳 部门整体支出评分表 [V] (domain-rules §1.5)", (target, actual, weight) =>
        {
            if (target <= 0m) return 0m;
            var completion = actual / target * 100m;
            foreach (var band in sorted)
            {
                if (completion >= band.BoundPercent) return band.SharePercent / 100m * weight;
            }
            return 0m;
        });
    }

    /// <summary>Your own rule: <paramref name="score"/> gets (target, actual, 分值) and returns points.</summary>
    public static ShortfallScoring Custom(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
        => new(name ?? throw new ArgumentNullException(nameof(name)), evidence ?? string.Empty, score ?? throw new ArgumentNullException(nameof(score)));

    /// <summary>Points for a missed target, before clamping and rounding.</summary>
    public decimal Score(decimal target, decimal actual, decimal weight) => _score(target, actual, weight);

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    internal static ScoreBand[] Sorted(ScoreBand[] bands, bool descending)
    {
        if (bands == null || bands.Length == 0) throw new ArgumentException("A banded rule needs at least one band.", nameof(bands));
        var copy = (ScoreBand[])bands.Clone();
        Array.Sort(copy, (a, b) => descending ? b.BoundPercent.CompareTo(a.BoundPercent) : a.BoundPercent.CompareTo(b.BoundPercent));
        return copy;
    }
}
