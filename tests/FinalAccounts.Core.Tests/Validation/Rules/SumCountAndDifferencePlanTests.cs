using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The plans (Validation/Plans) of the sum, count, difference, SME and unit-slip rules, asked directly: each says "may
/// check" on a small report that states what its rule starts from, and "nothing to check" on the same report without one
/// of those figures. PlanProperties shows a plan never skips a rule that would find something (a plan that skipped too
/// much changes findings); these show each condition of a plan is needed, so no plan says "may check" where its own
/// comment says the rule has nothing to do. Where a plan says no, the rule is listed as not run with the usual reason.
public sealed class SumCountAndDifferencePlanTests
{
    private const string Concept = "一般公共预算财政拨款支出";
    private const string Other = "十一、其他重要事项的情况说明";

    [Fact]
    public void A_signed_change_needs_both_its_own_basis_and_its_base()
    {
        // FA1025: 较年初预算增减 and 年初预算 both stated (决算 is looked up by key).
        Assert.True(PlanMayCheck("FA1025", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"), F(Concept, "较年初预算增减", "2.00"))));
        // The change without its base, and the base without a change: nothing to check.
        Assert.False(PlanMayCheck("FA1025", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "较年初预算增减", "2.00"))));
        Assert.False(PlanMayCheck("FA1025", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"))));
        // FA1026 asks for its own pair: 较上年决算增减 and 上年决算, not FA1025's.
        Assert.False(PlanMayCheck("FA1026", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "8.00"), F(Concept, "较年初预算增减", "2.00"))));
        Assert.True(PlanMayCheck("FA1026", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "上年决算", "8.00"), F(Concept, "较上年决算增减", "2.00"))));
    }

    [Theory]
    [InlineData("较年初预算差额", "年初预算")]
    [InlineData("较全年预算差额", "全年预算")]
    [InlineData("较上年决算差额", "上年决算")]
    [InlineData("较上年预算差额", "上年预算")]
    public void An_unsigned_difference_needs_a_figure_on_one_of_its_four_bases(string differenceBasis, string baseBasis)
    {
        Assert.True(PlanMayCheck("FA1180", Statement("1", F(Concept, "决算", "10.00"), F(Concept, baseBasis, "8.00"), F(Concept, differenceBasis, "2.00"))));
        // The base alone (no difference printed) gives it nothing.
        Assert.False(PlanMayCheck("FA1180", Statement("1", F(Concept, "决算", "10.00"), F(Concept, baseBasis, "8.00"))));
    }

    [Fact]
    public void The_sme_check_needs_the_amount_awarded_to_smes()
    {
        Assert.True(PlanMayCheck("FA1061", Statement("1", Other, F("授予中小企业合同金额", "决算", "50.00"))));
        Assert.False(PlanMayCheck("FA1061", Statement("1", Other, F("政府采购货物支出", "决算", "50.00"), F("货物采购授予中小企业合同金额", "占比", "80.00", "%"))));
    }

    [Fact]
    public void A_unit_slip_needs_a_key_stated_twice()
    {
        Assert.True(PlanMayCheck("FA1140", Statement("1", F(Concept, "决算", "10.00")), Statement("2", F(Concept, "决算", "100000.00"))));
        Assert.False(PlanMayCheck("FA1140", Statement("1", F(Concept, "决算", "10.00"), F(Concept, "年初预算", "100000.00"))));
    }

    private static StatementSpec Vehicles(bool partial) =>
        Statement("3", Other, F("车辆", "年末", "8", "辆"))
            .With(Explanation("车辆", "年末", partial, partial ? "主要包括…等" : "其中",
                F("执法执勤用车", "年末", "3", "辆", text: "执法执勤用车3辆"), F("其他用车", "年末", "5", "辆", text: "其他用车5辆")));

    [Fact]
    public void A_count_breakdown_rule_needs_a_breakdown_of_its_own_kind_and_a_count()
    {
        // A complete list of counts: FA1150's, not FA1151's; a partial list: the other way round.
        Assert.True(PlanMayCheck("FA1150", Vehicles(partial: false)));
        Assert.False(PlanMayCheck("FA1151", Vehicles(partial: false)));
        Assert.True(PlanMayCheck("FA1151", Vehicles(partial: true)));
        Assert.False(PlanMayCheck("FA1150", Vehicles(partial: true)));
        // A complete breakdown of money, and no count anywhere: FA1150 has nothing to check.
        var money = Statement("3", F("基本支出", "决算", "8.00"))
            .With(Explanation("基本支出", "决算", false, "其中", F("人员经费", "决算", "3.00", text: "人员经费3.00万元"), F("公用经费", "决算", "5.00", text: "公用经费5.00万元")));
        Assert.False(PlanMayCheck("FA1150", money));
        // Counts without any breakdown: nothing either.
        Assert.False(PlanMayCheck("FA1150", Statement("3", Other, F("车辆", "年末", "8", "辆"), F("执法执勤用车", "年末", "3", "辆"))));
    }

    [Fact]
    public void A_count_relation_needs_one_of_its_totals_stated_as_a_count()
    {
        // FA1152's first total and its second; FA1153's last (国（境）外公务接待人次): each is enough.
        Assert.True(PlanMayCheck("FA1152", Statement("1", Other, F("绩效自评项目", "决算", "5", "个"))));
        Assert.True(PlanMayCheck("FA1152", Statement("1", Other, F("绩效自评发现问题", "决算", "5", "个"))));
        Assert.True(PlanMayCheck("FA1153", Statement("1", Other, F("国（境）外公务接待人次", "决算", "5", "人次"))));
        // A count of another concept: no total of the rule's.
        Assert.False(PlanMayCheck("FA1152", Statement("1", Other, F("车辆", "年末", "8", "辆"))));
        Assert.False(PlanMayCheck("FA1153", Statement("1", Other, F("绩效自评项目", "决算", "5", "个"))));
        // The total's concept stated, but no count in the whole report: every total is skipped as not a count.
        Assert.False(PlanMayCheck("FA1152", Statement("1", Other, F("绩效自评项目", "决算", "5.00"))));
    }

    [Fact]
    public void The_zero_base_rule_needs_a_case_of_one_of_its_rate_rules()
    {
        // 本年支出合计 with its change rate (FA1024's) and the figures it is computed from.
        Assert.True(PlanMayCheck("FA1027", Statement("1", F("本年支出合计", "决算", "105.00"), F("本年支出合计", "上年决算", "100.00"), F("本年支出合计", "较上年决算增减率", "5.00", "%"))));
        // Money alone: no rate rule has a case.
        Assert.False(PlanMayCheck("FA1027", Statement("1", F("本年支出合计", "决算", "105.00"), F("本年支出合计", "上年决算", "100.00"))));
    }

    [Fact]
    public void A_sum_identity_needs_its_total_and_required_parts_and_in_a_sentence_its_optional_parts()
    {
        // FA1005: 本年支出合计 = 基本支出 + 项目支出 (required) + 上缴上级支出 + 经营支出 + 对附属单位补助支出 (optional).
        var optional = new[] { F("上缴上级支出", "决算", "0"), F("经营支出", "决算", "0"), F("对附属单位补助支出", "决算", "0") };
        Fig[] Figures(bool total, bool basic, bool project, bool optionals) =>
            new[] { total ? F("本年支出合计", "决算", "100.00") : null, basic ? F("基本支出", "决算", "60.00") : null, project ? F("项目支出", "决算", "40.00") : null }
                .Where(f => f != null).Select(f => f!).Concat(optionals ? optional : System.Array.Empty<Fig>()).ToArray();
        Assert.True(PlanMayCheck("FA1005", Statement("1", Figures(true, true, true, true))));
        // A sentence that does not name its optional parts: the rule would stop at the first one missing.
        Assert.False(PlanMayCheck("FA1005", Statement("1", Figures(true, true, true, false))));
        // A required part or the total missing: nothing to check, optional parts stated or not.
        Assert.False(PlanMayCheck("FA1005", Statement("1", Figures(true, true, false, true))));
        Assert.False(PlanMayCheck("FA1005", Statement("1", Figures(true, false, true, true))));
        Assert.False(PlanMayCheck("FA1005", Statement("1", Figures(false, true, true, true))));
        // In a table a blank optional part counts as 0: the total and the required parts are enough.
        var table = Table("t1", "支出决算表",
            Cell("合计", "本年支出合计", "本年支出合计", "决算", "100.00"), Cell("合计", "基本支出", "基本支出", "决算", "60.00"), Cell("合计", "项目支出", "项目支出", "决算", "40.00"));
        Assert.True(PlanMayCheck("FA1005", table));
        // A table with the required parts but no total: the total is needed too.
        Assert.False(PlanMayCheck("FA1005", Table("t1", "支出决算表", Cell("合计", "基本支出", "基本支出", "决算", "60.00"), Cell("合计", "项目支出", "项目支出", "决算", "40.00"))));
    }
}
