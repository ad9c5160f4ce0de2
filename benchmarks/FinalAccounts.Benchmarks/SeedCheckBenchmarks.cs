using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Checking the seed report (乌海市人社局本级 2024, 319 stated figures) with every rule, against a naive baseline that
/// recomputes only the explanation sums with a fixed tolerance and no messages — the least a checker could do.
/// </summary>
[MemoryDiagnoser]
public class SeedCheckBenchmarks
{
    private FinalAccountsReport _report = null!;
    private string _json = string.Empty;
    private string _jsonWithComment = string.Empty;
    private byte[] _utf8 = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllText(Paths.Seed);
        _report = ReportReader.Parse(_json, "seed");
        _jsonWithComment = "{\"comment\": \"read by the document reader\", " + _json.TrimStart().Substring(1);
        _utf8 = File.ReadAllBytes(Paths.Seed);
    }

    [Benchmark(Baseline = true)]
    public int NaiveExplanationSums()
    {
        // Parse every figure's text each time and compare Σ parts with the explained figure within 0.01 per term.
        var problems = 0;
        foreach (var statement in _report.Statements)
        {
            foreach (var explanation in statement.Explanations)
            {
                decimal sum = 0m;
                var n = 0;
                foreach (var part in explanation.Parts)
                {
                    if (part.Figure == null || !part.Figure.IsMoney) continue;
                    sum += decimal.Parse(part.Figure.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    n++;
                }
                foreach (var figure in _report.Figures)
                {
                    if (figure.Key != explanation.Explains || !figure.IsMoney) continue;
                    var total = decimal.Parse(figure.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    if (Math.Abs(total - sum) > 0.005m * (n + 1)) problems++;
                    break;
                }
            }
        }
        return problems;
    }

    [Benchmark]
    public int CheckAllRules() => ReportChecker.Check(_report).Findings.Count;

    /// <summary>Reading alone (the seed's JSON text to a report): the reader's share of <see cref="ReadAndCheck"/>.</summary>
    [Benchmark]
    public int ReadOnly() => ReportReader.Parse(_json, "seed").Figures.Count;

    /// <summary>
    /// Reading alone by the document reader (JsonDocument, a path per field), which the streaming reader falls back to:
    /// the seed with a root field the streaming reader does not know ("comment"), which the document reader ignores.
    /// The reader before the streaming reader was this one, so this is "before" measured in the same run.
    /// </summary>
    [Benchmark]
    public int ReadOnlyDocumentReader() => ReportReader.Parse(_jsonWithComment, "seed").Figures.Count;

    /// <summary>
    /// The floor of any streaming reader (issue 12's read target): <see cref="Utf8JsonReader"/> walking every token of the
    /// seed's UTF-8 bytes and doing nothing with them — no string, no number, no model.
    /// </summary>
    [Benchmark]
    public int TokenWalk()
    {
        var reader = new Utf8JsonReader(_utf8);
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    /// <summary>
    /// The floor of a reader that keeps the report's words: the same walk making a string of every string token (the
    /// model holds the 说明's sentences and the figures' values; the reader shares repeated words, so it makes fewer).
    /// </summary>
    [Benchmark]
    public int TokenWalkWithStrings()
    {
        var reader = new Utf8JsonReader(_utf8);
        var chars = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String) chars += reader.GetString()!.Length;
        }
        return chars;
    }

    /// <summary>Reading the seed file as the CLI does (<see cref="ReportReader.ReadFile"/>: its bytes, no UTF-16 text).</summary>
    [Benchmark]
    public int ReadFile() => ReportReader.ReadFile(Paths.Seed).Figures.Count;

    [Benchmark]
    public int ReadAndCheck() => ReportChecker.Check(ReportReader.Parse(_json, "seed")).Findings.Count;
}

/// <summary>Where the benchmarks find the repository's files.</summary>
internal static class Paths
{
    public static string Seed => Find(Path.Combine("seeds", "reports", "wuhai-hrss-2024.json"));

    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException(relative + " not found above " + AppContext.BaseDirectory);
    }
}
