using System;
using System.IO;
using System.Linq;
using Xunit;

namespace FinalAccounts.Review.Tests.Support;

/// <summary>
/// The machine's Chromium (Debian: apt-get install chromium): FINALACCOUNTS_CHROMIUM, else the usual install paths.
/// Nothing is downloaded: the tests drive the system browser.
/// </summary>
internal static class Chromium
{
    private static readonly string[] s_known = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable" };

    public static string? PathOrNull()
    {
        var configured = Environment.GetEnvironmentVariable("FINALACCOUNTS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        return s_known.FirstOrDefault(File.Exists);
    }

    public static string PathOf() => PathOrNull() ?? throw new FileNotFoundException(ChromiumFactAttribute.Reason);
}

/// <summary>A browser test: skipped with the reason when no Chromium is installed, except on CI (CI=true), where it runs and fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Reason = "needs Chromium: apt-get install chromium (or set FINALACCOUNTS_CHROMIUM to a Chrome/Chromium executable)";

    public ChromiumFactAttribute()
    {
        if (Chromium.PathOrNull() is null && !Repository.OnCi) Skip = Reason;
    }
}

/// <summary>A browser test over the real PDF in ../shared: skipped when either is absent, except on CI.</summary>
public sealed class ChromiumSharedFactAttribute : FactAttribute
{
    public ChromiumSharedFactAttribute()
    {
        if (Repository.OnCi) return;
        if (Chromium.PathOrNull() is null) Skip = ChromiumFactAttribute.Reason;
        else if (!File.Exists(Repository.PutuoPdf)) Skip = "needs ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf beside the repository (" + Repository.PutuoPdf + ")";
    }
}
