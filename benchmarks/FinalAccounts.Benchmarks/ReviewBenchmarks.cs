using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Review.Annotation;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Html;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Reviewer output on the real 25-page Putuo PDF (read in place from ../shared/reports/): the check alone (import + every
/// rule) as baseline, the check plus the HTML page, the check plus the annotated PDF; and a folder of eight copies
/// checked on one core against all cores (<see cref="BatchReview"/>), each operation one report.
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private const int Copies = 8;
    private ReportFile _file = null!;
    private ReportFile[] _folder = Array.Empty<ReportFile>();
    private string _temp = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = FinalAccounts.Testing.Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf");
        _file = new ReportFile(path, "putuo.pdf");
        // Eight distinct files, so the folder runs read eight files as a batch would.
        _temp = Directory.CreateTempSubdirectory("finacct-bench-").FullName;
        _folder = Enumerable.Range(0, Copies).Select(i =>
        {
            var copy = Path.Combine(_temp, "r" + i + ".pdf");
            File.Copy(path, copy);
            return new ReportFile(copy, "r" + i + ".pdf");
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_temp, recursive: true);

    [Benchmark(Baseline = true)]
    public int Check() => ReportReview.Check(_file).Summary.Figures;

    [Benchmark]
    public int CheckAndHtml()
    {
        var report = ReportReview.Check(_file);
        var w = new StringWriter();
        HtmlReportWriter.Write(report, w);
        return w.GetStringBuilder().Length;
    }

    [Benchmark]
    public long CheckAndAnnotate()
    {
        var report = ReportReview.Check(_file);
        using var output = new MemoryStream();
        PdfAnnotator.Annotate(report, output);
        return output.Length;
    }

    [Benchmark(OperationsPerInvoke = Copies)]
    public int FolderOneCore() => BatchReview.Run(_folder, r => r.Summary.Figures, maxParallelism: 1).Sum();

    [Benchmark(OperationsPerInvoke = Copies)]
    public int FolderAllCores() => BatchReview.Run(_folder, r => r.Summary.Figures).Sum();
}
