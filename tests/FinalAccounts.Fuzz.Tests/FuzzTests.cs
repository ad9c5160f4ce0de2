using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Cli;
using FinalAccounts.Import;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using Xunit.Abstractions;

namespace FinalAccounts.Fuzz.Tests;

/// <summary>
/// Every parser fed deterministic mutations of real inputs (see <see cref="FuzzBudget"/> for the counts and the long run).
/// Contracts: ReportReader throws only ReportFormatException, and the rules and scoring throw nothing on what it accepts;
/// the importer throws only ImportException; code TryParse/TryFindByNamePath throw nothing; Amount, Percentage and
/// IndicatorValue parsing throw only FormatException; finacct exits 0, 1 or 2 and says why in one line on stderr for 2.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly ScoringPolicy?[] s_policies = ScoringPolicy.Known.Cast<ScoringPolicy?>().Append(null).ToArray();
    private static readonly TimeSpan s_textLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_fileLimit = TimeSpan.FromSeconds(300);

    private readonly ITestOutputHelper _output;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "finacct-fuzz-" + Guid.NewGuid().ToString("N"));

    public FuzzTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Report(FuzzOutcome outcome)
    {
        _output.WriteLine(outcome.ToString());
        var log = Environment.GetEnvironmentVariable("FINACCT_FUZZ_LOG");
        if (!string.IsNullOrEmpty(log)) File.AppendAllText(log, DateTime.UtcNow.ToString("u") + " seed " + FuzzBudget.Seed + " " + outcome + Environment.NewLine);
        Assert.True(outcome.Crashes.Count == 0 && outcome.Hang == null, outcome.ToString());
    }

    /// <summary>Every rule, every policy, every message and line of what the reader accepted.</summary>
    private static void CheckEverything(FinalAccountsReport report)
    {
        foreach (var policy in s_policies)
        {
            var result = EvaluationChecker.CheckAll(report, policy);
            foreach (var f in result.Findings)
            {
                _ = f.Message + f.MessageEn + f.Location + f.Location.Line + f.Result;
                foreach (var i in f.Inputs) _ = i.Location.ToString();
            }
        }
        foreach (var e in report.Evaluations) _ = EvaluationVerifier.Verify(e).Closest;
    }

    private FuzzOutcome FuzzJson(string target, string seedJson, int count, int seed)
    {
        var mutator = new Mutator(seed);
        var file = Path.Combine(_dir, target + ".json");
        var inputs = Enumerable.Range(0, count).Select(n => (n, bytes: mutator.MutateJson(seedJson)));
        return new Watchdog<(int n, byte[] bytes)>(target, ex => ex is ReportFormatException, s_textLimit, x => "input #" + x.n + " (seed " + seed + ")")
            .Run(inputs, x =>
            {
                File.WriteAllBytes(file, x.bytes);
                CheckEverything(ReportReader.ReadFile(file));
            });
    }

    [Fact]
    public void Mutated_seed_reports_are_read_or_refused_and_every_rule_survives_what_is_read()
        => Report(FuzzJson("seed-json", Inputs.SeedJson, FuzzBudget.ReportFiles, FuzzBudget.Seed));

    [SkippableFact]
    public void Mutated_reports_imported_from_the_real_pdf_are_read_or_refused()
    {
        FinalAccounts.Testing.Shared.Report(Inputs.PdfName);
        var imported = ReportImporter.ImportFile(Inputs.PdfPath).Json;
        Report(FuzzJson("imported-json", imported, Math.Max(1, FuzzBudget.ReportFiles / 10), FuzzBudget.Seed + 1));
    }

    [SkippableFact]
    public void Mutated_pdfs_are_imported_or_refused()
    {
        FinalAccounts.Testing.Shared.Report(Inputs.PdfName);
        var pdf = File.ReadAllBytes(Inputs.PdfPath);
        var mutator = new Mutator(FuzzBudget.Seed + 2);
        var inputs = Enumerable.Range(0, FuzzBudget.Pdfs).Select(n => (n, bytes: mutator.MutateBytes(pdf, 1 + mutator.Next(8))));
        Report(new Watchdog<(int n, byte[] bytes)>("pdf", ex => ex is ImportException, s_fileLimit, x => "pdf #" + x.n + " (seed " + (FuzzBudget.Seed + 2) + ")")
            .Run(inputs, x => CheckEverything(ReportImporter.ImportPdf(x.bytes, "mutated.pdf").Report)));
    }

    [Fact]
    public void Mutated_workbooks_are_imported_or_refused()
    {
        var mutator = new Mutator(FuzzBudget.Seed + 3);
        var rows = Inputs.SummaryRows();
        IEnumerable<(int n, byte[] bytes)> Inputs_()
        {
            for (var n = 0; n < FuzzBudget.Xlsx; n++)
            {
                if (mutator.Next(2) == 0)
                {
                    var copy = rows.Select(r => r.ToArray()).ToArray();
                    for (var k = 1 + mutator.Next(3); k > 0; k--)
                    {
                        var r = copy[mutator.Next(copy.Length)];
                        r[mutator.Next(r.Length)] = mutator.Pick(Mutator.Interesting);
                    }
                    yield return (n, Inputs.Workbook(copy));
                }
                else
                {
                    yield return (n, mutator.MutateBytes(Inputs.Workbook(rows), 1 + mutator.Next(4)));
                }
            }
        }
        Report(new Watchdog<(int n, byte[] bytes)>("xlsx", ex => ex is ImportException, s_fileLimit, x => "xlsx #" + x.n + " (seed " + (FuzzBudget.Seed + 3) + ")")
            .Run(Inputs_(), x =>
            {
                using var stream = new MemoryStream(x.bytes);
                CheckEverything(ReportImporter.ImportXlsx(stream, "mutated.xlsx").Report);
            }));
    }

    [Fact]
    public void Code_parsing_and_name_paths_never_throw()
    {
        var real = FunctionCode.All.SelectMany(c => new[] { c.Code, c.Name, c.DisplayName, NamePath(c) })
            .Concat(EconomicCode.All.SelectMany(c => new[] { c.Code, c.Name }))
            .ToList();
        var mutator = new Mutator(FuzzBudget.Seed + 4);
        var inputs = Enumerable.Range(0, FuzzBudget.CodeStrings).Select(_ => mutator.RandomText(real));
        Report(new Watchdog<string>("codes", _ => false, s_textLimit, Show).Run(inputs, s =>
        {
            FunctionCode.TryParse(s, out _);
            FunctionCode.TryParse(s.AsSpan(), out _);
            EconomicCode.TryParse(s, out _);
            GovernmentEconomicCode.TryParse(s.AsSpan(), out _);
            RevenueCode.TryParse(s, out _);
            FunctionCode.TryFindByNamePath(s, out _);
            EconomicCode.TryFindByNamePath(s, out _);
            GovernmentEconomicCode.TryFindByNamePath(s, out _);
            RevenueCode.TryFindByNamePath(s, out _);
        }));
    }

    [Fact]
    public void Amount_percentage_and_indicator_text_parse_or_refuse_with_FormatException()
    {
        var real = new[] { "2936.74", "-920.80", "2,940.05", "0.00", "100%", "-23.87%", "≥95%", "≤134万元", "3.00", "大于等于90%", "按时完成", "137.40万元" };
        var units = IndicatorValue.Units.Cast<string?>().Append(null).ToList();
        var mutator = new Mutator(FuzzBudget.Seed + 5);
        var inputs = Enumerable.Range(0, FuzzBudget.NumberTexts).Select(_ => (text: mutator.RandomText(real), unit: mutator.Pick(units)));
        Report(new Watchdog<(string text, string? unit)>("numbers", ex => ex is FormatException, s_textLimit, x => Show(x.text)).Run(inputs, x =>
        {
            try
            {
                Amount.Parse(x.text, CurrencyUnit.WanYuan);
            }
            catch (FormatException)
            {
            }
            try
            {
                Percentage.Parse(x.text);
            }
            catch (FormatException)
            {
            }
            IndicatorValue.Parse(x.text, x.unit);
        }));
    }

    [Fact]
    public void The_cli_exits_0_1_or_2_and_explains_a_2_in_one_line()
    {
        var mutator = new Mutator(FuzzBudget.Seed + 6);
        var seed = Inputs.SeedJson;
        var workbook = Inputs.Workbook(Inputs.SummaryRows());
        var pdf = File.Exists(Inputs.PdfPath) ? File.ReadAllBytes(Inputs.PdfPath) : null;
        IEnumerable<(int n, string path, string command)> Files()
        {
            for (var n = 0; n < FuzzBudget.CliRuns; n++)
            {
                var kind = mutator.Next(pdf != null && n % 20 == 19 ? 3 : 2);
                var (extension, bytes) = kind switch
                {
                    0 => (".json", mutator.MutateJson(seed)),
                    1 => (".xlsx", mutator.MutateBytes(workbook, 1 + mutator.Next(3))),
                    _ => (".pdf", mutator.MutateBytes(pdf!, 1 + mutator.Next(4))),
                };
                var path = Path.Combine(_dir, "cli" + n % 4 + extension);
                File.WriteAllBytes(path, bytes);
                yield return (n, path, mutator.Next(2) == 0 ? "check" : "score");
            }
        }
        Report(new Watchdog<(int n, string path, string command)>("cli", _ => false, s_fileLimit, x => "cli #" + x.n + " " + x.command + " " + Path.GetExtension(x.path))
            .Run(Files(), x =>
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var exit = Program.Run(new[] { x.command, x.path }, stdout, stderr);
                var error = stderr.ToString();
                if (exit is not (0 or 1 or 2)) throw new CliContractException("exit " + exit);
                if (exit == 2 && (error.TrimEnd('\r', '\n').Contains('\n') || error.Trim().Length == 0)) throw new CliContractException("exit 2 without exactly one line on stderr: " + error);
                if (error.Contains("   at ", StringComparison.Ordinal)) throw new CliContractException("a stack trace on stderr");
            }));
    }

    private static string NamePath(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }

    private static string Show(string s) => s.Length <= 80 ? "'" + s + "'" : "'" + s.Substring(0, 80) + "…' (" + s.Length + " chars)";

    private sealed class CliContractException : Exception
    {
        public CliContractException(string message)
            : base(message)
        {
        }
    }
}
