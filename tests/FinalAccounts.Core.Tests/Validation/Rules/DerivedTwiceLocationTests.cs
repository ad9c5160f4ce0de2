using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Where FA1110 puts a finding: at the first figure of the first derivation when no figure of the quantity is stated,
/// and, of two disagreements equally wide, at the one met first in the report's order (so a finding does not move from
/// run to run); two findings at one figure come in the order of their quantities' names. Quotients computed independently to 40 digits (Python's decimal), shown to 4 places as messages print them.
/// </summary>
public sealed class DerivedTwiceLocationTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";
    private const string Project = "项目支出";

    private static string At(string id) => Section + " [" + id + "]";

    [Fact]
    public void Two_derivations_without_a_stated_budget_are_located_at_the_first()
    {
        // 2.7-1: 1900.00 − 400.00 = 1500 ([1499.99, 1500.01]). 2.7-2: 500.00 ÷ 25.00% = 2000 ([499.995 ÷ 0.25005,
        // 500.005 ÷ 0.24995] = [1999.5801, 2000.4201]). The two mixed ones (1900.00 − 500.00 = 1400, 400.00 ÷ 25.00% =
        // 1600) share a statement with each, so only 1500 and 2000 are compared: −500, at least 1999.5801 − 1500.01 =
        // 499.5701 apart. Neither is stated: the finding is at 1500's first figure, 2.7-1's 决算.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出决算1900.00万元，较年初预算增加400.00万元。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "较年初预算增加500.00万元，增长25.00%。", F(Project, "较年初预算增减", "500.00"), F(Project, "较年初预算增减率", "25.00", "%"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("1900.00", finding.Stated.Value);
        Assert.Equal("2.7-1", finding.Location.StatementId);
        Assert.Equal(2000m, finding.Result.Exact);
        Assert.Equal(-500m, finding.Result.Difference);
        Assert.Equal(new[] { "1900.00", "400.00", "500.00", "25.00" }, finding.Inputs.Select(f => f.Value));
        Assert.Equal("项目支出（年初预算） 在报告中得出两个不同的值：按 项目支出 决算 1900.00万元 − 较年初预算增减 400.00万元 得 1500万元（" + At("2.7-1") + "，允许 [1499.99, 1500.01]）；"
            + "按 较年初预算增减 500.00万元 ÷ 较年初预算增减率 25.00% 得 2000万元（" + At("2.7-2") + "，允许 [1999.5801, 2000.4201]）。两者相差 -500万元（舍入后至少 499.5701万元），舍入无法解释。"
            + "其他得出：按 项目支出 决算 1900.00万元 − 较年初预算增减 500.00万元 得 1400万元（" + At("2.7-1") + "、" + At("2.7-2") + "）；"
            + "按 较年初预算增减 400.00万元 ÷ 较年初预算增减率 25.00% 得 1600万元（" + At("2.7-1") + "、" + At("2.7-2") + "）。", finding.Message);
    }

    [Fact]
    public void Of_two_disagreements_equally_wide_the_first_in_the_report_is_kept()
    {
        // Derived 1900.00 − 400.00 = 1500 ([1499.99, 1500.01]) in 2.7-1. Stated 1449.98 ([1449.975, 1449.985]) in 2.7-2 is
        // at least 1499.99 − 1449.985 = 50.005 below it; stated 1550.02 ([1550.015, 1550.025]) in 2.7-3 at least
        // 1550.015 − 1500.01 = 50.005 above it: as wide, so the first stated (2.7-2) is reported.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "甲。", F(Project, "年初预算", "1449.98"))
            .Say("2.7-3", Section, "乙。", F(Project, "年初预算", "1550.02"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("1449.98", finding.Stated.Value);
        Assert.Equal(-50.02m, finding.Result.Difference);
        Assert.EndsWith("两者相差 -50.02万元（舍入后至少 50.005万元），舍入无法解释。其他得出：列示 1550.02万元（" + At("2.7-3") + "）。", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_findings_at_one_figure_come_in_the_order_of_their_quantities_names()
    {
        // 2.7-1's 决算 1900.00 with 较年初预算增减 400.00 and 较上年决算增减 300.00 gives 年初预算 1500 and 上年决算 1600;
        // 2.7-2's 500.00 ÷ 25.00% gives both as 2000 ([1999.5801, 2000.4201]). Nothing is stated, so both findings are at
        // 2.7-1's 决算, where the checker keeps the rule's order: by name, "项目支出（上年决算）" before "项目支出（年初预算）"
        // (上 U+4E0A < 年 U+5E74), though the budget is determined first.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出决算1900.00万元，较年初预算增加400.00万元，较上年决算增加300.00万元。",
                F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"), F(Project, "较上年决算增减", "300.00"))
            .Say("2.7-2", Section, "较年初预算、较上年决算均增加500.00万元，均增长25.00%。",
                F(Project, "较年初预算增减", "500.00"), F(Project, "较年初预算增减率", "25.00", "%"), F(Project, "较上年决算增减", "500.00"), F(Project, "较上年决算增减率", "25.00", "%"))
            .Check("FA1110");
        Assert.Equal(2, result.ChecksRun);
        Assert.Equal(new[] { "项目支出（上年决算）", "项目支出（年初预算）" }, result.Findings.Select(f => f.Message.Substring(0, f.Message.IndexOf(' ', System.StringComparison.Ordinal))));
        Assert.All(result.Findings, f => Assert.Equal("1900.00", f.Stated.Value));
        // 1600 − 2000 and 1500 − 2000.
        Assert.Equal(new[] { -400m, -500m }, result.Findings.Select(f => f.Result.Difference));
    }
}
