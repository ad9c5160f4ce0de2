using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Throughput on one core: 10,000 generated reports (each a 总表-like set of 24 figures with a 功能分类 tree, shares and
/// changes; one in ten has a wrong total) checked one after another, against the naive recompute of the same sums.
/// </summary>
[MemoryDiagnoser]
public class BatchCheckBenchmarks
{
    private const int Count = 10_000;
    private readonly List<FinalAccountsReport> _reports = new(Count);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20241231);
        for (var i = 0; i < Count; i++) _reports.Add(Generate(random, broken: i % 10 == 0));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int NaiveSums()
    {
        var problems = 0;
        foreach (var report in _reports)
        {
            foreach (var statement in report.Statements)
            {
                foreach (var explanation in statement.Explanations)
                {
                    decimal sum = 0m;
                    foreach (var part in explanation.Parts) sum += decimal.Parse(part.Figure!.Value, CultureInfo.InvariantCulture);
                    var total = report.FindFirst(explanation.Explains)!;
                    if (Math.Abs(sum - decimal.Parse(total.Value, CultureInfo.InvariantCulture)) > 0.005m * (explanation.Parts.Count + 1)) problems++;
                }
            }
        }
        return problems;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CheckAllRules()
    {
        var errors = 0;
        foreach (var report in _reports) errors += ReportChecker.Check(report).Count(Severity.Error);
        return errors;
    }

    /// <summary>A consistent report rounded to 2 decimals in 万元 (or, when broken, with 本年支出合计 off by 1.00).</summary>
    private static FinalAccountsReport Generate(Random random, bool broken)
    {
        decimal Yuan() => random.Next(1_000_000, 90_000_000);
        string W(decimal yuan) => (yuan / 10000m).ToString("0.00", CultureInfo.InvariantCulture);
        var personnel = Yuan();
        var publicUse = Yuan();
        var project = Yuan();
        var basic = personnel + publicUse;
        var total = basic + project;
        var items = new[] { total * 0.6m, total * 0.3m };
        var other = total - items[0] - items[1];
        var location = new FigureLocation("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");
        StatedFigure F(string concept, string basis, string value, string unit = "万元", string? path = null)
            => new(new FigureKey(concept, basis, functionPath: path), value, unit, location);
        var totalFigure = F("本年支出合计", "决算", broken ? W(total + 10000m) : W(total));
        var parts = new[] { F("基本支出", "决算", W(basic)), F("项目支出", "决算", W(project)) };
        var basicParts = new[] { F("人员经费", "决算", W(personnel)), F("公用经费", "决算", W(publicUse)) };
        var previous = total * 1.1m;
        var statements = new[]
        {
            new Statement("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty,
                new[]
                {
                    totalFigure,
                    F("本年支出合计", "较上年决算增减", W(total - previous)),
                    F("本年支出合计", "较上年决算增减率", ((total - previous) / previous * 100m).ToString("0.00", CultureInfo.InvariantCulture), "%"),
                    F("基本支出", "占比", (basic / total * 100m).ToString("0.00", CultureInfo.InvariantCulture), "%"),
                },
                new[]
                {
                    new Explanation(totalFigure.Key, Array.Empty<FigureKey>(), false, "其中", Array.ConvertAll(parts, p => new ExplanationPart(string.Empty, p, null)), location),
                    new Explanation(parts[0].Key, Array.Empty<FigureKey>(), false, "其中", Array.ConvertAll(basicParts, p => new ExplanationPart(string.Empty, p, null)), location),
                }),
        };
        return new FinalAccountsReport(new ReportInfo("bench", 2024, "单位", "单位", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan), Array.Empty<ReportTable>(), statements);
    }
}
