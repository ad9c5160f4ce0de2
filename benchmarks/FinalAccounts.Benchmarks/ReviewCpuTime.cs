using System;
using System.Diagnostics;
using System.IO;
using FinalAccounts.Review.Annotation;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Html;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- review-cpu</c>: what the HTML page and the annotated PDF add to a check of the Putuo PDF, in
/// process CPU time rather than wall time — on a machine other sessions load, wall-time ratios (ReviewBenchmarks) swing
/// by tens of percent while CPU time stays put. Three rounds of five checks, each followed by the page and the annotation.
/// </summary>
internal static class ReviewCpuTime
{
    public static void Run(TextWriter output)
    {
        var path = FinalAccounts.Testing.Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf");
        var file = new ReportFile(path, "putuo.pdf");
        for (var i = 0; i < 3; i++) ReportReview.Check(file);
        var process = Process.GetCurrentProcess();
        for (var round = 1; round <= 3; round++)
        {
            double check = 0, html = 0, annotate = 0;
            const int n = 5;
            for (var i = 0; i < n; i++)
            {
                var t0 = Cpu(process);
                var report = ReportReview.Check(file);
                var t1 = Cpu(process);
                HtmlReportWriter.Write(report, new StringWriter());
                var t2 = Cpu(process);
                PdfAnnotator.Annotate(report, new MemoryStream());
                var t3 = Cpu(process);
                check += t1 - t0;
                html += t2 - t1;
                annotate += t3 - t2;
            }
            output.WriteLine(FormattableString.Invariant($"round {round}: check {check / n:0} ms CPU, html +{html / n:0} ms ({html / check:P1}), annotate +{annotate / n:0} ms ({annotate / check:P1})"));
        }
    }

    private static double Cpu(Process p)
    {
        p.Refresh();
        return p.TotalProcessorTime.TotalMilliseconds;
    }
}
