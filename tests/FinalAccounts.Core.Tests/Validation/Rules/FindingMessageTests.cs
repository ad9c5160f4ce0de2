using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// What a finding says, word for word, for each verdict the rule engine words (RuleContext): a difference rounding explains,
/// one only truncation explains, a yes/no mismatch, a partial list above its total; and how each input is named in the
/// 依据 (功能分类 code and name, printed code, item, scope). Every number is worked by hand in the comment beside it.
public sealed class FindingMessageTests
{
    private const string Section = "一、收入支出决算总体情况说明";
    private const string Concept = "一般公共预算财政拨款支出";

    [Fact]
    public void A_difference_rounding_explains_is_information_and_says_so()
    {
        // 2931.85 − 3843.73 = −911.88; −911.87 is 0.01 above, inside [−911.89, −911.87].
        var finding = Assert.Single(CheckWith("FA1025",
            Statement("2.5-1", F(Concept, "决算", "2931.85"), F(Concept, "年初预算", "3843.73"), F(Concept, "较年初预算增减", "-911.87"))).Findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(
            Concept + "（较年初预算增减） 列示 -911.87万元，按 决算 − 年初预算 计算为 -911.88万元（舍入允许 [-911.89, -911.87]），差额 0.01万元 在四舍五入可解释的范围内。"
            + "依据：" + Concept + "（决算）2931.85万元，" + Concept + "（年初预算）3843.73万元。",
            finding.Message);
        Assert.Equal(
            Concept + " (较年初预算增减) is stated as -911.87万元; actual − 年初预算 gives -911.88万元 (rounding allows [-911.89, -911.87]): "
            + "the difference of 0.01万元 is explained by rounding.",
            finding.MessageEn);
        Assert.Equal("FA1025 Info " + finding.Message, finding.ToString());
    }

    [Fact]
    public void A_figure_only_truncation_explains_is_a_warning_and_says_so()
    {
        // 135.908 − 135.000 = 0.908: rounding gives 0.91, not the printed 0.90 ([0.895, 0.905] misses [0.907, 0.909]);
        // 0.908 cut to the 分 is 0.90.
        var finding = Assert.Single(CheckWith("FA1180",
            Statement("2.5-1", F(Concept, "年初预算", "135.908"), F(Concept, "决算", "135.000"), F(Concept, "较年初预算差额", "0.90"))).Findings);
        Assert.Equal(CheckOutcome.Truncated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith(Concept + "（较年初预算差额） 列示 0.90万元，按 |决算 − 年初预算|（相差、差值不分增减） 计算为 0.908万元（舍入允许 [", finding.Message);
        Assert.EndsWith("]），四舍五入无法得出该数，仅截尾（舍去）可以。依据：" + Concept + "（决算）135.000万元，" + Concept + "（年初预算）135.908万元。", finding.Message);
        Assert.EndsWith("): no rounding gives the printed figure; only truncation does.", finding.MessageEn);
    }

    [Fact]
    public void Two_counts_that_differ_are_a_mismatch_without_numbers_to_round()
    {
        // 3 辆 in 2.8-1, 4 辆 in 2.8-4: the later one is named, against the first.
        var finding = Assert.Single(CheckWith("FA1030",
            Statement("2.8-1", F("公务用车保有量", "决算", "3", "辆")),
            Statement("2.8-4", F("公务用车保有量", "决算", "4", "辆"))).Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2.8-4", finding.Location.StatementId);
        Assert.Equal(
            "公务用车保有量（决算） 列示 4辆，与同一数字在“" + Section + " [2.8-1]”的列示值不一致。依据：公务用车保有量（决算）3辆。",
            finding.Message);
        Assert.Equal(
            "公务用车保有量 (决算) is stated as 4辆, which differs from the same figure as stated at " + Section + " [2.8-1]: 公务用车保有量 (决算) 3辆 at " + Section + " [2.8-1].",
            finding.MessageEn);
    }

    [Fact]
    public void A_repeated_percentage_names_the_percent_sign_and_the_rounding_it_allows()
    {
        // 96.17% then 96.2%: [96.15, 96.25] holds 96.17, rounding only; 96.3% is 0.13 above and outside [96.165, 96.175].
        var rounding = Assert.Single(CheckWith("FA1030",
            Statement("2.5-1", F(Concept, "完成年初预算率", "96.17", "%")),
            Statement("2.5-2", F(Concept, "完成年初预算率", "96.2", "%"))).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, rounding.Outcome);
        var broken = Assert.Single(CheckWith("FA1030",
            Statement("2.5-1", F(Concept, "完成年初预算率", "96.17", "%")),
            Statement("2.5-2", F(Concept, "完成年初预算率", "96.3", "%"))).Findings);
        Assert.Equal(
            Concept + "（完成年初预算率） 列示 96.3%，按 同一数字在“" + Section + " [2.5-1]”的列示值 计算为 96.17%（舍入允许 [96.165, 96.175]），差额 0.13%，舍入无法解释。"
            + "依据：" + Concept + "（完成年初预算率）96.17%。",
            broken.Message);
        Assert.Equal(
            Concept + " (完成年初预算率) is stated as 96.3%; the same figure as stated at " + Section + " [2.5-1] gives 96.17% (rounding allows [96.165, 96.175]): "
            + "the difference of 0.13% cannot be explained by rounding.",
            broken.MessageEn);
    }

    [Fact]
    public void Inputs_are_named_by_their_function_code_printed_code_item_or_scope()
    {
        // 208 = 20801 + 20805 = 1001.92 + 127.79 = 1129.71; 1139.71 is 10.00 off. The inputs are 功能分类 rows: code and name.
        var tree = Assert.Single(CheckWith("FA1040", RuleExamples.FunctionTable("1139.71")).Findings);
        Assert.EndsWith("依据：20801 人力资源和社会保障管理事务 " + Concept + "（决算）1001.92万元，20805 行政事业单位养老支出 " + Concept + "（决算）127.79万元。", tree.Message);
        // 基本支出 = 人员经费 + 公用经费 of one item: 60.00 + 30.00 = 90.00 ≠ 100.00. The first part prints code 301 (code and
        // item), the second only its item.
        var item = Assert.Single(CheckWith("FA1006", Statement("2.6-1",
            F("基本支出", "决算", "100.00", item: "机关本级"), F("人员经费", "决算", "60.00", item: "机关本级", code: "301"),
            F("公用经费", "决算", "30.00", item: "机关本级"))).Findings);
        Assert.StartsWith("机关本级 基本支出（决算） 列示 100.00万元，", item.Message);
        Assert.EndsWith("依据：301 机关本级 人员经费（决算）60.00万元，机关本级 公用经费（决算）30.00万元。", item.Message);
        // The same of one scope: the scope names the inputs.
        var scope = Assert.Single(CheckWith("FA1006", Statement("2.6-1",
            F("基本支出", "决算", "100.00", scope: "一般公共预算财政拨款"), F("人员经费", "决算", "60.00", scope: "一般公共预算财政拨款"),
            F("公用经费", "决算", "30.00", scope: "一般公共预算财政拨款"))).Findings);
        Assert.EndsWith("依据：一般公共预算财政拨款 人员经费（决算）60.00万元，一般公共预算财政拨款 公用经费（决算）30.00万元。", scope.Message);
        // A printed code without an item: the code alone.
        var code = Assert.Single(CheckWith("FA1006", Statement("2.6-1",
            F("基本支出", "决算", "100.00"), F("人员经费", "决算", "60.00", code: "301"), F("公用经费", "决算", "30.00", code: "302"))).Findings);
        Assert.EndsWith("依据：301 人员经费（决算）60.00万元，302 公用经费（决算）30.00万元。", code.Message);
    }

    [Fact]
    public void A_broken_identity_lists_its_parts_in_order_and_words_its_messages_from_them_once()
    {
        // 基本支出 = 人员经费 + 公用经费: 60.00 + 30.00 = 90.00, 100.00 − 90.00 = 10.00 beyond any rounding: an error whose
        // inputs are the two parts as the identity names them (RuleContext.Sum keeps them only for a finding).
        var finding = Assert.Single(CheckWith("FA1006", Statement("2.6-1",
            F("基本支出", "决算", "100.00"), F("人员经费", "决算", "60.00"), F("公用经费", "决算", "30.00"))).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(new[] { "人员经费", "公用经费" }, finding.Inputs.Select(i => i.Key.Concept));
        Assert.Equal(new[] { "60.00", "30.00" }, finding.Inputs.Select(i => i.Value));
        Assert.Equal(
            "基本支出（决算） 列示 100.00万元，按 人员经费 + 公用经费 计算为 90万元（舍入允许 [89.99, 90.01]），差额 10万元，舍入无法解释。"
            + "依据：人员经费（决算）60.00万元，公用经费（决算）30.00万元。",
            finding.Message);
        // Worded once: the same strings on a second read.
        Assert.Same(finding.Message, finding.Message);
        Assert.Same(finding.MessageEn, finding.MessageEn);
        Assert.StartsWith("基本支出 (决算) is stated as 100.00万元; basic expenditure = personnel + public expenses gives 90万元", finding.MessageEn);
    }

    private static StatementSpec PartialList(string total, string unit = "万元", params Fig[] parts) =>
        Statement("2.6-3", "六、一般公共预算财政拨款基本支出决算情况说明", F("公用经费", "决算", total, unit, scope: "一般公共预算财政拨款"))
            .With(new ExplanationSpec("公用经费", "决算", true, "主要包括…等", parts.Length > 0 ? parts : new Part[]
            {
                F("办公费", "决算", "14.77", scope: "一般公共预算财政拨款基本支出", code: "30201", text: "办公费14.77万元"),
                F("福利费", "决算", "20.01", scope: "一般公共预算财政拨款基本支出", code: "30229", text: "福利费20.01万元"),
            }) { Scope = "一般公共预算财政拨款" });

    [Fact]
    public void A_partial_list_above_its_total_within_rounding_is_information_worded_as_a_bound()
    {
        // 14.77 + 20.01 = 34.78 > 34.77, but the parts may be as low as 14.765 + 20.005 = 34.77 ≤ 34.775: rounding only.
        var finding = Assert.Single(CheckWith("FA1011", PartialList("34.77")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(
            "一般公共预算财政拨款 公用经费（决算） 列示 34.77万元，按 “主要包括…等”所列各项之和（部分列举，应不大于合计） 计算为 34.78万元（舍入允许 [34.77, 34.79]），"
            + "差额 -0.01万元 在四舍五入可解释的范围内。依据：30201 办公费（决算）14.77万元，30229 福利费（决算）20.01万元。",
            finding.Message);
        Assert.Equal(
            "公用经费 (决算) is stated as 34.77万元; the sum of the parts listed (a partial list: at most the total) gives 34.78万元 (rounding allows [34.77, 34.79]): "
            + "the difference of -0.01万元 is explained by rounding.",
            finding.MessageEn);
    }

    [Fact]
    public void A_partial_list_whose_least_sum_touches_the_total_is_rounding_only()
    {
        // One part 34.80 (at least 34.795) against 34.79 (at most 34.795): the two meet at 34.795, rounding only.
        var touching = Assert.Single(CheckWith("FA1011", PartialList("34.79", parts: F("办公费", "决算", "34.80", text: "办公费34.80万元"))).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, touching.Outcome);
        // 34.78 is at most 34.785 < 34.795: an error.
        Assert.Equal(CheckOutcome.Inconsistent,
            Assert.Single(CheckWith("FA1011", PartialList("34.78", parts: F("办公费", "决算", "34.80", text: "办公费34.80万元"))).Findings).Outcome);
    }

    [Fact]
    public void A_partial_list_above_its_total_beyond_rounding_is_an_error_worded_as_a_bound_each_list_one_check()
    {
        // 14.77 + 20.01 = 34.78; the parts are at least 14.765 + 20.005 = 34.77 > 34.00 + 0.005 = 34.005 at most: an error,
        // its difference 34.00 − 34.78 = −0.78. The words "部分列举" are joined only for the message (PartialSum).
        var broken = CheckWith("FA1011", PartialList("34.00"));
        var finding = Assert.Single(broken.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(
            "一般公共预算财政拨款 公用经费（决算） 列示 34.00万元，按 “主要包括…等”所列各项之和（部分列举，应不大于合计） 计算为 34.78万元（舍入允许 [34.77, 34.79]），"
            + "差额 -0.78万元，舍入无法解释。依据：30201 办公费（决算）14.77万元，30229 福利费（决算）20.01万元。",
            finding.Message);
        Assert.Equal(
            "公用经费 (决算) is stated as 34.00万元; the sum of the parts listed (a partial list: at most the total) gives 34.78万元 (rounding allows [34.77, 34.79]): "
            + "the difference of -0.78万元 cannot be explained by rounding.",
            finding.MessageEn);
        // One list, one check, whichever way it is decided: at once (34.78 ≥ the sum), by rounding (34.77) or broken (34.00).
        Assert.Equal(1, broken.ChecksRun);
        Assert.Equal(1, CheckWith("FA1011", PartialList("34.77")).ChecksRun);
        var consistent = CheckWith("FA1011", PartialList("34.78"));
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
    }

    [Fact]
    public void A_partial_list_in_wan_yuan_is_held_to_a_total_printed_in_yuan()
    {
        // 347800.00 元 = 34.78 万元 = 14.77 + 20.01: consistent. 347700.00 元 = 34.77 万元 is below the sum but within
        // rounding of the parts (34.77 at least): information. 340000.00 元 = 34.00 万元 is below 34.77: an error.
        Assert.Empty(CheckWith("FA1011", PartialList("347800.00", "元")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(CheckWith("FA1011", PartialList("347700.00", "元")).Findings).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(CheckWith("FA1011", PartialList("340000.00", "元")).Findings).Outcome);
    }
}
