using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Checking the full real report (上海市普陀区财政局 2024: 9 tables and the 说明, 263 figures) with every rule, against
/// a naive baseline that only re-adds every table's rows to its total cells with a fixed tolerance.
/// </summary>
[MemoryDiagnoser]
public class PutuoCheckBenchmarks
{
    private FinalAccountsReport _report = null!;

    [GlobalSetup]
    public void Setup() => _report = PutuoReport.Load();

    [Benchmark(Baseline = true)]
    public int NaiveTableSums()
    {
        // For each table and concept/basis: the uncoded cell against the sum of the 3-digit-coded cells.
        var problems = 0;
        foreach (var table in _report.Tables)
        {
            foreach (var total in table.Cells)
            {
                if (!total.IsMoney || total.Code.Length != 0) continue;
                decimal sum = 0m;
                var n = 0;
                foreach (var cell in table.Cells)
                {
                    if (cell.Code.Length != 3 || cell.Key.Concept != total.Key.Concept || cell.Key.Basis != total.Key.Basis) continue;
                    sum += decimal.Parse(cell.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    n++;
                }
                if (n > 0 && Math.Abs(sum - decimal.Parse(total.Value, NumberStyles.Number, CultureInfo.InvariantCulture)) > 0.005m * (n + 1)) problems++;
            }
        }
        return problems;
    }

    [Benchmark]
    public int CheckAllRules() => ReportChecker.Check(_report).Findings.Count;
}
