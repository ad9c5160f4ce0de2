using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct score</c>: recomputes each 项目支出绩效自评表 under a policy, prints the recomputed scores beside the stated
/// ones, names the known policies that explain them, and reports the FA2xxx findings under that same policy.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = CommonOptions.ReportFile("报告文件 (report file): .json, .pdf 或 (or) .xlsx; 省略时用内置样例 (omitted: the bundled seed report)");
        var options = new FindingsOptions("得分与发现");
        var command = new Command("score",
            "按评分规则重算每张项目支出绩效自评表，列出列示得分与重算得分，并指出能解释全部得分的已知评分规则。退出码同 check。\n"
            + "Recompute each 项目支出绩效自评表 under a scoring policy, show stated beside recomputed scores and the known policies that explain them. Exit codes as for check.")
        {
            file,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = options.Read(parse);
            return Run(parse.GetValue(file), chosen.Format, chosen.Output, chosen.Minimum, chosen.Policy, stdout, stderr);
        });
        Examples.Add(command,
            "finacct score                                   # 内置样例，国家默认规则 (the seed, national policy)",
            "finacct score report.pdf --policy=national-zero # 超标不得分 (overshoot scores 0)",
            "finacct score report.json -f json -o scores.json");
        return command;
    }

    private static int Run(string? path, string format, string? output, Severity minimum, ScoringPolicy policy, TextWriter stdout, TextWriter stderr)
    {
        var input = ReportInput.Load(path, "score", stderr);
        if (input is null) return CliError.ExitCode;
        var report = input.Report;
        // The same call for the default and for a named policy: the option's default is ScoringPolicy.National.
        var view = new FindingsView(EvaluationChecker.Check(report, policy), minimum, input);
        var written = OutputTarget.Write(output, stdout, stderr, "score", w =>
        {
            switch (format)
            {
                case "sarif":
                    SarifWriter.Write(view, w);
                    break;
                case "json":
                    JsonScoreWriter.Write(report, policy, view, w);
                    break;
                default:
                    TextScoreWriter.Write(report, policy, input.Artifact, w);
                    var checks = view.Result;
                    w.WriteLine();
                    w.WriteLine($"核对 (FA2xxx)：{checks.Count(Severity.Error)} 个错误，{checks.Count(Severity.Warning)} 个警告，{checks.Count(Severity.Info)} 个舍入提示");
                    w.WriteLine();
                    TextFindingsWriter.WriteFindings(view, w, output is null && Colour.Enabled(stdout));
                    if (input.Imported != null) ImportNotesWriter.Write(input.Imported, w);
                    break;
            }
        });
        if (written != 0) return written;
        // As for check: an import's FA4xxx notes follow the text, or go to stderr beside JSON and SARIF.
        if (input.Imported != null && format != "text") ImportNotesWriter.Write(input.Imported, stderr);
        return view.Result.HasErrors ? 1 : 0;
    }

    /// <summary>The known policies, with the chosen one added when it is not among them.</summary>
    internal static IReadOnlyList<ScoringPolicy> Candidates(ScoringPolicy policy)
        => ScoringPolicy.Known.Contains(policy) ? ScoringPolicy.Known : ScoringPolicy.Known.Concat(new[] { policy }).ToList();

    internal static string F(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
