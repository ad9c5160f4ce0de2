using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110 reports a quantity's widest disagreement, measured between the intervals (the least distance rounding leaves),
/// whichever side of the derived value a stated figure lies on; and a report with many 决算 figures and few budgets (the
/// usual report) checks only the quantities that have something to compare.
/// </summary>
public sealed class DerivedTwiceWidestPairTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";
    private const string Project = "项目支出";

    [Fact]
    public void The_farther_stated_figure_is_reported_by_the_least_distance_rounding_leaves()
    {
        // Derived 1900.00 − 400.00 = 1500 ([1499.99, 1500.01]). Stated 1449.98 ([1449.975, 1449.985]) lies below it, at
        // least 1499.99 − 1449.985 = 50.005 away; stated 1550.03 ([1550.025, 1550.035]) above, at least 1550.025 −
        // 1500.01 = 50.015 away: the farther one. (Measured from the lower figure's low end, 1449.975, the one below would
        // be 50.015 away too, and being first it would be kept.)
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "甲。", F(Project, "年初预算", "1449.98"))
            .Say("2.7-3", Section, "乙。", F(Project, "年初预算", "1550.03"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("1550.03", finding.Stated.Value);
        Assert.Equal(50.03m, finding.Result.Difference);
        Assert.Contains("两者相差 50.03万元（舍入后至少 50.015万元）", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("其他得出：列示 1449.98万元（" + Section + " [2.7-2]）。", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void Many_actuals_without_a_budget_are_passed_over()
    {
        // One quantity with a stated budget and a derivation in two sentences (1500 both: one passed check), and 60 other
        // 决算 figures of 60 concepts that have no 年初预算, 增减 or 上年决算: nothing to determine for them.
        var report = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "年初预算。", F(Project, "年初预算", "1500.00"))
            .Say("2.7-3", Section, "其他支出。", Enumerable.Range(1, 60).Select(i => F("其他支出" + i, "决算", i + ".00")).ToArray());
        var result = report.Check("FA1110");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        // The same with the budget disagreeing (1550.00): the one finding.
        var broken = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "年初预算。", F(Project, "年初预算", "1550.00"))
            .Say("2.7-3", Section, "其他支出。", Enumerable.Range(1, 60).Select(i => F("其他支出" + i, "决算", i + ".00")).ToArray())
            .Check("FA1110");
        Assert.Equal("1550.00", Assert.Single(broken.Findings).Stated.Value);
    }
}
