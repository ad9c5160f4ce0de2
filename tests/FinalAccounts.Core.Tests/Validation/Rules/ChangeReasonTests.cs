using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1170 (issue 13, point 5): which changes need a reason and what counts as one. By hand.
public sealed class ChangeReasonTests
{
    private const string Section = "十一、其他重要事项的情况说明";

    private static bool Flagged(string change, string words)
        => Check(new StatementSpec("3.11-1", new[] { F("机关运行经费", "决算", "184.65"), F("机关运行经费", "较上年决算增减", change) }) { Section = Section, Words = words })
            .Findings.Any(f => f.RuleId == "FA1170");

    [Fact]
    public void A_change_needs_a_reason_a_zero_change_or_level_does_not()
    {
        Assert.True(Flagged("2.55", "比2023年度增加。"));                    // 普陀 十一(一) without its 主要原因是…
        Assert.False(Flagged("2.55", "主要原因是更换了老旧照明设施。"));
        Assert.False(Flagged("2.55", "由于更换照明设施，支出略有增加。"));
        Assert.False(Flagged("0.00", "比2023年度增加0万元。"));                // nothing changed
        Assert.False(Flagged("2.55", "与2023年度基本持平。"));                  // FA1131's to judge, not a missing reason
    }

    [Fact]
    public void What_the_money_is_for_is_not_why_it_changed()
    {
        // 五(三) 项 line: 决算 135.25 against 年初预算 135.90 (0.65 apart) with only 主要用于：… is flagged; 258.50 against
        // 258.49 is a difference rounding explains (0.01 ≤ 0.01) and needs no reason.
        Item Line(string budget, string actual, string words) => new StatementSpec("3.5-3.3", new[]
        {
            F("一般公共预算财政拨款支出", "年初预算", budget, path: "一般公共服务支出/财政事务/信息化建设"),
            F("一般公共预算财政拨款支出", "决算", actual, path: "一般公共服务支出/财政事务/信息化建设"),
        }) { Section = "五、一般公共预算财政拨款支出决算情况说明", Words = words };
        Assert.Single(Check(Line("135.90", "135.25", "主要用于：信息化系统日常维护费等支出。")).Findings, f => f.RuleId == "FA1170");
        Assert.DoesNotContain(Check(Line("258.49", "258.50", "主要用于：缴纳在职人员住房购房补贴。")).Findings, f => f.RuleId == "FA1170");
    }

    [Fact]
    public void A_total_whose_parts_follow_with_their_reasons_is_explained()
    {
        // The seed's 一: "收、支总计各减少1457.56万元，下降33.17%。" then "1.本年收入…减少1456.62万元…变动原因：…" in the same section.
        const string overview = "一、收入支出决算总体情况说明";
        var withParts = Check(
            Statement("2.1-2", overview, F("收入总计", "较上年决算增减", "-1457.56")),
            new StatementSpec("2.1-4", new[] { F("本年收入合计", "较上年决算增减", "-1456.62") }) { Section = overview, Words = "变动原因：项目经费减少。" });
        Assert.DoesNotContain(withParts.Findings, f => f.RuleId == "FA1170");
        var alone = Check(Statement("2.1-2", overview, F("收入总计", "较上年决算增减", "-1457.56")));
        Assert.Equal("-1457.56", Assert.Single(alone.Findings, f => f.RuleId == "FA1170").Stated.Value);
    }

    [Fact]
    public void The_three_public_expenses_against_their_budget_need_a_reason()
    {
        // 普陀 七（一）: 年初预算 0.95, 决算 0.00 — 0.95 apart, far beyond rounding: the template asks "决算数小于（大于）预算数的主要原因".
        // With the reason the import now keeps in the sentence nothing is flagged; cut before it, the statement is. 0.95
        // against 0.95 (equal) needs none.
        Item ThreePublic(string budget, string words) => new StatementSpec("3.7-1", new[]
        {
            F("三公经费", "年初预算", budget, scope: "财政拨款"),
            F("三公经费", "决算", "0.00", scope: "财政拨款"),
        }) { Section = "七、财政拨款“三公”经费支出决算情况说明", Words = words };
        Assert.DoesNotContain(Check(ThreePublic("0.95", "完成预算的0%。2024年度“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。")).Findings, f => f.RuleId == "FA1170");
        Assert.Equal("0.00", Assert.Single(Check(ThreePublic("0.95", "完成预算的0%。")).Findings, f => f.RuleId == "FA1170").Stated.Value);
        Assert.DoesNotContain(Check(ThreePublic("0.00", "完成预算的0%。")).Findings, f => f.RuleId == "FA1170");
    }
}
