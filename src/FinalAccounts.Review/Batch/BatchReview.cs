using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FinalAccounts.Scoring;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// Checks many report files in parallel over the machine's cores. Each file is checked by <see cref="ReportReview.Check"/>
/// (a pure function of the file) and handed at once to the caller's <c>each</c>, on the worker thread, so outputs are
/// written while the report is in memory and only what <c>each</c> returns is kept.
/// </summary>
public static class BatchReview
{
    /// <summary>
    /// Runs <paramref name="each"/> over the check of every file and returns its results in the order of
    /// <paramref name="files"/>. Files start largest first, one at a time per free core, so one long PDF at the end
    /// does not leave the other cores idle. <paramref name="maxParallelism"/> defaults to the number of cores;
    /// <paramref name="policy"/> scores the 绩效自评表 (<see cref="ReportReview.Check"/>: every known policy when null).
    /// </summary>
    public static IReadOnlyList<T> Run<T>(IReadOnlyList<ReportFile> files, Func<ReviewedReport, T> each, int maxParallelism = 0, ScoringPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(each);
        var results = new T[files.Count];
        var order = Enumerable.Range(0, files.Count).OrderByDescending(i => SizeOf(files[i].Path)).ThenBy(i => i).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, i => results[i] = each(ReportReview.Check(files[i], policy)));
        return results;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0; // its check will say what is wrong
        }
    }
}
