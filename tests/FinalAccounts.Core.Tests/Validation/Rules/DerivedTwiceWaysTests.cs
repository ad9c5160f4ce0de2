using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110/FA1111: each way a 年初预算 or a 上年决算 is determined, the message that names both determinations (and the
/// others), which pair is reported, and when 财政拨款收入支出总计 and 一般公共预算财政拨款支出 count as one quantity. The
/// quotients were computed independently to 40 digits (Python's decimal) and rounded to 4 places as the messages print them.
/// </summary>
public sealed class DerivedTwiceWaysTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";
    private const string Project = "项目支出";

    private static string At(string id) => Section + " [" + id + "]";

    private static CheckReport Twice(string ruleId, Fig[] derivedFrom, params Fig[] stated)
        => new SentenceReport().Say("2.7-1", Section, "项目支出情况。", derivedFrom).Say("2.7-2", Section, "年初预算情况。", stated).Check(ruleId);

    [Fact]
    public void Actual_minus_change_against_a_stated_budget_names_both_word_for_word()
    {
        // 1900.00 − 400.00 = 1500 in [1499.99, 1500.01]; stated 1550.00 in [1549.995, 1550.005]: 50 apart, at least 49.985.
        var result = Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00") }, F(Project, "年初预算", "1550.00"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("1550.00", finding.Stated.Value);
        Assert.Equal(1500m, finding.Result.Exact);
        Assert.Equal(new Interval(1499.99m, 1500.01m), finding.Result.Expected);
        Assert.Equal(50m, finding.Result.Difference);
        Assert.Equal(new[] { "1550.00", "1900.00", "400.00" }, finding.Inputs.Select(f => f.Value));
        Assert.Equal("项目支出（年初预算） 在报告中得出两个不同的值：列示 1550.00万元（" + At("2.7-2") + "，允许 [1549.995, 1550.005]）；按 项目支出 决算 1900.00万元 − 较年初预算增减 400.00万元 得 1500万元（"
            + At("2.7-1") + "，允许 [1499.99, 1500.01]）。两者相差 50万元（舍入后至少 49.985万元），舍入无法解释。", finding.Message);
        Assert.Equal("项目支出 (年初预算) is determined twice with different values: stated 1550.00万元 allows [1549.995, 1550.005], actual 1900.00万元 − change 400.00万元 allows [1499.99, 1500.01]; at least 49.985 apart, more than rounding explains.", finding.MessageEn);
    }

    [Fact]
    public void Actual_over_completion_determines_the_budget()
    {
        // 1900.00 ÷ 126.67% = 1499.9605, allowing [1899.995 ÷ 1.26675, 1900.005 ÷ 1.26665] = [1499.8974, 1500.0237]:
        // 1500.00 is inside, 1550.00 is 49.9713 away at least.
        Assert.Empty(Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "完成年初预算率", "126.67", "%") }, F(Project, "年初预算", "1500.00")).Findings);
        var finding = Assert.Single(Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "完成年初预算率", "126.67", "%") }, F(Project, "年初预算", "1550.00")).Findings);
        Assert.Equal(1499.9605m, decimal.Round(finding.Result.Exact, 4));
        Assert.Contains("；按 项目支出 决算 1900.00万元 ÷ 完成年初预算率 126.67% 得 1499.9605万元（" + At("2.7-1") + "，允许 [1499.8974, 1500.0237]）。两者相差 50.0395万元（舍入后至少 49.9713万元）", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("actual 1900.00万元 / completion 126.67% allows [1499.8974, 1500.0237]", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_completion_rates_in_two_sentences_determine_the_budget_twice()
    {
        // 2.7-1: 1900.00 ÷ 126.67% = 1499.9605 ([1499.8974, 1500.0237]); 2.7-2: 1900.00 ÷ 95.00% = 2000 ([1899.995 ÷ 0.95005,
        // 1900.005 ÷ 0.94995] = [1999.8895, 2000.1105]): −500.0395, at least 1999.8895 − 1500.0237 = 499.8658 apart. The
        // mixed quotients (2.7-1's 决算 with 2.7-2's rate and the reverse) share a statement with each. Nothing is stated
        // and no change either: the budget is determined only through the rates, and the finding is at 2.7-1's 决算.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出决算1900.00万元，完成年初预算的126.67%。", F(Project, "决算", "1900.00"), F(Project, "完成年初预算率", "126.67", "%"))
            .Say("2.7-2", Section, "项目支出决算1900.00万元，完成年初预算的95.00%。", F(Project, "决算", "1900.00"), F(Project, "完成年初预算率", "95.00", "%"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("2.7-1", finding.Location.StatementId);
        Assert.Equal("1900.00", finding.Stated.Value);
        Assert.Equal(-500.0395m, decimal.Round(finding.Result.Difference, 4));
        Assert.Contains("得 2000万元（" + At("2.7-2") + "，允许 [1999.8895, 2000.1105]）。两者相差 -500.0395万元（舍入后至少 499.8658万元）", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Change_over_rate_determines_the_budget()
    {
        // 400.00 ÷ 26.67% = 1499.8125, allowing [399.995 ÷ 0.26675, 400.005 ÷ 0.26665] = [1499.5127, 1500.1125].
        Assert.Empty(Twice("FA1110", new[] { F(Project, "较年初预算增减", "400.00"), F(Project, "较年初预算增减率", "26.67", "%") }, F(Project, "年初预算", "1500.00")).Findings);
        var finding = Assert.Single(Twice("FA1110", new[] { F(Project, "较年初预算增减", "400.00"), F(Project, "较年初预算增减率", "26.67", "%") }, F(Project, "年初预算", "1550.00")).Findings);
        Assert.Contains("；按 较年初预算增减 400.00万元 ÷ 较年初预算增减率 26.67% 得 1499.8125万元（" + At("2.7-1") + "，允许 [1499.5127, 1500.1125]）。两者相差 50.1875万元（舍入后至少 49.8825万元）", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("change 400.00万元 / rate 26.67% allows [1499.5127, 1500.1125]", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_actual_is_determined_by_the_change_against_last_year()
    {
        // 上年决算: 500.00 − 100.00 = 400 ([399.99, 400.01]); 100.00 ÷ 25.00% = 400 ([99.995 ÷ 0.25005, 100.005 ÷ 0.24995] =
        // [399.9, 400.1] to 4 places). Stated 500.00 is 100 from both, at least 99.895 from the quotient.
        var minus = Assert.Single(Twice("FA1110", new[] { F("基本支出", "决算", "500.00"), F("基本支出", "较上年决算增减", "100.00") }, F("基本支出", "上年决算", "500.00")).Findings);
        Assert.StartsWith("基本支出（上年决算） 在报告中得出两个不同的值：列示 500.00万元", minus.Message, System.StringComparison.Ordinal);
        Assert.Contains("按 基本支出 决算 500.00万元 − 较上年决算增减 100.00万元 得 400万元", minus.Message, System.StringComparison.Ordinal);
        var rate = Assert.Single(Twice("FA1110", new[] { F("基本支出", "较上年决算增减", "100.00"), F("基本支出", "较上年决算增减率", "25.00", "%") }, F("基本支出", "上年决算", "500.00")).Findings);
        Assert.Contains("按 较上年决算增减 100.00万元 ÷ 较上年决算增减率 25.00% 得 400万元（" + At("2.7-1") + "，允许 [399.9, 400.1]）。两者相差 100万元（舍入后至少 99.895万元）", rate.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("基本支出 (上年决算) is determined twice", rate.MessageEn, System.StringComparison.Ordinal);
        // Last year's actual is not determined by a completion rate: 决算 ÷ 完成年初预算率 determines the budget only.
        Assert.Equal(0, Twice("FA1110", new[] { F("基本支出", "决算", "500.00"), F("基本支出", "完成年初预算率", "125.00", "%") }, F("基本支出", "上年决算", "500.00")).ChecksRun);
    }

    [Fact]
    public void A_rate_of_zero_determines_nothing()
    {
        var result = Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "完成年初预算率", "0.00", "%") }, F(Project, "年初预算", "1550.00"));
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
        var change = Twice("FA1110", new[] { F(Project, "较年初预算增减", "400.00"), F(Project, "较年初预算增减率", "0.00", "%") }, F(Project, "年初预算", "1550.00"));
        Assert.Equal(0, change.ChecksRun);
    }

    [Fact]
    public void Determinations_in_one_sentence_and_two_stated_figures_are_left_to_other_rules()
    {
        // Stated with its derivation in the same sentence: FA1025's. Stated twice in two sentences: FA1030's.
        var same = new SentenceReport().Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"), F(Project, "年初预算", "1550.00")).Check("FA1110");
        Assert.Equal(0, same.ChecksRun);
        var stated = new SentenceReport().Say("2.7-1", Section, "甲。", F(Project, "年初预算", "1500.00")).Say("2.7-2", Section, "乙。", F(Project, "年初预算", "1550.00")).Check("FA1110");
        Assert.Equal(0, stated.ChecksRun);
        // One agreeing pair: one passed check for the quantity.
        var agree = Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00") }, F(Project, "年初预算", "1500.00"));
        Assert.Empty(agree.Findings);
        Assert.Equal(1, agree.ChecksRun);
    }

    [Fact]
    public void The_widest_disagreement_is_reported_and_the_other_determinations_are_listed()
    {
        // Stated 1550.00 (2.7-2) and 1600.00 (2.7-3) against 1500 derived in 2.7-1: 1600.00 is the farther (at least 99.985).
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "甲。", F(Project, "年初预算", "1550.00"))
            .Say("2.7-3", Section, "乙。", F(Project, "年初预算", "1600.00"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("1600.00", finding.Stated.Value);
        Assert.Contains("两者相差 100万元（舍入后至少 99.985万元）", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("。其他得出：列示 1550.00万元（" + At("2.7-2") + "）。", finding.Message, System.StringComparison.Ordinal);
        // A third determination that agrees is listed as well; without a third there is no such list.
        var three = new SentenceReport()
            .Say("2.7-1", Section, "项目支出情况。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Say("2.7-2", Section, "甲。", F(Project, "年初预算", "1550.00"))
            .Say("2.7-3", Section, "乙。", F(Project, "年初预算", "1500.00"))
            .Check("FA1110");
        var one = Assert.Single(three.Findings);
        Assert.Equal("1550.00", one.Stated.Value);
        Assert.EndsWith("其他得出：列示 1500.00万元（" + At("2.7-3") + "）。", one.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("其他得出", Assert.Single(Twice("FA1110", new[] { F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00") }, F(Project, "年初预算", "1550.00")).Findings).Message, System.StringComparison.Ordinal);
    }

    private static SentenceReport Appropriation(string fundsZero = "政府性基金预算财政拨款支出", string capitalZero = "国有资本经营预算财政拨款支出",
        string totalActual = "2931.85", string generalBudget = "3843.73", string fundsValue = "0")
        => new SentenceReport()
            .Say("2.4-1", "四、财政拨款收入支出决算总体情况说明", "财政拨款收入支出总计。", F("财政拨款收入支出总计", "决算", totalActual), F("财政拨款收入支出总计", "较年初预算增减", "-925.68"))
            .Say("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出。", F("一般公共预算财政拨款支出", "决算", "2931.85"), F("一般公共预算财政拨款支出", "年初预算", generalBudget))
            .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F(fundsZero, "决算", fundsValue))
            .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F(capitalZero, "决算", "0"));

    [Fact]
    public void The_two_totals_are_one_quantity_when_the_other_appropriations_are_stated_as_zero()
    {
        // 2931.85 + 925.68 = 3857.53 ([3857.52, 3857.54]) against the general budget 3843.73: 13.80 apart, a warning naming the premise.
        var finding = Assert.Single(Appropriation().Check("FA1111").Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal("2.5-1", finding.Location.StatementId);
        Assert.Contains("（报告称无政府性基金、国有资本经营预算财政拨款，且两项决算一致，故财政拨款收入支出总计与一般公共预算财政拨款支出应为同一数）。", finding.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("一般公共预算财政拨款支出（年初预算） 在报告中得出两个不同的值：列示 3843.73万元", finding.Message, System.StringComparison.Ordinal);
        // The same figures under FA1110: the alias is not its to use, and within each total nothing disagrees.
        Assert.Empty(Appropriation().Check("FA1110").Findings);
        // The 收入 lines stated as 0 say the same.
        Assert.Single(Appropriation("政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入").Check("FA1111").Findings);
        // 3857.53 agrees: one passed check.
        var agree = Appropriation(generalBudget: "3857.53").Check("FA1111");
        Assert.Empty(agree.Findings);
        Assert.Equal(1, agree.ChecksRun);
    }

    [Fact]
    public void The_totals_are_not_one_quantity_without_both_zeros_or_with_actuals_apart()
    {
        // 政府性基金 stated nonzero, or not stated at all (another concept in its place): no alias, nothing compared.
        Assert.Equal(0, Appropriation(fundsValue: "5.00").Check("FA1111").ChecksRun);
        Assert.Equal(0, Appropriation(fundsZero: "其他收入").Check("FA1111").ChecksRun);
        Assert.Equal(0, Appropriation(capitalZero: "其他收入").Check("FA1111").ChecksRun);
        // 2931.86 still meets 2931.85 (at 2931.855); 2931.87 does not: the two totals differ and are not one quantity.
        Assert.Single(Appropriation(totalActual: "2931.86").Check("FA1111").Findings);
        Assert.Equal(0, Appropriation(totalActual: "2931.87").Check("FA1111").ChecksRun);
    }
}
