using System;
using System.IO;
using System.Linq;
using FinalAccounts.Core.Tests.Reports;
using Xunit;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary>The published PDFs under ../shared/reports/ beside the repository (read in place, never copied).</summary>
internal static class SharedReports
{
    public static string Directory => Path.GetFullPath(Path.Combine(PutuoReport.RepositoryRoot(), "..", "shared", "reports"));

    public static bool Present => System.IO.Directory.Exists(Directory);

    /// <summary>Every PDF under ../shared/reports/, sorted.</summary>
    public static string[] Pdfs => System.IO.Directory.GetFiles(Directory, "*.pdf", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string PathOf(string relative) => Path.Combine(Directory, relative);
}

/// <summary>
/// A fact that needs ../shared/reports/: skipped with the reason when it is absent, except under CI=true, where the
/// test runs (and fails) so a CI run can never pass by skipping it.
/// </summary>
public sealed class SharedReportsFactAttribute : FactAttribute
{
    public SharedReportsFactAttribute()
    {
        if (!SharedReports.Present && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "needs the published reports in ../shared/reports/ beside the repository (" + SharedReports.Directory + ")";
        }
    }
}
