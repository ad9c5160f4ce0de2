using System;

namespace FinalAccounts.Scoring;

/// <summary>How an = (等于) indicator whose actual differs from its target is scored; the policy clamps to [0, 分值].</summary>
public sealed class EqualityScoring
{
    private readonly Func<decimal, decimal, decimal, decimal> _score;

    private EqualityScoring(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
    {
        Name = name;
        Evidence = evidence;
        _score = score;
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Where the rule is documented.</summary>
    public string Evidence { get; }

    /// <summary>不等不得分: any difference scores 0 (vendor rule for = with target 0 [S], domain-rules §1.3).</summary>
    public static EqualityScoring Zero { get; } = new("不等不得分", "预算绩效系统 SQL 规则 [S] (domain-rules §1.3)", (_, _, _) => 0m);

    /// <summary>按偏离度: (1 − |actual − target| ÷ target) × 分值; a building block mirroring the ≤ linear rule.</summary>
    public static EqualityScoring Deviation { get; } = new("按偏离度", "a building block (mirrors 线性扣减至2倍)",
        (target, actual, weight) => target > 0m ? (1m - (Math.Abs(actual - target) / target)) * weight : 0m);

    /// <summary>Your own rule: <paramref name="score"/> gets (target, actual, 分值) and returns points.</summary>
    public static EqualityScoring Custom(string name, string evidence, Func<decimal, decimal, decimal, decimal> score)
        => new(name ?? throw new ArgumentNullException(nameof(name)), evidence ?? string.Empty, score ?? throw new ArgumentNullException(nameof(score)));

    /// <summary>Points for a missed = target, before clamping and rounding.</summary>
    public decimal Score(decimal target, decimal actual, decimal weight) => _score(target, actual, weight);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
