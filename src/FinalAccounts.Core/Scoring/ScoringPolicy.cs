using System;
using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>
/// A named way of scoring a 项目支出绩效自评表: weights, the rule for each kind of indicator, rounding and grades. Immutable
/// data plus small pure functions; compose your own with <see cref="With"/> (e.g.
/// <c>ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.Ratio)</c>) or the constructor.
/// </summary>
public sealed class ScoringPolicy
{
    /// <summary>Creates a policy from its parts.</summary>
    public ScoringPolicy(string id, string name, string evidence, WeightTemplate weights, ExecutionRateScoring executionRate, ShortfallScoring shortfall,
        ReverseOvershoot reverseOvershoot, EqualityScoring equality, QualitativeBands qualitative, ScoreRounding rounding, GradeScale grades)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Evidence = evidence ?? string.Empty;
        Weights = weights ?? throw new ArgumentNullException(nameof(weights));
        ExecutionRate = executionRate ?? throw new ArgumentNullException(nameof(executionRate));
        Shortfall = shortfall ?? throw new ArgumentNullException(nameof(shortfall));
        ReverseOvershoot = reverseOvershoot ?? throw new ArgumentNullException(nameof(reverseOvershoot));
        Equality = equality ?? throw new ArgumentNullException(nameof(equality));
        Qualitative = qualitative ?? throw new ArgumentNullException(nameof(qualitative));
        Rounding = rounding ?? throw new ArgumentNullException(nameof(rounding));
        Grades = grades ?? throw new ArgumentNullException(nameof(grades));
    }

    /// <summary>
    /// 国家默认: weights 10/50/30/10; 执行率 × 分值 capped; ≥ missed → proportional; ≤ overshoot → linear to 0 at 2× target
    /// (the proportional rule mirrored, as the vendor system does); = missed → 0; 定性 bands 100–80/80–60/60–0%; 2 decimals
    /// half up per indicator; 优 ≥ 90, 良 ≥ 80, 中 ≥ 60.
    /// </summary>
    public static ScoringPolicy National { get; } = new("national", "国家默认",
        "财预〔2020〕10号 and the central 填报说明 [U], corroborated by 池州 2022 [V] and the vendor system [S] (domain-rules §1.1–1.6)",
        WeightTemplate.National, ExecutionRateScoring.Linear, ShortfallScoring.Proportional, ReverseOvershoot.LinearToZeroAtDouble,
        EqualityScoring.Zero, QualitativeBands.National, ScoreRounding.HalfUp2, GradeScale.National);

    /// <summary>比例计分: as <see cref="National"/>, but a ≤ overshoot scores 年度指标值 ÷ 实际完成值 × 分值 (填表说明 [S], §1.5).</summary>
    public static ScoringPolicy NationalRatio { get; } = National.With(id: "national-ratio", name: "比例计分", reverseOvershoot: ReverseOvershoot.Ratio,
        evidence: "项目支出绩效自评表 填表说明 (doczj copy) [S] (domain-rules §1.5)");

    /// <summary>超标不得分: as <see cref="National"/>, but any ≤ overshoot scores 0 (§1.5 way 1 [U]).</summary>
    public static ScoringPolicy NationalZeroOvershoot { get; } = National.With(id: "national-zero", name: "超标不得分", reverseOvershoot: ReverseOvershoot.Zero,
        evidence: "domain-rules §1.5 way 1 (seen in sources, none named) [U]");

    /// <summary>
    /// 四川 10 + 90: 预算执行情况 10 and 绩效指标 90 with unit-assigned 一级 weights (青神县 2023 [V]); the scoring rules are the
    /// national ones, which the Sichuan table does not restate.
    /// </summary>
    public static ScoringPolicy Sichuan { get; } = National.With(id: "sichuan", name: "四川10+90", weights: WeightTemplate.Sichuan,
        evidence: "四川 2023 部门预算项目支出绩效自评表 [V] (domain-rules §1.5); scoring rules as national");

    /// <summary>
    /// 云南 20 + 80: 预算执行率 20 and 绩效指标 80 with unit-assigned 一级 weights (<see cref="WeightTemplate.Yunnan"/>); the
    /// scoring rules are the national ones.
    /// </summary>
    public static ScoringPolicy Yunnan { get; } = National.With(id: "yunnan", name: "云南20+80", weights: WeightTemplate.Yunnan,
        evidence: "云南 项目支出绩效自评表 as printed (issue 15) [V] (domain-rules §1.5 for the national rules it keeps); scoring rules as national");

    /// <summary>The shipped policies, national first: the ones <c>Explains</c> questions are asked against by default.</summary>
    public static IReadOnlyList<ScoringPolicy> Known { get; } = new[] { National, NationalRatio, NationalZeroOvershoot, Sichuan, Yunnan };

    /// <summary>A short id for command lines, e.g. national-ratio.</summary>
    public string Id { get; }

    /// <summary>The name in Chinese, e.g. 国家默认.</summary>
    public string Name { get; }

    /// <summary>Where the policy is documented, with evidence tags (domain-rules.md).</summary>
    public string Evidence { get; }

    /// <summary>The weight template.</summary>
    public WeightTemplate Weights { get; }

    /// <summary>The 预算执行率 rule.</summary>
    public ExecutionRateScoring ExecutionRate { get; }

    /// <summary>The rule for a ≥ indicator that misses.</summary>
    public ShortfallScoring Shortfall { get; }

    /// <summary>The rule for a ≤ indicator that overshoots.</summary>
    public ReverseOvershoot ReverseOvershoot { get; }

    /// <summary>The rule for an = indicator that misses.</summary>
    public EqualityScoring Equality { get; }

    /// <summary>The 定性 bands.</summary>
    public QualitativeBands Qualitative { get; }

    /// <summary>The rounding of each score.</summary>
    public ScoreRounding Rounding { get; }

    /// <summary>The grades of the total.</summary>
    public GradeScale Grades { get; }

    /// <summary>The shipped policy with this <see cref="Id"/> (case-insensitive), or null.</summary>
    public static ScoringPolicy? Find(string id)
    {
        foreach (var policy in Known)
        {
            if (string.Equals(policy.Id, id, StringComparison.OrdinalIgnoreCase)) return policy;
        }
        return null;
    }

    /// <summary>
    /// A copy with some parts replaced. Without a new <paramref name="id"/> or <paramref name="name"/>, the copy is named
    /// after this policy and what changed, e.g. 国家默认+比例（指标值÷实际值）.
    /// </summary>
    public ScoringPolicy With(WeightTemplate? weights = null, ExecutionRateScoring? executionRate = null, ShortfallScoring? shortfall = null,
        ReverseOvershoot? reverseOvershoot = null, EqualityScoring? equality = null, QualitativeBands? qualitative = null, ScoreRounding? rounding = null,
        GradeScale? grades = null, string? id = null, string? name = null, string? evidence = null)
    {
        var changed = new List<string>();
        void Note(object? part)
        {
            if (part != null) changed.Add(part.ToString() ?? string.Empty);
        }
        Note(weights);
        Note(executionRate);
        Note(shortfall);
        Note(reverseOvershoot);
        Note(equality);
        Note(qualitative == null ? null : "定性" + qualitative.UpperPercent + "/" + qualitative.LowerPercent);
        Note(rounding);
        Note(grades == null ? null : "自定等级");
        var suffix = changed.Count == 0 ? string.Empty : "+" + string.Join("+", changed);
        return new ScoringPolicy(id ?? Id + suffix, name ?? Name + suffix, evidence ?? Evidence, weights ?? Weights, executionRate ?? ExecutionRate,
            shortfall ?? Shortfall, reverseOvershoot ?? ReverseOvershoot, equality ?? Equality, qualitative ?? Qualitative, rounding ?? Rounding,
            grades ?? Grades);
    }

    /// <summary>
    /// The unrounded score of a quantitative indicator: full 分值 when the target is met, else the policy's rule for the
    /// direction, clamped to [0, 分值]. A negative actual counts as 0 (vendor rule, domain-rules §1.3).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="direction"/> is <see cref="IndicatorDirection.Qualitative"/>.</exception>
    public decimal ScoreQuantitative(IndicatorDirection direction, decimal target, decimal actual, decimal weight)
    {
        if (weight <= 0m) return 0m;
        if (actual < 0m) actual = 0m;
        decimal score = direction switch
        {
            IndicatorDirection.AtLeast => actual >= target ? weight : Shortfall.Score(target, actual, weight),
            IndicatorDirection.AtMost => actual <= target ? weight : ReverseOvershoot.Score(target, actual, weight),
            IndicatorDirection.Exactly => actual == target ? weight : Equality.Score(target, actual, weight),
            _ => throw new ArgumentException("A 定性 indicator has no formula: its score is the evaluator's grade.", nameof(direction)),
        };
        return Clamp(score, weight);
    }

    /// <summary>The unrounded 预算执行率 score for a rate in percent, clamped to [0, 分值].</summary>
    public decimal ScoreExecution(decimal ratePercent, decimal weight) => weight <= 0m ? 0m : Clamp(ExecutionRate.Score(ratePercent, weight), weight);

    /// <summary>
    /// A score rounded by <see cref="Rounding"/>, within [0, <paramref name="weight"/>]; full marks stay the 分值 as printed
    /// (a 分值 of 17.56 rounded to 1 decimal would otherwise print 17.6, or 17.72 print 17.7).
    /// </summary>
    public decimal Round(decimal score, decimal weight)
    {
        if (score >= weight) return weight;
        var rounded = Rounding.Round(score);
        return rounded > weight ? weight : rounded < 0m ? 0m : rounded;
    }

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    private static decimal Clamp(decimal score, decimal weight) => score < 0m ? 0m : score > weight ? weight : score;
}
