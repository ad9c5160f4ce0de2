using System;
using System.IO;
using FinalAccounts.Core.Tests.Reports;
using Xunit;

namespace FinalAccounts.Import.Tests.Corpus;

/// <summary>
/// A fact over ../shared/reports/ beside the repository: skipped, saying where to put them, when that folder is absent
/// (a clone on its own has none of it), except under CI=true, where a missing corpus must fail the run. (Replace by the
/// common skip helper once it lands on main.)
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedReportsFactAttribute : FactAttribute
{
    public SharedReportsFactAttribute()
    {
        if (!Directory.Exists(Folder) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "needs the shared reports at " + Folder + " (../shared/reports/ beside the repository)";
        }
    }

    public static string Folder => Path.GetFullPath(Path.Combine(PutuoReport.RepositoryRoot(), "..", "shared", "reports"));
}
