using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// One 绩效自评表 of 1,000 or 4,000 indicators that no policy explains (every seventh indicator meets its target), checked
/// with every FA2xxx rule against every known policy, beside the plain baseline: scoring the table once under each known
/// policy and nothing else — the least work a check must do. Linear checking keeps the ratio flat as n grows
/// (issue 11.9: the check was quadratic, 1,000 indicators 1.5 s, 4,000 21 s).
/// </summary>
[MemoryDiagnoser]
public class LargeEvaluationBenchmarks
{
    private PerformanceEvaluation _evaluation = null!;
    private FinalAccountsReport _report = null!;

    [Params(1000, 4000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportReader.Parse(Json(Indicators), "large.json");
        _evaluation = _report.Evaluations[0];
    }

    [Benchmark(Baseline = true)]
    public decimal ScoreUnderEveryPolicy()
    {
        decimal sum = 0m;
        foreach (var policy in ScoringPolicy.Known) sum += EvaluationScorer.Score(_evaluation, policy).Total;
        return sum;
    }

    [Benchmark]
    public int CheckEvaluation()
    {
        CheckReport result = EvaluationChecker.Check(_report);
        return result.Findings.Count;
    }

    private static string Json(int n)
    {
        var rows = new StringBuilder();
        for (var k = 0; k < n; k++)
        {
            if (k > 0) rows.Append(",\n");
            rows.Append("{\"level1\": \"产出指标\", \"level2\": \"质量指标\", \"level3\": \"指标").Append(k)
                .Append("\", \"nature\": \"正向\", \"direction\": \"大于等于\", \"target\": \"90\", \"actual\": \"")
                .Append((90 - 10 * (k % 7)).ToString(CultureInfo.InvariantCulture))
                .Append("\", \"unit\": \"%\", \"weight\": \"1\", \"score\": \"1\"}");
        }
        return "{\"formatVersion\": 1, \"report\": {\"title\": \"2024年度测试局决算公开报告\", \"year\": 2024, \"unitName\": \"测试局\", \"level\": \"单位\", "
            + "\"unitKind\": \"行政单位\", \"currencyUnit\": \"万元\"}, \"statements\": [], \"evaluations\": [{\"id\": \"E1\", \"year\": 2024, \"project\": \"测试项目\", "
            + "\"funds\": {\"unit\": \"万元\", \"rows\": [{\"name\": \"年度资金总额\", \"initialBudget\": \"100\", \"fullYearBudget\": \"100\", \"executed\": \"90\", "
            + "\"weight\": \"10\", \"executionRate\": \"90\", \"score\": \"9\"}]}, \"indicators\": [" + rows + "], \"total\": {\"weight\": \"100\", \"score\": \"99\"}}]}";
    }
}
