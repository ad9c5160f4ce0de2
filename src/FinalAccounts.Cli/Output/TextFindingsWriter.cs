using System.IO;
using System.Linq;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.Output;

/// <summary>Findings for people: a summary line, then each finding with its rule, place and figures.</summary>
internal static class TextFindingsWriter
{
    public static void Write(FindingsView view, TextWriter w, bool colour)
    {
        var result = view.Result;
        var info = result.Report.Info;
        w.WriteLine($"{info.UnitName} {info.Year}年度{(info.Kind == FinalAccounts.Reports.ReportKind.Budget ? "预算" : "决算")} — {view.Input.Artifact}");
        var evaluations = result.Report.Evaluations.Count > 0 ? $"，{result.Report.Evaluations.Count} 张绩效自评表" : string.Empty;
        w.WriteLine($"{result.Report.Figures.Count} 个列示数字{evaluations}，{result.ChecksRun} 项核对，{result.RulesRun.Count} 条规则运行："
            + $"{result.Count(Severity.Error)} 个错误，{result.Count(Severity.Warning)} 个警告，{result.Count(Severity.Info)} 个舍入提示");
        w.WriteLine();
        WriteFindings(view, w, colour);
        if (result.RulesNotRun.Count > 0)
        {
            w.WriteLine("未运行的规则（未列示所需数字，或不适用于本类报告）: " + string.Join(" ", result.RulesNotRun.Select(r => r.Rule.Id)));
        }
    }

    /// <summary>Each shown finding: "错误 FA1010  place (line n | p. n)", the figures, the message; shared by check and score.</summary>
    public static void WriteFindings(FindingsView view, TextWriter w, bool colour)
    {
        foreach (var f in view.Shown)
        {
            var (label, code) = f.Severity switch
            {
                Severity.Error => ("错误", "31;1"),
                Severity.Warning => ("警告", "33"),
                _ => ("提示", "36"),
            };
            // An imported file's place is its page (in the location text); a report file's is also its line.
            var line = !view.ByPage && f.Location.Line > 0 ? $" (line {f.Location.Line})" : string.Empty;
            w.WriteLine(Colour.Paint($"{label} {f.RuleId}", code, colour) + $"  {f.Location}" + line);
            // Only a recomputation has an expected interval; a yes/no verdict or a rate on a zero base has none to print,
            // and a finding about words (a placeholder, a year) has no figures to show.
            if (f.Result.HasNumbers && f.Rule.Kind != RuleKind.ReviewerFlag && (f.Stated.IsMoney || f.Stated.IsPercentage)) w.WriteLine($"  列示 {f.Stated}   应为 [{f.Result.Expected.Min:0.####}, {f.Result.Expected.Max:0.####}]   精确计算 {f.Result.Exact:0.####}");
            w.WriteLine($"  {f.Message}");
            w.WriteLine();
        }
    }
}
