using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct check a b --cross</c>: two reports of one unit against each other (<see cref="CrossChecker"/>: two years of
/// 预算, or a 决算 and its year's 预算). A pair that is not one unit, or of kinds and years no rule relates, is a note
/// saying why, exit 0: nothing is guessed.
/// </summary>
internal static class CrossCommand
{
    public static int Run(string firstPath, string secondPath, string format, string? output, Severity minimum, TextWriter stdout, TextWriter stderr)
    {
        var first = ReportInput.Load(firstPath, "check", stderr);
        if (first is null) return CliError.ExitCode;
        var second = ReportInput.Load(secondPath, "check", stderr);
        if (second is null) return CliError.ExitCode;
        var result = CrossChecker.Check(first.Report, second.Report);
        var judged = ReferenceEquals(result.Report, first.Report) ? first : second;
        var other = ReferenceEquals(judged, first) ? second : first;
        var view = new FindingsView(result, minimum, judged);
        var written = OutputTarget.Write(output, stdout, stderr, "check", w => FindingsOutput.Write(view, format, w, text =>
        {
            text.WriteLine($"跨报告核对 (cross check): {judged.Artifact} ↔ {other.Artifact}");
            text.WriteLine($"{result.ChecksRun} 项核对，{result.RulesRun.Count} 条规则运行：{result.Count(Severity.Error)} 个错误，{result.Count(Severity.Warning)} 个警告，{result.Count(Severity.Info)} 个舍入提示");
            text.WriteLine();
            TextFindingsWriter.WriteFindings(view, text, output is null && Colour.Enabled(stdout));
            foreach (var notRun in result.RulesNotRun) text.WriteLine("注意 " + notRun.Rule.Id + " 未运行：" + notRun.Reason);
        }));
        if (written != 0) return written;
        return result.HasErrors ? 1 : 0;
    }
}
