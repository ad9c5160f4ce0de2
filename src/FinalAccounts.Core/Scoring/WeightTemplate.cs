using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>
/// How the 100 points are split: 预算执行率's 分值, and either fixed 一级指标 weights or only their sum (when the unit assigns
/// the weights itself).
/// </summary>
public sealed class WeightTemplate
{
    /// <summary>Creates a template. With no <paramref name="level1Weights"/>, only their sum (<paramref name="indicatorTotal"/>) is fixed.</summary>
    /// <exception cref="ArgumentException">The parts do not add up to 100.</exception>
    public WeightTemplate(string name, string evidence, decimal executionWeight, decimal indicatorTotal, IReadOnlyList<KeyValuePair<string, decimal>>? level1Weights = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Evidence = evidence ?? string.Empty;
        ExecutionWeight = executionWeight;
        IndicatorTotal = indicatorTotal;
        Level1Weights = level1Weights ?? Array.Empty<KeyValuePair<string, decimal>>();
        if (executionWeight + indicatorTotal != 100m) throw new ArgumentException($"{name}: {executionWeight} + {indicatorTotal} is not 100.", nameof(indicatorTotal));
        if (Level1Weights.Count > 0 && Level1Weights.Sum(p => p.Value) != indicatorTotal)
            throw new ArgumentException($"{name}: the 一级指标 weights do not add up to {indicatorTotal}.", nameof(level1Weights));
    }

    /// <summary>
    /// 预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10 (财预〔2020〕10号: wording [U]; 池州 2022 自评表 headings "产出指标(50分)"
    /// … [V]; Q&amp;A page [S]; domain-rules §1.1).
    /// </summary>
    public static WeightTemplate National { get; } = new("执行率10/产出50/效益30/满意度10", "财预〔2020〕10号 [U]; 池州 2022 自评表 [V] (domain-rules §1.1)",
        10m, 90m, new[]
        {
            new KeyValuePair<string, decimal>("产出指标", 50m), new KeyValuePair<string, decimal>("效益指标", 30m), new KeyValuePair<string, decimal>("满意度指标", 10m),
        });

    /// <summary>
    /// 预算执行情况 10 + 绩效指标 90, 一级 weights assigned by the unit (四川 2023 部门预算项目支出绩效自评表, 青神县 [V]; domain-rules §1.5).
    /// </summary>
    public static WeightTemplate Sichuan { get; } = new("执行10+绩效指标90", "四川 2023 部门预算项目支出绩效自评表 (青神县, 大英县) [V] (domain-rules §1.5)", 10m, 90m);

    /// <summary>The template's name.</summary>
    public string Name { get; }

    /// <summary>Where it is documented, with its evidence tag.</summary>
    public string Evidence { get; }

    /// <summary>预算执行率's 分值.</summary>
    public decimal ExecutionWeight { get; }

    /// <summary>The sum of all indicator weights.</summary>
    public decimal IndicatorTotal { get; }

    /// <summary>Fixed 一级指标 weights, or empty when the unit assigns them.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> Level1Weights { get; }

    /// <summary>The 一级指标 weights an evaluation states, in printed order.</summary>
    public static IReadOnlyList<KeyValuePair<string, decimal>> StatedLevel1Weights(PerformanceEvaluation evaluation)
    {
        var sums = new List<KeyValuePair<string, decimal>>();
        foreach (var indicator in evaluation.Indicators)
        {
            var i = sums.FindIndex(p => p.Key == indicator.Level1);
            if (i < 0) sums.Add(new KeyValuePair<string, decimal>(indicator.Level1, indicator.WeightPoints));
            else sums[i] = new KeyValuePair<string, decimal>(indicator.Level1, sums[i].Value + indicator.WeightPoints);
        }
        return sums;
    }

    /// <summary>
    /// 预算执行率 20 + 绩效指标 80, 一级 weights assigned by the unit (云南 项目支出绩效自评表 as printed in 2022–2024 决算公开,
    /// seen on real tables by issue 15 [V]; no rule text found [U]).
    /// </summary>
    public static WeightTemplate Yunnan { get; } = new("执行20+绩效指标80", "云南 项目支出绩效自评表 as printed (issue 15, real tables kept outside the repository) [V]", 20m, 80m);

    /// <summary>The shipped templates, most specific first: the order <see cref="Infer"/> tries them in.</summary>
    public static IReadOnlyList<WeightTemplate> Known { get; } = new[] { National, Sichuan, Yunnan };

