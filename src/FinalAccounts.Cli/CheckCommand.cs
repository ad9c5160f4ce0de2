using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Cli.Review;
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
        // One file goes through CheckOne; several, a folder or a reviewer output through ReviewRun (in parallel, with a summary).
        var files = new Argument<string[]>("files")
        {
            Description = "报告文件或文件夹 (report files or folders): .json, 或发布的 (or published) .pdf / .xlsx; 省略时检查内置样例 (omitted: the bundled seed report)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        CommonOptions.RejectOptionLike(files);
        var options = new FindingsOptions("发现");
        var outputDir = new Option<string?>("--output-dir") { Description = "每份报告一个发现文件及汇总 (one findings file per report + summary.json/.csv)", HelpName = "dir" };
        var html = new Option<string?>("--html") { Description = "每份报告一个 HTML 页面 (an HTML page per report: a .html file for one report, else a folder with index.html)", HelpName = "file|dir" };
        var annotate = new Option<string?>("--annotate") { Description = "在 PDF 上标注发现 (the PDFs with highlight annotations: a .pdf file for one report, else a folder)", HelpName = "file|dir" };
        var xlsx = new Option<string?>("--xlsx") { Description = "全部发现写入一张工作表 (every finding in one sheet)", HelpName = "file" };
        var parallel = new Option<int>("--parallel") { Description = "同时核对的报告数 (reports at once; default: the number of cores)", HelpName = "n" };
        // Checked on the token: a token that is no number is already System.CommandLine's own parse error.
        parallel.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 1) r.AddError("--parallel 须为至少 1 的整数 (needs a whole number of at least 1)");
        });
        var cross = new Option<bool>("--cross") { Description = "跨报告核对：两份报告，或在多份报告/文件夹中按单位、级次、类型和年度自动配对 (cross-check two reports of one unit — a 预算 and its year's 决算, two 预算 or two 决算 of consecutive years — or find such pairs among many files and folders)" };
        var command = new Command("check",
            "核对决算公开报告中不可能成立的数字（已考虑四舍五入）。退出码：0 无错误，1 有错误，2 无法读取或用法错误。\n"
            + "Check a 决算公开 report for figures that cannot be true (rounding taken into account). Exit 0 no errors, 1 errors, 2 unreadable input or bad usage.")
        {
            files,
        };
        options.AddTo(command);
        foreach (var option in new Option[] { outputDir, html, annotate, xlsx, parallel, cross }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? Array.Empty<string>();
            var chosen = options.Read(parse);
            var minimum = chosen.Minimum;
            var review = new ReviewOptions
            {
                OutputDir = parse.GetValue(outputDir),
                Html = parse.GetValue(html),
                Annotate = parse.GetValue(annotate),
                Xlsx = parse.GetValue(xlsx),
                Parallel = parse.GetValue(parallel),
                Format = chosen.Format,
                MinSeverity = minimum,
                Policy = chosen.Policy,
            };
            if (parse.GetValue(cross))
            {
                if (paths.Length == 0) return CliError.Fail(stderr, "check", "--cross 需要至少两份报告（文件或文件夹）", "--cross needs at least two reports (files or folders)");
                return CrossCommand.Run(paths, chosen.Format, chosen.Output, minimum, stdout, stderr);
            }
            review.Paths.AddRange(paths);
            if (paths.Length > 1 || review.AnyOutput || (paths.Length == 1 && Directory.Exists(paths[0])))
            {
                if (paths.Length == 0) return CliError.Fail(stderr, "check", "请指定要核对的报告（文件或文件夹）", "name the reports (files or folders) to check");
                return ReviewRun.Run(review, stdout, stderr);
            }
            return CheckOne(paths.FirstOrDefault(), chosen.Format, chosen.Output, minimum, chosen.Policy, stdout, stderr);
        });
        Examples.Add(command,
            "finacct check                                   # 内置样例 (the bundled seed report)",
            "finacct check report.pdf --min-severity=error   # 只看错误 (errors only)",
            "finacct check report.xlsx -f sarif -o out.sarif # SARIF 写入文件 (to a file)",
            "finacct check report.json --policy sichuan      # 按四川评分规则核对自评表 (score against Sichuan's policy)",
            "finacct check reports/ --output-dir out --html out/html   # 整个文件夹并行核对 (a whole folder, in parallel)",
            "finacct check 2024预算.pdf 2025预算.pdf --cross   # 两年预算互相核对 (two years of 预算 against each other)",
            "finacct check reports/ --cross                  # 自动配对后逐对核对 (find the pairs in a folder and check each)");
        return command;
    }

    /// <summary>Checks one file (or the seed when <paramref name="path"/> is null); the exit code counts every error, shown or not.</summary>
    internal static int CheckOne(string? path, string format, string? output, Severity minimum, ScoringPolicy policy, TextWriter stdout, TextWriter stderr)
    {
        var input = ReportInput.Load(path, "check", stderr);
        if (input is null) return CliError.ExitCode;

        // A report with 项目支出绩效自评表 gets their FA2xxx checks too.
        var view = new FindingsView(EvaluationChecker.CheckAll(input.Report, policy), minimum, input);
        var written = OutputTarget.Write(output, stdout, stderr, "check", w => FindingsOutput.Write(view, format, w, text =>
        {
            TextFindingsWriter.Write(view, text, output is null && Colour.Enabled(stdout));
            if (input.Imported != null) ImportNotesWriter.Write(input.Imported, text);
        }));
        if (written != 0) return written;

        // A PDF or XLSX is imported first; its FA4xxx notes follow the text findings, or go to stderr beside JSON and SARIF
        // (which stay one document), so a figure the import left out is never silently unchecked.
        if (input.Imported != null && format != "text") ImportNotesWriter.Write(input.Imported, stderr);
        return view.Result.HasErrors ? 1 : 0;
    }
}
