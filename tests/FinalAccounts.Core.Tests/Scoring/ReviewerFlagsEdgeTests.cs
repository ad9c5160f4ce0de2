using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The edges of FA2020, FA2021 and FA2030 (ReviewerFlags): a 定性 row one point short of full marks, a number as evidence,
/// a blank score; a missed row that gives its reason, reasons on two met rows; costs exactly at, in 元 above, and in other
/// units beside 全年执行数. E6 of <see cref="PrintedTables"/>; arithmetic by hand.
/// </summary>
public sealed class ReviewerFlagsEdgeTests
{
    private static string Table(string qualitativeActual = "服务质量明显提升", string qualitativeScore = "30", string outputActual = "100", string outputScore = "50",
        string? outputDeviation = null, string? satisfactionDeviation = null, string total = "99", string[]? extra = null)
    {
        var indicators = new List<string>
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", outputActual, "人", "50", outputScore, outputDeviation),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", qualitativeActual, null, "30", qualitativeScore),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10", satisfactionDeviation),
        };
        if (extra != null) indicators.AddRange(extra);
        return Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") }, indicators, "100", total, grade: "优");
    }

    private static IReadOnlyList<Finding> Of(string table, string ruleId) => Findings(table).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void A_qualitative_row_without_evidence_is_flagged_only_at_full_marks()
    {
        // The actual repeats the target: at 30 of 30 a flag, at 29 of 30 none (the score already reflects something).
        Assert.Single(Of(Table(qualitativeActual: "有效提升"), "FA2020"));
        Assert.Empty(Of(Table(qualitativeActual: "有效提升", qualitativeScore: "29", total: "98"), "FA2020"));
    }

    [Fact]
    public void A_nonzero_number_or_other_words_are_evidence()
    {
        Assert.Empty(Of(Table(qualitativeActual: "5"), "FA2020"));
        Assert.Empty(Of(Table(qualitativeActual: "有效提升了服务"), "FA2020"));
    }

    [Fact]
    public void A_missed_row_that_gives_its_reason_is_not_flagged()
    {
        // ≥100 人, actual 80 (80 ÷ 100 × 50 = 40), with a reason.
        Assert.Empty(Of(Table(outputActual: "80", outputScore: "40", outputDeviation: "部分人员未参训", total: "89"), "FA2021"));
        Assert.Single(Of(Table(outputActual: "80", outputScore: "40", total: "89"), "FA2021"));
    }

    [Fact]
    public void Reasons_on_several_met_rows_are_all_named_and_the_first_quoted()
    {
        var extra = Indicator("产出指标", "质量指标", "合格率", "正向", "大于等于", "90", "95", "%", "0", "0", "另有说明");
        var finding = Assert.Single(Of(Table(outputActual: "80", outputScore: "40", satisfactionDeviation: "部分人员未参训", total: "89", extra: new[] { extra }), "FA2021"));
        Assert.EndsWith("；偏差原因却写在已完成的「满意度」「合格率」行（部分人员未参训）。", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("; a reason stands instead on the met row(s) 满意度, 合格率.", finding.MessageEn, System.StringComparison.Ordinal);
    }

    private static string Cost(string actual, string unit = "万元", string name = "培训成本")
        => Indicator("产出指标", "成本指标", name, "反向", "小于等于", "100", actual, unit, "0", "0");

    [Fact]
    public void Costs_adding_up_to_exactly_the_money_spent_are_consistent()
    {
        // 60 + 30 = 90 万元 against 90 executed: not above it, so nothing (not even rounding information).
        Assert.Empty(Of(Table(extra: new[] { Cost("60"), Cost("30", name: "场地成本") }), "FA2030"));
        // 60 + 32 = 92: 2 more, and beyond rounding (whole numbers: the costs stand for at least 91, the 90 spent for at most 90.5).
        var finding = Assert.Single(Of(Table(extra: new[] { Cost("60"), Cost("32", name: "场地成本") }), "FA2030"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("E6「测试项目」成本指标实际完成值合计 60万元 + 32万元 = 92万元，超过年度资金总额全年执行数 90万元，多 2万元（培训成本、场地成本）。", finding.Message);
    }

    [Fact]
    public void Costs_in_yuan_are_converted_and_costs_in_other_units_left_out()
    {
        // 950000 元 = 95 万元 > 90; a cost counted in 人 is not money.
        Assert.Single(Of(Table(extra: new[] { Cost("950000", "元") }), "FA2030"));
        Assert.Empty(Of(Table(extra: new[] { Cost("950", "人") }), "FA2030"));
    }

    private static string Weights(string? cut = null) => Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "15", "90.00", "9.00") }, new[]
    {
        Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "45", "45"),
        Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
        Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
    }, "100", "94", cut: cut, grade: "优");

    [Fact]
    public void A_template_finding_stands_on_the_total_weight_and_says_when_the_table_is_cut()
    {
        // 执行率 15 fits no known template (10 or 20).
        var finding = Assert.Single(Of(Weights(), "FA2011"));
        Assert.Equal(("100", "总分"), (finding.Stated.Value, finding.Stated.Location.Row));
        Assert.DoesNotContain("表格不完整", finding.Message, System.StringComparison.Ordinal);
        var cut = Assert.Single(Of(Weights(cut: "end"), "FA2011"));
        Assert.Contains("（表格不完整，仅核对完整的一级指标），不符合任何已知权重模板", cut.Message, System.StringComparison.Ordinal);
    }
}
