using System;
using System.IO;
using System.Linq;
using FinalAccounts.Testing;

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

    /// <summary>What a browser test says when no Chromium is installed.</summary>
    public const string Reason = "needs Chromium: apt-get install chromium (or set FINALACCOUNTS_CHROMIUM to a Chrome/Chromium executable)";

    public static string PathOf() => PathOrNull() ?? throw new FileNotFoundException(Reason);

    /// <summary>Skips the calling test (fails it under CI) when no Chromium is installed.</summary>
    public static void Require()
    {
        if (PathOrNull() is null) throw Prerequisite.Missing(Reason);
    }
}
