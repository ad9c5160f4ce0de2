using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1111 compares a determination of 财政拨款收入支出总计 with one of 一般公共预算财政拨款支出 only (the pair is one
/// quantity while 政府性基金 and 国有资本经营 are stated as 0 and both 决算 are 2931.85): two stated budgets of the two
/// totals are such a pair, located at the general one; two determinations of one total are FA1110's, even when they
/// disagree. Values worked by hand (quotients to 40 digits with Python's decimal) in the comments.
/// </summary>
public sealed class DerivedTwiceAliasPairTests
{
    private const string Total = "财政拨款收入支出总计";
    private const string General = "一般公共预算财政拨款支出";
    private const string TotalSection = "四、财政拨款收入支出决算总体情况说明";
    private const string GeneralSection = "五、一般公共预算财政拨款支出决算情况说明";

    private static SentenceReport Zeros(SentenceReport report) => report
        .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
        .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"));

    [Fact]
    public void Two_stated_budgets_of_the_two_totals_are_compared_at_the_general_one()
    {
        // Total's 年初预算 3900.00 ([3899.995, 3900.005]) in 2.4-1, the general one's 3843.73 ([3843.725, 3843.735]) in
        // 2.5-1: 3843.73 − 3900.00 = −56.27, at least 3899.995 − 3843.735 = 56.26 apart. Both are stated, so the finding
        // stays at the first, the quantity checked (一般公共预算财政拨款支出).
        var report = Zeros(new SentenceReport()
            .Say("2.4-1", TotalSection, "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3900.00"))
            .Say("2.5-1", GeneralSection, "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "年初预算", "3843.73")));
        var result = report.Check("FA1111");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal("2.5-1", finding.Location.StatementId);
        Assert.Equal(3900.00m, finding.Result.Exact);
        Assert.Equal(new Interval(3899.995m, 3900.005m), finding.Result.Expected);
        Assert.Equal(-56.27m, finding.Result.Difference);
        Assert.Equal(new[] { "3843.73", "3900.00" }, finding.Inputs.Select(f => f.Value));
        Assert.StartsWith("一般公共预算财政拨款支出（年初预算） 在报告中得出两个不同的值：列示 3843.73万元（" + GeneralSection + " [2.5-1]，允许 [3843.725, 3843.735]）；列示 3900.00万元（"
            + TotalSection + " [2.4-1]，允许 [3899.995, 3900.005]）。两者相差 -56.27万元（舍入后至少 56.26万元），舍入无法解释（报告称", finding.Message, System.StringComparison.Ordinal);
        // Each total states its budget once: nothing for FA1110 (two stated figures of one quantity would be FA1030's anyway).
        Assert.Equal(0, report.Check("FA1110").ChecksRun);
    }

    private static SentenceReport WithinTheGeneralOne() => Zeros(new SentenceReport()
        // Total: 2931.85 ÷ 76.00% = 3857.6974, allowing [2931.845 ÷ 0.76005, 2931.855 ÷ 0.75995] = [3857.4370, 3857.9578].
        .Say("2.4-1", TotalSection, "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "完成年初预算率", "76.00", "%"))
        // General: stated 3857.50 ([3857.495, 3857.505]); 2931.85 − (−925.80) = 3857.65 ([3857.64, 3857.66]) from 2.5-2
        // alone and again from 2.5-1's 决算 with 2.5-2's change. Each lies inside the total's interval.
        .Say("2.5-1", GeneralSection, "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "年初预算", "3857.50"))
        .Say("2.5-2", GeneralSection, "较年初预算。", F(General, "决算", "2931.85"), F(General, "较年初预算增减", "-925.80")));

    [Fact]
    public void A_disagreement_within_one_total_is_not_FA1111s()
    {
        // Every determination of the general total meets the total's: FA1111 compares and passes, though two of the
        // general one's own disagree.
        var result = WithinTheGeneralOne().Check("FA1111");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void The_same_disagreement_is_FA1110s_though_less_than_one_wan_yuan()
    {
        // Stated 3857.50 (2.5-1) against 3857.65 from 2.5-2 alone: −0.15, at least 3857.64 − 3857.505 = 0.135 apart. The
        // 3857.65 that uses 2.5-1's 决算 shares the stated figure's statement; the total's quotient is FA1111's: both listed.
        var result = WithinTheGeneralOne().Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("3857.50", finding.Stated.Value);
        Assert.Equal(-0.15m, finding.Result.Difference);
        Assert.Equal(new[] { "2.5-1", "2.5-2", "2.5-2" }, finding.Inputs.Select(f => f.Location.StatementId));
        Assert.Contains("。两者相差 -0.15万元（舍入后至少 0.135万元），舍入无法解释。其他得出：按 一般公共预算财政拨款支出 决算 2931.85万元 − 较年初预算增减 -925.80万元 得 3857.65万元（"
            + GeneralSection + " [2.5-1]、" + GeneralSection + " [2.5-2]）；按 财政拨款收入支出总计 决算 2931.85万元 ÷ 完成年初预算率 76.00% 得 3857.6974万元（" + TotalSection + " [2.4-1]）。", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("应为同一数", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Both_bases_of_the_totals_are_compared_last_years_through_the_totals_change_and_rate()
    {
        // 年初预算: the general one's 3843.73 (2.5-1) against the total's 3900.00 (2.4-1): a finding, as above.
        // 上年决算: the general one's stated 2000.00 (2.5-1, [1999.995, 2000.005]) against the total's 500.00 ÷ 25.00% = 2000
        // (2.4-1, [499.995 ÷ 0.25005, 500.005 ÷ 0.24995] = [1999.5801, 2000.4201]): they meet, a passed check. (The
        // total's 决算 − 较上年决算增减 = 2431.85 uses 2.5-1's 决算, the stated figure's statement: not compared.)
        var result = Zeros(new SentenceReport()
            .Say("2.4-1", TotalSection, "财政拨款收入支出总计。", F(Total, "年初预算", "3900.00"), F(Total, "较上年决算增减", "500.00"), F(Total, "较上年决算增减率", "25.00", "%"))
            .Say("2.5-1", GeneralSection, "一般公共预算财政拨款支出。", F(Total, "决算", "2931.85"), F(General, "决算", "2931.85"), F(General, "年初预算", "3843.73"), F(General, "上年决算", "2000.00")))
            .Check("FA1111");
        Assert.Equal(2, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal(-56.27m, finding.Result.Difference);
    }

    [Fact]
    public void A_stated_budget_of_the_total_is_where_the_finding_is_when_the_general_one_is_derived()
    {
        // The total states 3843.73 (2.4-1, [3843.725, 3843.735]); the general one derives 2931.85 − (−925.68) = 3857.53
        // (2.5-1, [3857.52, 3857.54]): 3843.73 − 3857.53 = −13.80, at least 3857.52 − 3843.735 = 13.785 apart. The finding
        // is at the stated figure, though it is the alias's.
        var finding = Assert.Single(Zeros(new SentenceReport()
            .Say("2.4-1", TotalSection, "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3843.73"))
            .Say("2.5-1", GeneralSection, "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "较年初预算增减", "-925.68")))
            .Check("FA1111").Findings);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal("2.4-1", finding.Location.StatementId);
        Assert.Equal(-13.80m, finding.Result.Difference);
        Assert.StartsWith("一般公共预算财政拨款支出（年初预算） 在报告中得出两个不同的值：列示 3843.73万元（" + TotalSection + " [2.4-1]，允许 [3843.725, 3843.735]）；按 一般公共预算财政拨款支出 决算 2931.85万元 − 较年初预算增减 -925.68万元 得 3857.53万元（"
            + GeneralSection + " [2.5-1]，允许 [3857.52, 3857.54]）。两者相差 -13.8万元（舍入后至少 13.785万元）", finding.Message, System.StringComparison.Ordinal);
    }
}
