using System;

namespace FinalAccounts.Import.Tests.Putuo;

/// <summary>The real 上海市普陀区财政局 2024年度部门决算 PDF (25 pages), read in place from ../shared/reports/ beside the repository.</summary>
internal static class PutuoPdf
{
    public const string FileName = "shanghai-putuo-czj-2024-final-accounts.pdf";

    private static readonly Lazy<ImportResult> s_import = new(() => ReportImporter.ImportFile(PathOf()));

    /// <summary>The PDF under ../shared/reports/; a skip (a failure under CI) when it is not there.</summary>
    public static string PathOf() => FinalAccounts.Testing.Shared.Report(FileName);

    /// <summary>The import, done once per test run.</summary>
    public static ImportResult Import => s_import.Value;
}
