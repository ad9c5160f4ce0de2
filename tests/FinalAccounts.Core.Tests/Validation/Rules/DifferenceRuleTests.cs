using System.Linq;
using FinalAccounts.Money;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1025/FA1026/FA1200 (a signed change = own figure − base) on one-rule checks of small reports: the message word for
/// word, which figures it takes (the nearest), which it leaves (repeats, missing or non-money figures), and how many
/// checks ran. Every expected value is worked by hand in the comment beside it.
public sealed class DifferenceRuleTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    private static StatementSpec Change(string id, string actual, string budget, string change) =>
        Statement(id, F(Concept, "决算", actual), F(Concept, "年初预算", budget), F(Concept, "较年初预算增减", change));

    [Fact]
    public void A_change_that_rounding_cannot_explain_names_the_relation_and_its_inputs()
    {
        // 2931.85 − 3843.73 = −911.88; the inputs allow [2931.845 − 3843.735, 2931.855 − 3843.725] = [−911.89, −911.87].
        // −911.58 is 0.30 above.
        var report = CheckWith("FA1025", Change("2.5-1", "2931.85", "3843.73", "-911.58"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(-911.88m, finding.Result.Exact);
        Assert.Equal(new Interval(-911.89m, -911.87m), finding.Result.Expected);
        Assert.Equal(0.30m, finding.Result.Difference);
        Assert.Equal(new[] { "决算", "年初预算" }, finding.Inputs.Select(i => i.Key.Basis));
        Assert.Equal(
            Concept + "（较年初预算增减） 列示 -911.58万元，按 决算 − 年初预算 计算为 -911.88万元（舍入允许 [-911.89, -911.87]），差额 0.3万元，舍入无法解释。"
            + "依据：" + Concept + "（决算）2931.85万元，" + Concept + "（年初预算）3843.73万元。",
            finding.Message);
        Assert.Equal(
            Concept + " (较年初预算增减) is stated as -911.58万元; actual − 年初预算 gives -911.88万元 (rounding allows [-911.89, -911.87]): "
            + "the difference of 0.3万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void A_change_against_last_year_names_its_own_base()
    {
        // 1812.54 − 3110.87 = −1298.33; −1289.33 is 9.00 above it.
        var finding = Assert.Single(CheckWith("FA1026",
            Statement("2.3-3", F("项目支出", "决算", "1812.54"), F("项目支出", "上年决算", "3110.87"), F("项目支出", "较上年决算增减", "-1289.33"))).Findings);
        Assert.StartsWith("项目支出（较上年决算增减） 列示 -1289.33万元，按 决算 − 上年决算 计算为 -1298.33万元", finding.Message);
        Assert.Contains("; actual − 上年决算 gives -1298.33万元", finding.MessageEn);
    }

    [Fact]
    public void A_budget_measures_its_change_from_its_own_budget_figure()
    {
        // FA1200 in a 预算: 18976.76 − 15621.11 = 3355.65; 3356.65 is 1.00 above.
        var finding = Assert.Single(CheckWith("FA1200", Budget,
            Statement("1-1", F("收入总计", "预算", "18976.76"), F("收入总计", "上年预算", "15621.11"), F("收入总计", "较上年预算增减", "3356.65"))).Findings);
        Assert.StartsWith("收入总计（较上年预算增减） 列示 3356.65万元，按 预算 − 上年预算 计算为 3355.65万元", finding.Message);
    }

    [Fact]
    public void The_inputs_stated_beside_the_change_are_taken_before_earlier_ones()
    {
        // Statement 2.5-1 states 决算 2000.00 and 年初预算 1000.00; statement 2.5-2 states 2931.85 and 3843.73 with its
        // change −911.88 (= 2931.85 − 3843.73): consistent with its own sentence, though 2000.00 − 1000.00 = 1000.00 is not.
        var report = CheckWith("FA1025",
            Statement("2.5-1", F(Concept, "决算", "2000.00"), F(Concept, "年初预算", "1000.00")),
            Change("2.5-2", "2931.85", "3843.73", "-911.88"));
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.ChecksRun);
        // The same change in a sentence of its own takes the first 决算 and 年初预算 stated: 1000.00 ≠ −911.88.
        var alone = CheckWith("FA1025",
            Statement("2.5-1", F(Concept, "决算", "2000.00"), F(Concept, "年初预算", "1000.00")),
            Statement("2.5-2", F(Concept, "较年初预算增减", "-911.88")));
        Assert.Equal(1000.00m, Assert.Single(alone.Findings).Result.Exact);
    }

    [Fact]
    public void A_repeated_change_is_checked_once()
    {
        // The broken −911.58 stated again in a second sentence: the repeat adds nothing, one check and one finding.
        var report = CheckWith("FA1025", Change("2.5-1", "2931.85", "3843.73", "-911.58"),
            Statement("2.5-2", F(Concept, "较年初预算增减", "-911.58")));
        Assert.Equal("2.5-1", Assert.Single(report.Findings).Location.StatementId);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void A_change_without_both_money_figures_is_not_checked()
    {
        // No 年初预算; no 决算; a 决算 or a 年初预算 printed as a count: nothing to check (a change printed as a percentage is
        // refused by the model: 较年初预算增减 is an amount).
        var none = CheckWith("FA1025", Statement("2.5-1", F(Concept, "决算", "2931.85"), F(Concept, "较年初预算增减", "-911.58")));
        Assert.Equal(0, none.ChecksRun);
        Assert.Equal("FA1025", Assert.Single(none.RulesNotRun).Rule.Id);
        Assert.Equal(0, CheckWith("FA1025", Statement("2.5-1", F(Concept, "年初预算", "3843.73"), F(Concept, "较年初预算增减", "-911.58"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1025", Statement("2.5-1", F(Concept, "决算", "5", "个"), F(Concept, "年初预算", "3843.73"), F(Concept, "较年初预算增减", "-911.58"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1025", Statement("2.5-1", F(Concept, "决算", "2931.85"), F(Concept, "年初预算", "5", "个"), F(Concept, "较年初预算增减", "-911.58"))).ChecksRun);
    }
}
