using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Scoring the seed's five 项目支出绩效自评表 under the national policy, and verifying them against every known policy,
/// against a straightforward baseline: a plain loop that parses the printed cells with double.Parse and applies the national
/// formulas (proportional ≥, linear ≤, rate × 10), rounding with Math.Round — no types, no rounding-aware verdicts.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private IReadOnlyList<PerformanceEvaluation> _evaluations = Array.Empty<PerformanceEvaluation>();

    [GlobalSetup]
    public void Setup() => _evaluations = ReportReader.Parse(File.ReadAllText(Paths.Seed), "seed").Evaluations;

    [Benchmark(Baseline = true)]
    public double NaiveDoubleLoop()
    {
        double sum = 0;
        foreach (var e in _evaluations)
        {
            var funds = e.TotalFunds!;
            var rate = double.Parse(funds.Executed!.Value, CultureInfo.InvariantCulture) / double.Parse(funds.FullYearBudget!.Value, CultureInfo.InvariantCulture);
            var total = Math.Round(Math.Min(rate, 1.0) * 10.0, 2);
            foreach (var i in e.Indicators)
            {
                var w = double.Parse(i.Weight.Value, CultureInfo.InvariantCulture);
                if (i.IsQualitative)
                {
                    total += double.Parse((i.Score?.Value ?? "0"), CultureInfo.InvariantCulture);
                    continue;
                }
                var t = double.Parse(i.Target.Text, CultureInfo.InvariantCulture);
                var a = double.Parse(i.Actual.Text, CultureInfo.InvariantCulture);
                double s = i.Direction == IndicatorDirection.AtMost
                    ? (a <= t ? w : Math.Max(0, (1 - ((a - t) / t)) * w))
                    : (a >= t ? w : a / t * w);
                total += Math.Round(s, 2, MidpointRounding.AwayFromZero);
            }
            sum += total;
        }
        return sum;
    }

    [Benchmark]
    public decimal ScoreNational()
    {
        decimal sum = 0m;
        foreach (var e in _evaluations) sum += EvaluationScorer.Score(e, ScoringPolicy.National).Total;
        return sum;
    }

    [Benchmark]
    public int VerifyAgainstKnownPolicies()
    {
        var explained = 0;
        foreach (var e in _evaluations) explained += EvaluationVerifier.Verify(e).ExplainedBy.Count;
        return explained;
    }
}
