using System.IO;
using FinalAccounts.Testing;

namespace FinalAccounts.Review.Tests.Support;

/// <summary>Paths of the repository's seed and of ../shared beside it (through tests/FinalAccounts.Testing).</summary>
internal static class Repository
{
    private const string PutuoName = "shanghai-putuo-czj-2024-final-accounts.pdf";

    public static string Root() => FinalAccounts.Testing.Repository.Root;

    public static string Seed => FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json");

    /// <summary>The real 上海市普陀区财政局 2024 决算 PDF in ../shared/reports/ (may be absent on a fresh clone).</summary>
    public static string PutuoPdf => Path.Combine(Shared.Folder, "reports", PutuoName);

    /// <summary>The PDF, or a skip (a failure under CI) saying where to put it.</summary>
    public static string RequirePutuoPdf() => Shared.Report(PutuoName);

    /// <summary>True on CI, where a test that needs ../shared or chromium must fail rather than skip.</summary>
    public static bool OnCi => Prerequisite.IsCi;
}
