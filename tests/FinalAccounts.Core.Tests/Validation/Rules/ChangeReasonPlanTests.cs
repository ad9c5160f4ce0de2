using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1170's plan (Plans/ChangeReasonRule.Plan.cs) names the concepts the rule asks a reason for: each of the nine the
/// template lists (README, FA1170) still gets its finding when its change is stated without a reason, and a report that
/// states none of them leaves the rule not run, as when it ran and found nothing. By hand.
/// </summary>
public sealed class ChangeReasonPlanTests
{
    [Theory]
    [InlineData("收入总计")]
    [InlineData("支出总计")]
    [InlineData("财政拨款收入支出总计")]
    [InlineData("一般公共预算财政拨款支出")]
    [InlineData("三公经费")]
    [InlineData("因公出国（境）费")]
    [InlineData("公务用车购置及运行维护费")]
    [InlineData("公务接待费")]
    [InlineData("机关运行经费")]
    public void A_change_of_each_listed_concept_without_a_reason_is_flagged(string concept)
    {
        var checkedReport = Check(new StatementSpec("3.11-1", new[] { F(concept, "决算", "184.65"), F(concept, "较上年决算增减", "2.55") })
            { Section = "十一、其他重要事项的情况说明", Words = "比2023年度增加。" });
        Assert.Equal("2.55", Assert.Single(checkedReport.Findings, f => f.RuleId == "FA1170").Stated.Value);
    }

    [Fact]
    public void A_report_of_other_concepts_leaves_the_rule_not_run()
    {
        // 本年支出合计 is not among them: its change needs no reason under FA1170, with the plan or without.
        var checkedReport = Check(new StatementSpec("2.1-1", new[] { F("本年支出合计", "决算", "184.65"), F("本年支出合计", "较上年决算增减", "2.55") })
            { Section = "一、收入支出决算总体情况说明", Words = "比2023年度增加。" });
        Assert.DoesNotContain(checkedReport.Findings, f => f.RuleId == "FA1170");
        Assert.DoesNotContain(checkedReport.RulesRun, r => r.Id == "FA1170");
        Assert.Contains(checkedReport.RulesNotRun, r => r.Rule.Id == "FA1170");
    }
}
