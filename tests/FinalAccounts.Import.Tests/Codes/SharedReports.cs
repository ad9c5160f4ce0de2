using System;
using System.IO;
using System.Linq;
using FinalAccounts.Testing;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary>The published PDFs under ../shared/reports/ beside the repository (read in place, never copied).</summary>
internal static class SharedReports
{
    public static string Directory => Path.Combine(Shared.Folder, "reports");

    /// <summary>Skips the calling [SkippableFact] (fails it under CI) when ../shared/reports/ is absent.</summary>
    public static void Require()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            throw Prerequisite.Missing("needs the published reports in ../shared/reports/ beside the repository root (looked for " + Directory + ")");
        }
    }

    /// <summary>Every PDF under ../shared/reports/, sorted.</summary>
    public static string[] Pdfs => System.IO.Directory.GetFiles(Directory, "*.pdf", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string PathOf(string relative) => Path.Combine(Directory, relative);
}
