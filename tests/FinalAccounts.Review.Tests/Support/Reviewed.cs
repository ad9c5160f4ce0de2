using System;
using System.Collections.Concurrent;
using System.IO;
using FinalAccounts.Review.Batch;

namespace FinalAccounts.Review.Tests.Support;

/// <summary>Checked reports shared by the tests, each checked once per run.</summary>
internal static class Reviewed
{
    private static readonly ConcurrentDictionary<string, Lazy<ReviewedReport>> s_cache = new();

    public static ReviewedReport Seed => Of(Repository.Seed);

    public static ReviewedReport Putuo => Of(Repository.PutuoPdf);

    public static ReviewedReport Of(string path) => s_cache.GetOrAdd(path, p => new Lazy<ReviewedReport>(() => ReportReview.Check(new ReportFile(p, Path.GetFileName(p))))).Value;
}
