using System.CommandLine;
using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct check</c>: reads a report file (JSON) or imports a published one (PDF, XLSX), runs every rule (FA1xxx, and
/// FA2xxx for its evaluations under the chosen scoring policy), writes the findings as text, JSON or SARIF.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        // One file today. A later batch mode widens this argument to many files and folders and runs CheckOne per
        // file; everything below already works per file.
        var file = CommonOptions.ReportFile("报告文件 (report file): .json, 或发布的 (or a published) .pdf / .xlsx; 省略时检查内置样例 (omitted: the bundled seed report)");
        var format = CommonOptions.Format();
        var output = CommonOptions.Output("发现");
        var minSeverity = CommonOptions.MinSeverity();
        var policy = CommonOptions.Policy();
        var command = new Command("check",
            "核对决算公开报告中不可能成立的数字（已考虑四舍五入）。退出码：0 无错误，1 有错误，2 无法读取或用法错误。\n"
            + "Check a 决算公开 report for figures that cannot be true (rounding taken into account). Exit 0 no errors, 1 errors, 2 unreadable input or bad usage.")
        {
            file, format, output, minSeverity, policy,
        };
        command.SetAction(parse => CheckOne(parse.GetValue(file), parse.GetValue(format)!, parse.GetValue(output), CommonOptions.SeverityOf(parse.GetValue(minSeverity)!), parse.GetValue(policy)!, stdout, stderr));
        Examples.Add(command,
            "finacct check                                   # 内置样例 (the bundled seed report)",
            "finacct check report.pdf --min-severity=error   # 只看错误 (errors only)",
            "finacct check report.xlsx -f sarif -o out.sarif # SARIF 写入文件 (to a file)",
            "finacct check report.json --policy sichuan      # 按四川评分规则核对自评表 (score against Sichuan's policy)");
        return command;
    }

    /// <summary>Checks one file (or the seed when <paramref name="path"/> is null); the exit code counts every error, shown or not.</summary>
    internal static int CheckOne(string? path, string format, string? output, Severity minimum, ScoringPolicy policy, TextWriter stdout, TextWriter stderr)
    {
        var input = ReportInput.Load(path, "check", stderr);
        if (input is null) return CliError.ExitCode;

        // A report with 项目支出绩效自评表 gets their FA2xxx checks too.
        var view = new FindingsView(EvaluationChecker.CheckAll(input.Report, policy), minimum, input);
        var written = OutputTarget.Write(output, stdout, stderr, "check", w =>
        {
            switch (format)
            {
                case "json":
                    JsonFindingsWriter.Write(view, w);
                    break;
                case "sarif":
                    SarifWriter.Write(view, w);
                    break;
                default:
                    TextFindingsWriter.Write(view, w, output is null && Colour.Enabled(stdout));
                    if (input.Imported != null) ImportNotesWriter.Write(input.Imported, w);
                    break;
            }
        });
        if (written != 0) return written;

        // A PDF or XLSX is imported first; its FA4xxx notes follow the text findings, or go to stderr beside JSON and SARIF
        // (which stay one document), so a figure the import left out is never silently unchecked.
        if (input.Imported != null && format != "text") ImportNotesWriter.Write(input.Imported, stderr);
        return view.Result.HasErrors ? 1 : 0;
    }
}
