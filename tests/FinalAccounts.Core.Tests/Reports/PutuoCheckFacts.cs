using System.Linq;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// What every rule must find in the real 上海市普陀区财政局 2024 report, worked out by hand from the printed figures: one
/// set of facts for the text-layer model (PutuoReportCheckTests) and the PDF import (FinalAccounts.Import.Tests, which
/// links this file).
/// </summary>
public abstract class PutuoCheckFacts
{
    /// <summary>The check of the report as the reader under test produced it.</summary>
    protected abstract CheckReport Result { get; }

    [SkippableFact]
    public void The_narrative_total_of_0_3_contradicts_table_4()
    {
        // 说明 四 states 财政拨款收入支出总计 0.3万元; 表4 prints 2,961.68.
        var f = Assert.Single(Result.Findings, x => x.RuleId == "FA1030" && x.Severity == Severity.Error);
        Assert.Equal("0.3", f.Stated.Value);
        Assert.Equal(2961.68m, f.Result.Exact);
        Assert.Equal("财政拨款收入支出总计", f.Stated.Key.Concept);
    }

    [SkippableFact]
    public void The_share_of_general_public_services_is_wrong()
    {
        // 说明 五(二): 一般公共服务支出 2106.66 / 2940.05 = 71.6539…% → 71.65%, printed 71.73%.
        var f = Assert.Single(Result.Findings, x => x.RuleId == "FA1022");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("71.73", f.Stated.Value);
        Assert.Equal(71.65m, decimal.Round(f.Result.Exact, 2));
    }

    [SkippableFact]
    public void Only_those_two_figures_are_errors_and_nothing_is_truncated()
    {
        Assert.Equal(2, Result.Count(Severity.Error));
        Assert.Equal(0, Result.Count(Severity.Warning));
    }

    [SkippableFact]
    public void Economic_class_totals_off_by_rounding_are_info()
    {
        // 表6: 301 prints 2,082.85, its 款 add up to 2082.86; 302 prints 171.07, its 12 款 add up to 171.09
        // (12 parts and a total allow 0.005 × 13 = 0.065).
        var findings = Result.Findings.Where(x => x.RuleId == "FA1041").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(findings, f => f.Stated.Code == "301" && f.Result.Exact == 2082.86m);
        Assert.Contains(findings, f => f.Stated.Code == "302" && f.Result.Exact == 171.09m);
    }

    [SkippableFact]
    public void A_class_printed_326_71_in_one_table_and_326_72_in_others_is_rounding()
    {
        // 社会保障和就业支出: 326.71 in 表1/表4, 326.72 in 表2/表3/表5; its 项 add up to 326.72.
        var findings = Result.Findings.Where(x => x.Stated.Value == "326.71" || x.Stated.Value == "326.72").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [SkippableFact]
    public void Every_table_rule_runs_on_real_data()
    {
        var run = Result.RulesRun.Select(r => r.Id).ToList();
        foreach (var id in new[] { "FA1001", "FA1002", "FA1003", "FA1004", "FA1005", "FA1006", "FA1030", "FA1040", "FA1041", "FA1050" })
        {
            Assert.Contains(id, run);
        }
    }
}