    /// <summary>
    /// The first template of <paramref name="templates"/> (default <see cref="Known"/>) that admits the evaluation's weights,
    /// or null when none does. A table cut at an end (<see cref="PerformanceEvaluation.Cut"/>) is admitted on the blocks it has.
    /// </summary>
    public static WeightTemplate? Infer(PerformanceEvaluation evaluation, IEnumerable<WeightTemplate>? templates = null)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        foreach (var t in templates ?? Known)
        {
            if (t.Admits(evaluation)) return t;
        }
        return null;
    }

    /// <summary>
    /// True when the evaluation's 执行率 分值 and 一级指标 weights are the template's. A first-level 成本指标 block counts within
    /// 产出指标 when the template fixes no 成本指标 weight of its own (成本 inside 产出, as the central template has it in some
    /// years). Of a table cut at an end, only what it has is judged: the 执行率 分值 when its funds block is there, and the
    /// complete blocks' weights; never a sum.
    /// </summary>
    public bool Admits(PerformanceEvaluation evaluation)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        var partial = evaluation.IsPartial;
        if (!partial || evaluation.ScoredFunds?.Weight != null)
        {
            if (ExecutionWeightOf(evaluation) != ExecutionWeight) return false;
        }
        var merged = new List<(string Name, decimal Weight, decimal Slack, bool Complete)>();
        foreach (var block in evaluation.Blocks)
        {
            var name = InsideOutput(block.Name) ? "产出指标" : block.Name;
            var sum = CheckSum(0m, block.Indicators.Select(i => i.Weight));
            var slack = sum.Expected.Max - sum.Exact;
            var k = merged.FindIndex(m => m.Name == name);
            if (k < 0) merged.Add((name, block.WeightSum, slack, block.IsComplete));
            else merged[k] = (name, merged[k].Weight + block.WeightSum, merged[k].Slack + slack, merged[k].Complete && block.IsComplete);
        }
        if (!partial)
        {
            if (Math.Abs(merged.Sum(m => m.Weight) - IndicatorTotal) > merged.Sum(m => m.Slack)) return false;
            if (Level1Weights.Count == 0) return true;
            if (merged.Count != Level1Weights.Count) return false;
        }
        if (Level1Weights.Count == 0) return true;
        foreach (var (name, weight, slack, complete) in merged)
        {
            if (!complete) continue;
            var match = Level1Weights.FirstOrDefault(p => p.Key == name);
            if (match.Key == null || Math.Abs(match.Value - weight) > slack) return false;
        }
        return true;
    }

    private bool InsideOutput(string level1) => level1 == "成本指标" && Level1Weights.Count > 0 && !Level1Weights.Any(p => p.Key == "成本指标");

    /// <summary>"执行率 10 / 产出指标 50 / …" or "执行率 10 / 绩效指标 90".</summary>
    public string Describe()
        => "执行率 " + F(ExecutionWeight) + " / " + (Level1Weights.Count == 0
            ? "绩效指标 " + F(IndicatorTotal)
            : string.Join(" / ", Level1Weights.Select(p => p.Key + " " + F(p.Value))));

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    /// <summary>
    /// Σ <paramref name="weights"/> = <paramref name="expected"/>. Weights are assigned, not computed: printed as integers they
    /// are exact (17 + 17 + 17 is 51, never "50 rounded"); a weight printed with decimals (16.67, three of them for 50) may be
    /// off by half its last digit, and the sum by the total of those halves.
    /// </summary>
    internal static CheckResult CheckSum(decimal expected, IEnumerable<StatedFigure> weights)
    {
        decimal sum = 0m, slack = 0m;
        foreach (var w in weights)
        {
            sum += w.Points.Value;
            var d = w.Points.Decimals;
            if (d > 0) slack += DecimalMath.HalfUlp(d);
        }
        var outcome = sum == expected ? CheckOutcome.Consistent : Math.Abs(sum - expected) <= slack ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent;
        return new CheckResult(outcome, sum, new Interval(sum - slack, sum + slack), expected - sum);
    }

    internal static decimal ExecutionWeightOf(PerformanceEvaluation evaluation)
    {
        var weight = evaluation.ScoredFunds?.Weight;
        return weight == null ? 0m : weight.Points.Value;
    }

    internal static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
