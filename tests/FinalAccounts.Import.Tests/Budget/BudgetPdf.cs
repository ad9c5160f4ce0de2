using System;
using System.Collections.Concurrent;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>The six real 部门/单位预算 PDFs under ../shared/reports/budget/, read in place and imported once per test run.</summary>
internal static class BudgetPdf
{
    public const string City = "shanghai-czj-2025-budget.pdf";
    public const string Finance = "shanghai-putuo-czj-2025-budget-department.pdf";
    public const string OfficeDepartment = "shanghai-putuo-government-office-2025-budget-department.pdf";
    public const string OfficeUnit = "shanghai-putuo-government-office-2025-budget-unit.pdf";
    public const string Wanli2024 = "shanghai-putuo-wanli-street-2024-budget.pdf";
    public const string Wanli2025 = "shanghai-putuo-wanli-street-2025-budget.pdf";

    private static readonly ConcurrentDictionary<string, Lazy<ImportResult>> s_imports = new(StringComparer.Ordinal);

    /// <summary>The PDF's path; a skip (a failure under CI) when ../shared is not there.</summary>
    public static string PathOf(string fileName) => FinalAccounts.Testing.Shared.File("reports", System.IO.Path.Combine("budget", fileName));

    public static ImportResult Import(string fileName)
        => s_imports.GetOrAdd(fileName, f => new Lazy<ImportResult>(() => ReportImporter.ImportFile(PathOf(f)))).Value;
}
