using System;
using System.IO;

namespace FinalAccounts.Review.Tests.Support;

/// <summary>Paths of the repository's seed and of ../shared beside it.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.Core.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("No folder containing FinalAccounts.Core.sln above " + AppContext.BaseDirectory);
    }

    public static string Seed => Path.Combine(Root(), "seeds", "reports", "wuhai-hrss-2024.json");

    /// <summary>The real 上海市普陀区财政局 2024 决算 PDF in ../shared/reports/ (may be absent on a fresh clone).</summary>
    public static string PutuoPdf => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "reports", "shanghai-putuo-czj-2024-final-accounts.pdf"));

    /// <summary>True on CI, where a test that needs ../shared or chromium must fail rather than skip.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
