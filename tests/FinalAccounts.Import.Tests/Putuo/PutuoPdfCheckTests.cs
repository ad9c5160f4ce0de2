using System;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Putuo;

/// <summary>
/// Every rule on the imported PDF: the same findings as on the text-layer model (<see cref="PutuoCheckFacts"/>), each
/// pointing at its page.
/// </summary>
public sealed class PutuoPdfCheckTests : PutuoCheckFacts
{
    private static readonly Lazy<CheckReport> s_result = new(() => ReportChecker.Check(PutuoPdf.Import.Report));

    /// <inheritdoc />
    protected override CheckReport Result => s_result.Value;

    [SkippableFact]
    public void The_contradicting_total_points_at_its_page()
    {
        var f = Assert.Single(Result.Findings, x => x.RuleId == "FA1030" && x.Severity == Severity.Error);
        Assert.Equal(21, f.Location.Page);
    }
}
