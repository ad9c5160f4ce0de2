using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Only 财政拨款收入支出总计 and 一般公共预算财政拨款支出 are aliases of each other: while that pair is one quantity (政府性基金
/// and 国有资本经营 stated 0, both 决算 agree), an FA1110 finding of any other quantity lists that quantity's own
/// determinations only — never the total's. Message written by hand from the rule's wording.
/// </summary>
public sealed class DerivedTwiceNoAliasForOthersTests
{
    private const string Total = "财政拨款收入支出总计";
    private const string General = "一般公共预算财政拨款支出";
    private const string Section = "六、一般公共预算财政拨款基本支出决算情况说明";

    [Fact]
    public void A_finding_of_another_quantity_lists_none_of_the_totals_determinations()
    {
        // 基本支出: stated 1500.00 (2.6-1, [1499.995, 1500.005]); 1900.00 − 390.00 = 1510 (2.6-2, [1509.99, 1510.01]):
        // −10 apart, at least 1509.99 − 1500.005 = 9.985. The total's stated 年初预算 3900.00 is no determination of 基本支出.
        var result = new SentenceReport()
            .Say("2.4-1", "四、财政拨款收入支出决算总体情况说明", "总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3900.00"), F(General, "决算", "2931.85"))
            .Say("2.6-1", Section, "年初预算。", F("基本支出", "年初预算", "1500.00"))
            .Say("2.6-2", Section, "决算。", F("基本支出", "决算", "1900.00"), F("基本支出", "较年初预算增减", "390.00"))
            .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("基本支出（年初预算） 在报告中得出两个不同的值：列示 1500.00万元（" + Section + " [2.6-1]，允许 [1499.995, 1500.005]）；按 基本支出 决算 1900.00万元 − 较年初预算增减 390.00万元 得 1510万元（"
            + Section + " [2.6-2]，允许 [1509.99, 1510.01]）。两者相差 -10万元（舍入后至少 9.985万元），舍入无法解释。", finding.Message);
    }
}
