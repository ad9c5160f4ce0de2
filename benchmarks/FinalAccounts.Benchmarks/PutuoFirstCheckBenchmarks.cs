using BenchmarkDotNet.Attributes;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// The first check of a freshly read Putuo report, which pays for the indexes a report builds on first use
/// (<see cref="PutuoCheckBenchmarks"/> checks one report again and again, so it sees them built already): read + check
/// minus read alone is the first check's cost.
/// </summary>
[MemoryDiagnoser]
public class PutuoFirstCheckBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = ReportWriter.Write(PutuoReport.Load());

    [Benchmark(Baseline = true)]
    public int ReadOnly() => ReportReader.Parse(_json, "putuo").Figures.Count;

    [Benchmark]
    public int ReadAndCheck() => ReportChecker.Check(ReportReader.Parse(_json, "putuo")).Findings.Count;
}
