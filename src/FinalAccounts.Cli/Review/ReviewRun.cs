using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FinalAccounts.Cli.Output;
using FinalAccounts.Review.Annotation;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Html;
using FinalAccounts.Review.Workbook;

namespace FinalAccounts.Cli.Review;

/// <summary>
/// <c>finacct check</c> over many reports, or with reviewer outputs: the files are checked in parallel
/// (<see cref="BatchReview"/>), each report's outputs written as soon as it is checked, then the summary. The exit code
/// is the worst report's (2 unreadable, 1 errors, 0 none).
/// </summary>
internal static class ReviewRun
{
    public static int Run(ReviewOptions o, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<ReportFile> files;
        try
        {
            files = ReportFiles.Find(o.Paths);
        }
        catch (ArgumentException ex)
        {
            return Fail(stderr, ex.Message.Split(" (Parameter")[0] + ".");
        }
        if (files.Count == 0) return Fail(stderr, "no .pdf, .xlsx or .json file in " + string.Join(", ", o.Paths) + ".");
        var single = files.Count == 1 && File.Exists(o.Paths[0]) && o.Paths.Count == 1;
        if (o.Format == "sarif" && !single) return Fail(stderr, "--format sarif is for one report; for several use --output-dir (one findings file each).");
        var htmlFile = single && o.Html != null && o.Html.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        var annotateFile = single && o.Annotate != null && o.Annotate.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        var problems = new List<string>();

        var results = BatchProgress.Show(stderr, files.Count, progress => BatchReview.Run(files, report =>
        {
            var lines = new List<string>();
            try
            {
                WriteOutputs(report, o, htmlFile, annotateFile, lines);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                lines.Add("finacct check: " + report.File.Path + ": an output could not be written: " + ex.Message);
            }
            progress.Done(report.Summary);
            return (report.Summary, Rows: o.Xlsx != null ? FindingRow.Of(report) : Array.Empty<FindingRow>(), Lines: lines, Single: single ? report : null);
        }, o.Parallel, o.Policy));

        var summary = new BatchSummary(results.Select(r => r.Summary).ToList());
        foreach (var line in results.SelectMany(r => r.Lines)) stderr.WriteLine(line);
        try
        {
            if (o.OutputDir != null)
            {
                OutputFile.Write(Path.Combine(o.OutputDir, "summary.json"), s => SummaryJsonWriter.Write(summary, s));
                OutputFile.Write(Path.Combine(o.OutputDir, "summary.csv"), s => SummaryCsvWriter.Write(summary, s));
            }
            if (o.Html != null && !htmlFile)
            {
                OutputFile.Write(Path.Combine(o.Html, "index.html"), s => Text(s, w => HtmlIndexWriter.Write(summary, r => r.Problem is null ? Uri.EscapeDataString(r.Name).Replace("%2F", "/", StringComparison.Ordinal) + ".html" : null, w)));
            }
            if (o.Xlsx != null) OutputFile.Write(o.Xlsx, s => FindingsWorkbook.Write(results.SelectMany(r => r.Rows), s));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, "cannot write the summary: " + ex.Message);
        }

        if (single && results[0].Single is { } one)
        {
            // One report named on its own: the same stdout as without the reviewer options.
            if (one.Check is null) return Fail(stderr, one.Problem ?? "unreadable report");
            var artifact = one.File.Path;
            var view = View(one, o.MinSeverity);
            FindingsOutput.Write(view, o.Format, stdout, text => TextFindingsWriter.Write(view, text, Colour.Enabled(stdout)));
            if (one.Import != null) ImportNotesWriter.Write(one.Import, o.Format == "text" ? stdout : stderr);
            return one.ExitCode;
        }
        if (o.Format == "json")
        {
            using var buffer = new MemoryStream();
            SummaryJsonWriter.Write(summary, buffer);
            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            foreach (var r in summary.Reports.Where(r => r.Problem != null)) stderr.WriteLine("finacct check: " + r.Problem);
            SummaryTable.Write(summary, stdout);
        }
        return summary.ExitCode;
    }

    private static void WriteOutputs(ReviewedReport report, ReviewOptions o, bool htmlFile, bool annotateFile, List<string> lines)
    {
        if (report.Check is null) return;
        if (o.OutputDir != null)
        {
            OutputFile.Write(OutputFile.For(o.OutputDir, report.File, ".findings.json"), s => Text(s, w => JsonFindingsWriter.Write(View(report, o.MinSeverity), w)));
        }
        if (o.Html != null)
        {
            OutputFile.Write(htmlFile ? o.Html : OutputFile.For(o.Html, report.File, ".html"), s => Text(s, w => HtmlReportWriter.Write(report, w)));
        }
        if (o.Annotate != null && report.Import != null && report.File.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var target = annotateFile ? o.Annotate : OutputFile.For(o.Annotate, report.File, string.Empty);
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(report.File.Path), StringComparison.Ordinal))
            {
                lines.Add("finacct check: " + report.File.Path + ": --annotate would overwrite the original; name another folder.");
                return;
            }
            AnnotationSummary? done = null;
            OutputFile.Write(target, s => done = PdfAnnotator.Annotate(report, s));
            if (done is { Unplaced: > 0 }) lines.Add($"finacct check: {report.File.Name}: {done.Unplaced} 个数字未能在页面上定位（无高亮；列示数的说明放在页边）");
        }
    }

    // The one findings model every output uses, for a report the batch has checked.
    private static FindingsView View(ReviewedReport report, FinalAccounts.Validation.Severity minimum)
        => new(report.Check!, minimum, Input.ReportInput.Of(report.Check!.Report, report.File.Path, report.Import));

    private static int Fail(TextWriter stderr, string english)
        => FinalAccounts.Cli.CommandLine.CliError.Fail(stderr, "check", "无法完成核对", "cannot complete the check", english);

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        write(w);
    }
}
