using System;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Core.Tests.Scoring;

/// The seed report's five 项目支出绩效自评表, read once.
internal static class Seed
{
    private static readonly Lazy<FinalAccountsReport> s_report = new(() => ReportReader.ReadFile(Path()));

    public static FinalAccountsReport Report => s_report.Value;

    public static PerformanceEvaluation Evaluation(string id) => Report.Evaluations.Single(e => e.Id == id);

    public static PerformanceIndicator Row(string id, string level3) => Evaluation(id).Indicators.First(i => i.Level3 == level3);

    private static string Path() => FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json");
}
