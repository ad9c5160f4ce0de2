using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FinalAccounts.Review.Batch;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- folder-scaling</c>: a folder of eight copies of the Putuo PDF checked by
/// <see cref="BatchReview.Run"/> with one worker and with one per core, alternately, three rounds. Per run it prints the
/// wall time, reports per second, the process CPU time per report and the cores the process actually got (CPU ÷ wall).
/// On a machine other sessions load, wall-time scaling says how busy the neighbours were; CPU per report at N workers
/// against one worker says what parallelism itself costs (locks, GC, cache), which is what the ≥ 90 % target is about.
/// </summary>
internal static class FolderScaling
{
    private const int Copies = 8;

    public static void Run(TextWriter output)
    {
        var path = FinalAccounts.Testing.Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf");
        var temp = Directory.CreateTempSubdirectory("finacct-scaling-").FullName;
        try
        {
            var files = Enumerable.Range(0, Copies).Select(i =>
            {
                var copy = Path.Combine(temp, "r" + i + ".pdf");
                File.Copy(path, copy);
                return new ReportFile(copy, "r" + i + ".pdf");
            }).ToArray();
            BatchReview.Run(files.Take(2).ToArray(), r => r.Summary.Figures, 2); // warm up: JIT, PdfPig's font tables
            var process = Process.GetCurrentProcess();
            for (var round = 1; round <= 3; round++)
            {
                foreach (var workers in new[] { 1, Environment.ProcessorCount })
                {
                    GC.Collect();
                    process.Refresh();
                    var cpu0 = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    var figures = BatchReview.Run(files, r => r.Summary.Figures, workers).Sum();
                    watch.Stop();
                    process.Refresh();
                    var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
                    var wall = watch.Elapsed.TotalSeconds;
                    output.WriteLine(FormattableString.Invariant(
                        $"round {round}, {workers} worker(s): {wall:0.00} s wall, {Copies / wall:0.00} reports/s, {cpu / Copies * 1000:0} ms CPU per report, {cpu / wall:0.00} cores used ({figures} figures)"));
                }
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
