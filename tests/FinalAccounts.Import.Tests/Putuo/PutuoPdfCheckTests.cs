using System;
using System.Linq;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Putuo;

/// <summary>
/// Every rule on the imported PDF: the two real errors the JSON-model test (PutuoReportCheckTests) found, worked out by
/// hand, and nothing that rounding explains reported as an error or warning.
/// </summary>
public sealed class PutuoPdfCheckTests
{
    private static readonly Lazy<CheckReport> s_result = new(() => ReportChecker.Check(PutuoPdf.Import.Report));

    [Fact]
    public void The_narrative_total_of_0_3_contradicts_table_4()
    {
        var f = Assert.Single(s_result.Value.Findings, x => x.RuleId == "FA1030" && x.Severity == Severity.Error);
        Assert.Equal("0.3", f.Stated.Value);
        Assert.Equal(2961.68m, f.Result.Exact);
        Assert.Equal("财政拨款收入支出总计", f.Stated.Key.Concept);
        Assert.Equal(21, f.Location.Page);
    }

    [Fact]
    public void The_share_of_general_public_services_is_wrong()
    {
        // 2106.66 / 2940.05 = 71.6539…% → 71.65 %, printed 71.73 %.
        var f = Assert.Single(s_result.Value.Findings, x => x.RuleId == "FA1022");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("71.73", f.Stated.Value);
        Assert.Equal(71.65m, decimal.Round(f.Result.Exact, 2));
    }

    [Fact]
    public void Only_those_two_figures_are_errors_and_nothing_else_is_flagged()
    {
        Assert.Equal(2, s_result.Value.Count(Severity.Error));
        Assert.Equal(0, s_result.Value.Count(Severity.Warning));
    }

    [Fact]
    public void The_326_71_and_326_72_of_different_tables_are_rounding()
    {
        var findings = s_result.Value.Findings.Where(x => x.Stated.Value == "326.71" || x.Stated.Value == "326.72").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
    }
}
