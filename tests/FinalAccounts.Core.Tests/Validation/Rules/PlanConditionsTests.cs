using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The plans of the comparison-word, 功能分类 tree, rate, share and derived-twice rules, asked directly, as
/// SumCountAndDifferencePlanTests asks the others: each says "may check" on a small report that states what its rule
/// starts from and "nothing to check" on one without it, so each condition a plan's comment names is needed (a plan that
/// skipped too much would change findings: PlanProperties). Where a plan says no, the rule is listed as not run.
public sealed class PlanConditionsTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    [Fact]
    public void A_comparison_word_needs_a_final_figure_and_one_on_a_base_it_is_compared_with()
    {
        // FA1130 judges 增加/减少 against 上年决算, 全年预算 or 年初预算: any one of the three, the last listed too.
        Assert.True(PlanMayCheck("FA1130", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "上年决算", "8.00"))));
        Assert.True(PlanMayCheck("FA1130", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"))));
        // 决算 alone, or a base alone: no pair to compare.
        Assert.False(PlanMayCheck("FA1130", Statement("1", F(Concept, "决算", "10.00"))));
        Assert.False(PlanMayCheck("FA1130", Statement("1", F(Concept, "上年决算", "8.00"), F(Concept, "年初预算", "8.00"))));
    }

    [Fact]
    public void The_function_tree_needs_a_function_row_or_a_table()
    {
        // FA1040: a sentence naming a 功能分类 row, or a table (its total row); either is enough.
        Assert.True(PlanMayCheck("FA1040", Statement("1", F(Concept, "决算", "10.00", path: "一般公共服务支出"))));
        Assert.True(PlanMayCheck("FA1040", Table("t1", "支出决算表", Cell("合计", "本年支出合计", "本年支出合计", "决算", "10.00"))));
        Assert.False(PlanMayCheck("FA1040", Statement("1", F(Concept, "决算", "10.00"))));
    }

    [Fact]
    public void A_rate_rule_needs_a_rate_on_its_basis_and_a_share_its_named_whole()
    {
        // FA1020 (完成年初预算率 = 决算 ÷ 年初预算) has a denominator basis: the rate alone is enough, no share needed.
        Assert.True(PlanMayCheck("FA1020", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"), F(Concept, "完成年初预算率", "125.00", "%"))));
        Assert.False(PlanMayCheck("FA1020", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"))));
        // FA1022 (占比 = 该项 ÷ 合计) has none: a 占比 that names its whole, not one that names none.
        Assert.True(PlanMayCheck("FA1022", Statement("1", F("合计", "决算", "20.00"), F(Concept, "决算", "10.00"), F(Concept, "占比", "50.00", "%", of: ("合计", "决算")))));
        Assert.False(PlanMayCheck("FA1022", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "占比", "50.00", "%"))));
    }

    [Theory]
    [InlineData("FA1100")]
    [InlineData("FA1182")]
    public void A_share_rule_needs_a_share_that_names_its_whole(string id)
    {
        Assert.True(PlanMayCheck(id, Statement("1", F("合计", "决算", "20.00"), F(Concept, "决算", "10.00"), F(Concept, "占比", "50.00", "%", of: ("合计", "决算")))));
        Assert.False(PlanMayCheck(id, Statement("1", F(Concept, "决算", "10.00"), F(Concept, "占比", "50.00", "%"))));
    }

    [Fact]
    public void A_quantity_derived_twice_needs_a_base_figure_and_two_places()
    {
        // FA1110 compares determinations from different statements or tables, each from a figure on a base basis.
        Assert.True(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00")), Statement("2", F(Concept, "决算", "10.00"))));
        Assert.True(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "上年决算", "8.00")), Statement("2", F(Concept, "决算", "10.00"))));
        // One statement: nothing to compare; two statements without a base: nothing derived.
        Assert.False(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"))));
        Assert.False(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00")), Statement("2", F(Concept, "决算", "10.00"))));
        // The last base of each list is a base too: 完成年初预算率 (a budget base) and 较上年决算增减率 (a previous one).
        Assert.True(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "完成年初预算率", "125.00", "%")), Statement("2", F(Concept, "决算", "10.00"))));
        Assert.True(PlanMayCheck("FA1110", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "较上年决算增减率", "25.00", "%")), Statement("2", F(Concept, "决算", "10.00"))));
    }

    [Fact]
    public void A_change_reason_needs_one_of_the_nine_concepts_the_template_asks_about()
    {
        // FA1170: 三公经费 (the fifth of the nine) alone is enough; 本年支出合计, not among them, gives it nothing.
        Assert.True(PlanMayCheck("FA1170", Statement("1", F("三公经费", "决算", "10.00"), F("三公经费", "较上年决算增减", "2.00"))));
        Assert.True(PlanMayCheck("FA1170", Statement("1", F("收入总计", "决算", "10.00"))));
        Assert.False(PlanMayCheck("FA1170", Statement("1", F("本年支出合计", "决算", "10.00"), F("本年支出合计", "较上年决算增减", "2.00"))));
    }
}
