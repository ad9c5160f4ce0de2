using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FinalAccounts.Cli.Output;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct score</c>: recomputes each 项目支出绩效自评表 under a policy, prints the recomputed scores beside the stated
/// ones, and names the known policies that explain them.
/// </summary>
internal static class ScoreCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var format = "text";
        ScoringPolicy? chosen = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, "finacct score: --format needs a value: text, json or sarif.");
                    format = args[++i];
                    break;
                case "--policy":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, "finacct score: --policy needs a value: " + PolicyNames + ".");
                    chosen = ScoringPolicy.Find(args[++i]);
                    if (chosen == null) return Program.Fail(stderr, $"finacct score: unknown policy '{args[i]}' ({PolicyNames}).");
                    break;
                case var a when a.StartsWith("-", System.StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct score: unknown option '{a}'.\n{Program.Usage}");
                case var a when path is null:
                    path = a;
                    break;
                default:
                    return Program.Fail(stderr, $"finacct score: unexpected argument '{args[i]}'.\n{Program.Usage}");
            }
        }
        if (format != "text" && format != "json" && format != "sarif")
        {
            return Program.Fail(stderr, $"finacct score: unknown format '{format}' (text, json, sarif).");
        }

        FinalAccountsReport report;
        try
        {
            report = path is null ? ReportReader.Parse(CheckCommand.SeedReport(), CheckCommand.SeedName) : ReportReader.ReadFile(path);
        }
        catch (ReportFormatException ex)
        {
            return Program.Fail(stderr, "finacct score: " + ex.Message);
        }

        var policy = chosen ?? ScoringPolicy.National;
        var artifact = path ?? "seeds/reports/wuhai-hrss-2024.json";
        var checks = EvaluationChecker.Check(report, chosen);
        switch (format)
        {
            case "sarif":
                SarifWriter.Write(checks, artifact, stdout);
                break;
            case "json":
                JsonScoreWriter.Write(report, policy, artifact, stdout);
                break;
            default:
                TextScoreWriter.Write(report, policy, artifact, stdout);
                if (checks.Findings.Count > 0)
                {
                    stdout.WriteLine($"核对 (FA2xxx)：{checks.Count(Validation.Severity.Error)} 个错误，{checks.Count(Validation.Severity.Warning)} 个警告，"
                        + $"{checks.Count(Validation.Severity.Info)} 个舍入提示；详见 finacct check。");
                }
                break;
        }
        return checks.HasErrors ? 1 : 0;
    }

    internal static string PolicyNames => string.Join(", ", ScoringPolicy.Known.Select(p => p.Id));

    /// <summary>The known policies, with the chosen one added when it is not among them.</summary>
    internal static IReadOnlyList<ScoringPolicy> Candidates(ScoringPolicy policy)
        => ScoringPolicy.Known.Contains(policy) ? ScoringPolicy.Known : ScoringPolicy.Known.Concat(new[] { policy }).ToList();

    internal static string F(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
