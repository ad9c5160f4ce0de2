using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110 while the two totals are one quantity (政府性基金 and 国有资本经营 stated as 0, both 决算 2931.85): a
/// disagreement within 一般公共预算财政拨款支出 is reported between its own determinations only — the total's, via the
/// alias, is FA1111's to compare, even when it is the farthest — and is listed among the other determinations; a
/// disagreement within 财政拨款收入支出总计 lists the general one's the same way.
/// </summary>
public sealed class DerivedTwiceAliasOthersTests
{
    private const string Total = "财政拨款收入支出总计";
    private const string General = "一般公共预算财政拨款支出";

    [Fact]
    public void The_totals_determination_is_listed_but_not_compared()
    {
        var result = new SentenceReport()
            .Say("2.4-1", "四、总体情况", "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "较年初预算增减", "-2000.00"))
            .Say("2.5-1", "五、一般公共预算", "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "年初预算", "3843.73"))
            .Say("2.5-2", "五、一般公共预算", "较年初预算。", F(General, "决算", "2931.85"), F(General, "较年初预算增减", "-1000.00"))
            .Say("2.9-1", "九、政府性基金", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1110");
        // 一般公共预算财政拨款支出（年初预算）: stated 3843.73 (2.5-1, [3843.725, 3843.735]); 2931.85 − (−1000.00) = 3931.85
        // twice, from 2.5-1's and 2.5-2's 决算 with 2.5-2's change ([3931.84, 3931.86]). Only the one from 2.5-2 alone shares
        // no statement with the stated figure: 88.12 apart (stated − derived = −88.12), at least 3931.84 − 3843.735 = 88.105. The total's 2931.85 −
        // (−2000.00) = 4931.85 (2.4-1) would be 1088.105 from the stated one at least, but is not FA1110's to compare.
        var finding = Assert.Single(result.Findings);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal(-88.12m, finding.Result.Difference);            // stated − derived
        Assert.Equal(new[] { "3843.73", "2931.85", "-1000.00" }, finding.Inputs.Select(f => f.Value));
        Assert.Equal("2.5-2", finding.Inputs[1].Location.StatementId);
        Assert.Contains("万元（舍入后至少 88.105万元），舍入无法解释。", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("应为同一数", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("。其他得出：按 一般公共预算财政拨款支出 决算 2931.85万元 − 较年初预算增减 -1000.00万元 得 3931.85万元（五、一般公共预算 [2.5-1]、五、一般公共预算 [2.5-2]）"
            + "；按 财政拨款收入支出总计 决算 2931.85万元 − 较年初预算增减 -2000.00万元 得 4931.85万元（四、总体情况 [2.4-1]）。", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void The_totals_are_no_alias_when_one_of_them_has_no_actual()
    {
        // 政府性基金 and 国有资本经营 stated as 0 and the general 决算 2931.85, but no 决算 of the total: the report does not
        // show the two are one quantity, so FA1111 compares nothing (a total's 年初预算 of 3900.00 is 56.27 from 3843.73).
        var result = new SentenceReport()
            .Say("2.4-1", "四、总体情况", "财政拨款收入支出总计。", F(Total, "年初预算", "3900.00"))
            .Say("2.5-1", "五、一般公共预算", "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "年初预算", "3843.73"))
            .Say("2.9-1", "九、政府性基金", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1111");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }

    [Fact]
    public void The_general_ones_determination_is_listed_under_the_total_too()
    {
        // 财政拨款收入支出总计（年初预算）: stated 3900.00 (2.4-1, [3899.995, 3900.005]); 2931.85 − (−925.68) = 3857.53 from
        // 2.4-2 alone ([3857.52, 3857.54]): 42.47 apart, at least 3899.995 − 3857.54 = 42.455. The same from 2.4-1's 决算
        // shares the stated figure's statement; the general one's stated 3857.53 (2.5-1) is FA1111's: both listed.
        var result = new SentenceReport()
            .Say("2.4-1", "四、总体情况", "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3900.00"))
            .Say("2.4-2", "四、总体情况", "较年初预算。", F(Total, "决算", "2931.85"), F(Total, "较年初预算增减", "-925.68"))
            .Say("2.5-1", "五、一般公共预算", "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "年初预算", "3857.53"))
            .Say("2.9-1", "九、政府性基金", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("3900.00", finding.Stated.Value);
        Assert.Equal(42.47m, finding.Result.Difference);
        Assert.EndsWith("。两者相差 42.47万元（舍入后至少 42.455万元），舍入无法解释。其他得出：按 财政拨款收入支出总计 决算 2931.85万元 − 较年初预算增减 -925.68万元 得 3857.53万元（四、总体情况 [2.4-1]、四、总体情况 [2.4-2]）"
            + "；列示 3857.53万元（五、一般公共预算 [2.5-1]）。", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void The_totals_are_no_alias_when_the_general_one_has_no_actual()
    {
        // The mirror of the above: the total's 决算 2931.85 but no 决算 of the general one; its 年初预算 3843.73 is 56.27
        // from the total's 3900.00, yet the report does not show the two are one quantity: FA1111 compares nothing.
        var result = new SentenceReport()
            .Say("2.4-1", "四、总体情况", "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3900.00"))
            .Say("2.5-1", "五、一般公共预算", "一般公共预算财政拨款支出。", F(General, "年初预算", "3843.73"))
            .Say("2.9-1", "九、政府性基金", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1111");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }
}
