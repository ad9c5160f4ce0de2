using System;

namespace FinalAccounts.Scoring;

/// <summary>How 预算执行率 (全年执行数 ÷ 全年预算数, in percent) earns its 分值; the policy clamps to [0, 分值].</summary>
public sealed class ExecutionRateScoring
{
    private readonly Func<decimal, decimal, decimal> _score;

    private ExecutionRateScoring(string name, string evidence, Func<decimal, decimal, decimal> score)
    {
        Name = name;
        Evidence = evidence;
        _score = score;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Where the rule is documented.</summary>
    public string Evidence { get; }

    /// <summary>
    /// 执行率 × 分值, capped at 分值 (31 ÷ 35 = 88.571…% × 10 = 8.857 → 8.86). Central wording [U]; open-source validator
    /// (全年执行数/全年预算数) × weight [S] (domain-rules §1.2).
    /// </summary>
    public static ExecutionRateScoring Linear { get; } = new("执行率×分值", "domain-rules §1.2: central [U], validator [S], 四川 formula [V]",
        (ratePercent, weight) => Math.Min(ratePercent, 100m) / 100m * weight);

    /// <summary>Your own rule: <paramref name="score"/> gets (执行率 in percent, 分值) and returns points.</summary>
    public static ExecutionRateScoring Custom(string name, string evidence, Func<decimal, decimal, decimal> score)
        => new(name ?? throw new ArgumentNullException(nameof(name)), evidence ?? string.Empty, score ?? throw new ArgumentNullException(nameof(score)));

    /// <summary>Points for an execution rate, before clamping and rounding.</summary>
    public decimal Score(decimal ratePercent, decimal weight) => _score(ratePercent, weight);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
