using System;
using FinalAccounts.Validation;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// The full real report (上海市普陀区财政局 2024, read in place from ../shared/reports) checked by every rule; the facts are
/// in <see cref="PutuoCheckFacts"/>.
/// </summary>
public sealed class PutuoReportCheckTests : PutuoCheckFacts
{
    private static readonly Lazy<CheckReport> s_result = new(() => ReportChecker.Check(PutuoReport.Load()));

    /// <inheritdoc />
    protected override CheckReport Result => s_result.Value;
}
