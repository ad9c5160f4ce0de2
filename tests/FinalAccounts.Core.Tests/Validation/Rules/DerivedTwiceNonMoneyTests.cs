using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110/FA1111 determine a quantity from money figures and rates only: a figure of the same key printed as a count or
/// a percentage where money is read (a 年初预算 of "3个", a 决算 of "95辆", a 增减 of "5个") determines nothing, in
/// every way of determining and in the test of whether the two totals are one quantity.
/// </summary>
public sealed class DerivedTwiceNonMoneyTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";
    private const string Project = "项目支出";

    private static SentenceReport Agreeing() => new SentenceReport()
        // 1900.00 − 400.00 = 1500 ([1499.99, 1500.01]); 1900.00 ÷ 126.67% = 1499.9605 ([1499.8974, 1500.0237]);
        // 400.00 ÷ 26.67% = 1499.8125 ([1499.5127, 1500.1125]): each meets the stated 1500.00 ([1499.995, 1500.005]).
        .Say("2.7-1", Section, "项目支出决算1900.00万元，较年初预算增加400.00万元，增长26.67%，完成年初预算的126.67%。",
            F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"), F(Project, "较年初预算增减率", "26.67", "%"), F(Project, "完成年初预算率", "126.67", "%"))
        .Say("2.7-2", Section, "项目支出年初预算1500.00万元。", F(Project, "年初预算", "1500.00"));

    [Fact]
    public void The_agreeing_report_is_one_passed_check()
    {
        var result = Agreeing().Check("FA1110");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Theory]
    [InlineData("年初预算", "3", "个")]        // a stated budget that is no money
    [InlineData("决算", "95", "辆")]           // an actual that is no money, beside each change, completion and rate
    [InlineData("较年初预算增减", "5", "个")]  // a change that is no money, beside each actual and rate
    [InlineData("决算", "12", "个")]
    public void A_figure_that_is_no_money_determines_nothing(string basis, string value, string unit)
    {
        // Read as money (its reading amount is 0) it would be a determination far from 1500 (0, 0 − 400, 1900 − 0 …): a finding.
        var result = Agreeing().Say("2.7-3", Section, "其他。", F(Project, basis, value, unit)).Check("FA1110");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void Counts_beside_last_years_actual_determine_nothing()
    {
        // 上年决算: 500.00 − 100.00 = 400 against a stated 400.00; a 较上年决算增减 of "2个" and a 决算 of "80个" beside them.
        var result = new SentenceReport()
            .Say("2.3-1", Section, "基本支出决算500.00万元，较上年决算增加100.00万元，增长25.00%。",
                F("基本支出", "决算", "500.00"), F("基本支出", "较上年决算增减", "100.00"), F("基本支出", "较上年决算增减率", "25.00", "%"))
            .Say("2.3-2", Section, "上年基本支出400.00万元。", F("基本支出", "上年决算", "400.00"))
            .Say("2.3-3", Section, "其他。", F("基本支出", "较上年决算增减", "2", "个"), F("基本支出", "决算", "80", "个"))
            .Check("FA1110");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    private static SentenceReport Appropriation(params Fig[] more) => new SentenceReport()
        .Say("2.4-1", "四、财政拨款收入支出决算总体情况说明", "财政拨款收入支出总计。", F("财政拨款收入支出总计", "决算", "2931.85"), F("财政拨款收入支出总计", "较年初预算增减", "-925.68"))
        .Say("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出。", F("一般公共预算财政拨款支出", "决算", "2931.85"), F("一般公共预算财政拨款支出", "年初预算", "3843.73"))
        .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
        .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
        .Say("2.11-1", "十一、其他", "其他。", more);

    [Theory]
    [InlineData("财政拨款收入支出总计", "80", "辆")]
    [InlineData("一般公共预算财政拨款支出", "80", "辆")]
    [InlineData("财政拨款收入支出总计", "7", "个")]
    public void An_actual_that_is_no_money_does_not_part_the_two_totals(string concept, string value, string unit)
    {
        // 2931.85 + 925.68 = 3857.53 ([3857.52, 3857.54]) against 3843.73: FA1111's one finding, as without the figure. Read
        // as money, an actual of 80 or 7 would not meet the other total's 2931.85, and the two would not be one quantity.
        var result = Appropriation(F(concept, "决算", value, unit)).Check("FA1111");
        Assert.Equal("3843.73", Assert.Single(result.Findings).Stated.Value);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void A_count_of_a_totals_change_is_no_determination_of_FA1111()
    {
        // A 较年初预算增减 of the total printed as "5个" determines nothing either.
        var result = Appropriation(F("财政拨款收入支出总计", "较年初预算增减", "5", "个")).Check("FA1111");
        Assert.Equal("3843.73", Assert.Single(result.Findings).Stated.Value);
        Assert.Equal(1, result.ChecksRun);
    }
}
