using System.IO;
using FinalAccounts.Cli.Import;
using FinalAccounts.Cli.Output;
using FinalAccounts.Import;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct check</c>: reads a report file (JSON) or imports a published one (PDF, XLSX), runs every rule (FA1xxx, and
/// FA2xxx for its evaluations), writes the findings as text, JSON or SARIF.
/// </summary>
internal static class CheckCommand
{
    public const string SeedName = "wuhai-hrss-2024.json (bundled seed report)";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var format = "text";
        var review = new Review.ReviewOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, "finacct check: --format needs a value: text, json or sarif.");
                    format = args[++i];
                    break;
                // Several reports and the reviewer outputs (issue 17) run through Review.ReviewRun.
                case "--output-dir" or "--html" or "--annotate" or "--xlsx" or "--parallel":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, $"finacct check: {args[i]} needs a value.");
                    var value = args[++i];
                    switch (args[i - 1])
                    {
                        case "--output-dir": review.OutputDir = value; break;
                        case "--html": review.Html = value; break;
                        case "--annotate": review.Annotate = value; break;
                        case "--xlsx": review.Xlsx = value; break;
                        default:
                            if (!int.TryParse(value, out var n) || n < 1) return Program.Fail(stderr, "finacct check: --parallel needs a whole number of at least 1.");
                            review.Parallel = n;
                            break;
                    }
                    break;
                case var a when a.StartsWith("-", System.StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct check: unknown option '{a}'.\n{Program.Usage}");
                case var a:
                    path ??= a;
                    review.Paths.Add(a);
                    break;
            }
        }
        if (format != "text" && format != "json" && format != "sarif")
        {
            return Program.Fail(stderr, $"finacct check: unknown format '{format}' (text, json, sarif).");
        }
        if (review.Paths.Count > 1 || review.AnyOutput || (path != null && Directory.Exists(path)))
        {
            if (review.Paths.Count == 0) return Program.Fail(stderr, "finacct check: name the reports (files or folders) to check.");
            review.Format = format;
            return Review.ReviewRun.Run(review, stdout, stderr);
        }

        // A PDF or XLSX is imported first; its FA4xxx notes follow the findings (text) or go to stderr (json, sarif), so
        // a figure the import left out is never silently unchecked.
        ImportResult? imported = null;
        FinalAccountsReport report;
        if (path != null && ImportedFile.IsImportable(path))
        {
            imported = ImportedFile.Read("check", path, stderr);
            if (imported is null) return 2;
            report = imported.Report;
        }
        else
        {
            try
            {
                report = path is null ? ReportReader.Parse(SeedReport(), SeedName) : ReportReader.ReadFile(path);
            }
            catch (ReportFormatException ex)
            {
                return Program.Fail(stderr, "finacct check: " + ex.Message);
            }
        }

        // A report with 项目支出绩效自评表 gets their FA2xxx checks too.
        var result = EvaluationChecker.CheckAll(report);
        var artifact = path ?? "seeds/reports/wuhai-hrss-2024.json";
        switch (format)
        {
            case "json":
                JsonFindingsWriter.Write(result, artifact, stdout);
                break;
            case "sarif":
                SarifWriter.Write(result, artifact, stdout);
                break;
            default:
                TextFindingsWriter.Write(result, artifact, stdout, Colour.Enabled(stdout));
                if (imported?.Notes.Count > 0) stdout.WriteLine("导入提示（导入时未能确定、未读取的内容，请人工核对）：");
                break;
        }
        if (imported != null) ImportedFile.WriteNotes(imported, format == "text" ? stdout : stderr);
        return result.HasErrors ? 1 : 0;
    }

    internal static string SeedReport()
    {
        using var stream = typeof(CheckCommand).Assembly.GetManifestResourceStream("FinalAccounts.Cli.SeedReport.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
