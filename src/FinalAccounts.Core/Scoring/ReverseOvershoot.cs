using System;

namespace FinalAccounts.Scoring;

/// <summary>
/// How a ≤ (反向, e.g. 成本, 时限) indicator whose actual exceeds its target is scored (actual &gt; target ≥ 0). The policy
/// clamps the result to [0, 分值]; a met target always earns full marks and never reaches this rule. The five ways the
/// research found are shipped (domain-rules §1.5).
/// </summary>
public sealed class ReverseOvershoot
{
    private readonly Func<decimal, decimal, decimal, decimal> _score;

    private ReverseOvershoot(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
    {
        Name = name;
        Evidence = evidence;
        _score = score;
    }

    /// <summary>The rule's name, e.g. 线性扣减至2倍.</summary>
    public string Name { get; }

    /// <summary>Where the rule is documented, with its evidence tag from the research notes.</summary>
    public string Evidence { get; }

    /// <summary>超标不得分: any overshoot scores 0. Listed among the ways seen in sources (domain-rules §1.5, way 1; source not named).</summary>
    public static ReverseOvershoot Zero { get; } = new("超标不得分", "domain-rules §1.5 way 1 (source not named) [U]", (_, _, _) => 0m);

    /// <summary>比例: 年度指标值 ÷ 实际完成值 × 分值. 填表说明 of unknown issuer [S] (domain-rules §1.5).</summary>
    public static ReverseOvershoot Ratio { get; } = new("比例（指标值÷实际值）", "项目支出绩效自评表 填表说明, doczj copy [S] (domain-rules §1.5)",
        (target, actual, weight) => actual > 0m ? target / actual * weight : 0m);

    /// <summary>
    /// 线性扣减至2倍: (1 − (actual − target) ÷ target) × 分值, reaching 0 at twice the target. Vendor budget-performance system
    /// (Anhui, Hefei, Hubei, Guangxi, Hebei, Zhejiang configurations) [S] (domain-rules §1.3).
    /// </summary>
    public static ReverseOvershoot LinearToZeroAtDouble { get; } = new("线性扣减至2倍", "预算绩效系统 SQL 规则 [S] (domain-rules §1.3, §1.5)",
        (target, actual, weight) => target > 0m ? (1m - ((actual - target) / target)) * weight : 0m);

    /// <summary>
    /// 每超一个百分点扣分: 分值 − <paramref name="pointsPerPercent"/> × overshoot, the overshoot in percent of the target
    /// ((actual − target) ÷ target × 100, which for a rate targeted at ≤100% is its percentage points), floor 0 (扣完为止).
    /// Example (岳阳 [V], 部门整体): "在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The deduction is not positive.</exception>
    public static ReverseOvershoot PerPercentOver(decimal pointsPerPercent)
    {
        if (pointsPerPercent <= 0m) throw new ArgumentOutOfRangeException(nameof(pointsPerPercent), pointsPerPercent, "The deduction per percent must be positive.");
        return new ReverseOvershoot("每超1%扣" + pointsPerPercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "分",
            "岳阳 部门整体支出评分表 [V] (domain-rules §1.5)",
            (target, actual, weight) => target > 0m ? weight - (pointsPerPercent * ((actual - target) / target * 100m)) : 0m);
    }

    /// <summary>
    /// 分档: an overshoot (in percent of the target) at or below a band's bound earns its share; beyond every band, 0. Bands
    /// are tried from the lowest bound. A building block: the research documents banding (domain-rules §1.5, way 5) but
    /// gives no ≤ band table.
    /// </summary>
    public static ReverseOvershoot Bands(params ScoreBand[] bands)
    {
        var sorted = ShortfallScoring.Sorted(bands, descending: false);
        return new ReverseOvershoot("分档", "domain-rules §1.5 way 5 [S]", (target, actual, weight) =>
        {
            if (target <= 0m) return 0m;
            var overshoot = (actual - target) / target * 100m;
            foreach (var band in sorted)
            {
                if (overshoot <= band.BoundPercent) return band.SharePercent / 100m * weight;
            }
            return 0m;
        });
    }

    /// <summary>Your own rule: <paramref name="score"/> gets (target, actual, 分值) and returns points.</summary>
    public static ReverseOvershoot Custom(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
        => new(name ?? throw new ArgumentNullException(nameof(name)), evidence ?? string.Empty, score ?? throw new ArgumentNullException(nameof(score)));

    /// <summary>Points for an overshoot, before clamping and rounding.</summary>
    public decimal Score(decimal target, decimal actual, decimal weight) => _score(target, actual, weight);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
