using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

    /// <summary>True when the evaluation's 执行率 分值 and 一级指标 weights are the template's.</summary>
    public bool Admits(PerformanceEvaluation evaluation)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        var execution = ExecutionWeightOf(evaluation);
        if (execution != ExecutionWeight) return false;
        var stated = StatedLevel1Weights(evaluation);
        if (stated.Sum(p => p.Value) != IndicatorTotal) return false;
        if (Level1Weights.Count == 0) return true;
        if (stated.Count != Level1Weights.Count) return false;
        foreach (var pair in Level1Weights)
        {
            var match = stated.FirstOrDefault(p => p.Key == pair.Key);
            if (match.Key == null || match.Value != pair.Value) return false;
        }
        return true;
    }

    /// <summary>"执行率 10 / 产出指标 50 / …" or "执行率 10 / 绩效指标 90".</summary>
    public string Describe()
        => "执行率 " + F(ExecutionWeight) + " / " + (Level1Weights.Count == 0
            ? "绩效指标 " + F(IndicatorTotal)
            : string.Join(" / ", Level1Weights.Select(p => p.Key + " " + F(p.Value))));

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    internal static decimal ExecutionWeightOf(PerformanceEvaluation evaluation)
    {
        var weight = evaluation.TotalFunds?.Weight;
        return weight == null ? 0m : EvaluationScorer.Points(weight);
    }

    internal static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
