using System.Linq;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// Money tables printed inside the 说明 (issue 14.1): the "三公" breakdown in 七, 机关运行经费 and 政府采购 in 十一. Each
/// layout is written by hand and its expected figures read off it by hand; whatever cannot be placed surely stays out
/// with a note (a slip is worse than a miss).
/// </summary>
public sealed class NarrativeTableTests
{
    private const double Budget = 263.5, Actual = 363.5, Change = 463.5;

    private static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);

    /// <summary>A row: its label at x = 60 and each value centred under its column.</summary>
    private static (double, string)[] Row(string label, params (double Centre, string Value)[] values)
        => new[] { (60.0, label) }.Concat(values.Select(v => (Under(v.Centre, v.Value), v.Value))).ToArray();

    /// <summary>The 说明 part down to 七（二）'s lead-in sentence, with 七（一）'s standard sentence stating <paramref name="total"/> as the 三公 决算.</summary>
    private static HandLayout ThreePublicSection(string total = "8.50")
        => new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "七、财政拨款“三公”经费支出决算情况说明"))
            .Line(135, (60, "（一）“三公”经费财政拨款支出决算总体情况说明。"))
            .Line(150, (60, "“三公”经费财政拨款支出年初预算为10.00万元，支出决算为" + total + "万元，完成预算的85.00%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；"))
            .Line(162, (60, "公务用车购置及运行维护费支出决算为6.00万元，完成预算的85.71%；公务接待费支出决算为2.50万元，完成预算的83.33%。"))
            .Line(180, (60, "（二）“三公”经费财政拨款支出决算具体情况说明。"))
            .Line(195, (60, "“三公”经费财政拨款支出决算的具体情况见下表："));

    private static HandLayout ThreePublicTable(HandLayout layout, string unit = "单位：万元")
        => layout
            .Line(210, (400, unit))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "10.00"), (Actual, "8.50")))
            .Line(255, Row("因公出国（境）费", (Budget, "0.00"), (Actual, "0.00")))
            .Line(270, Row("公务用车购置及运行维护费", (Budget, "7.00"), (Actual, "6.00")))
            .Line(285, Row("其中：公务用车购置费", (Budget, "0.00"), (Actual, "0.00")))
            .Line(300, Row("公务用车运行维护费", (Budget, "7.00"), (Actual, "6.00")))
            .Line(315, Row("公务接待费", (Budget, "3.00"), (Actual, "2.50")))
            .Line(335, (60, "主要原因：严格执行中央八项规定精神，压减公务用车运行维护支出。"));

    /// <summary>"concept|basis|scope = value unit" of the figures read from tables in the 说明 (statement ids …-T…).</summary>
    private static string[] TableFigures(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.Contains("-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Key.Scope + " = " + f.Value + " " + f.Unit)).ToArray();

    private static string[] Notes(ImportResult result, string id) => result.Notes.Where(n => n.Id == id).Select(n => n.Message).ToArray();

    [Fact]
    public void A_three_public_table_in_the_narrative_gives_every_row_by_its_column()
    {
        var result = ThreePublicTable(ThreePublicSection()).Import();
        Assert.Equal(
            new[]
            {
                "三公经费|年初预算|财政拨款 = 10.00 万元", "三公经费|决算|财政拨款 = 8.50 万元",
                "因公出国（境）费|年初预算|财政拨款 = 0.00 万元", "因公出国（境）费|决算|财政拨款 = 0.00 万元",
                "公务用车购置及运行维护费|年初预算|财政拨款 = 7.00 万元", "公务用车购置及运行维护费|决算|财政拨款 = 6.00 万元",
                "公务用车购置费|年初预算|财政拨款 = 0.00 万元", "公务用车购置费|决算|财政拨款 = 0.00 万元",
                "公务用车运行维护费|年初预算|财政拨款 = 7.00 万元", "公务用车运行维护费|决算|财政拨款 = 6.00 万元",
                "公务接待费|年初预算|财政拨款 = 3.00 万元", "公务接待费|决算|财政拨款 = 2.50 万元",
            },
            TableFigures(result));
        var first = result.Report.Statements.Single(s => s.Id == "3.7-T1.1");
        Assert.Equal("合计 10.00 8.50", first.Sentence);
        Assert.Equal(2, first.Figures[0].Location.Page);
        Assert.Equal("七、财政拨款“三公”经费支出决算情况说明", first.Section);
        // The sentence of 七（一）is still read, and the table's lines are no part of any sentence.
        Assert.Contains(result.Report.Statements, s => s.Id == "3.7-1");
        Assert.DoesNotContain(result.Report.Statements, s => s.Id.StartsWith("3.7-", System.StringComparison.Ordinal) && !s.Id.Contains("-T", System.StringComparison.Ordinal) && s.Sentence.Contains("公务接待费3.002.50", System.StringComparison.Ordinal));
        Assert.Empty(Notes(result, ImportNotes.ValueNotPlaced));
        Assert.Empty(Notes(result, ImportNotes.UnknownLabel));
    }

    [Fact]
    public void The_checker_compares_the_table_with_the_sentence_and_accuses_only_a_real_difference()
    {
        // Table and sentence agree, and the table adds up (10.00 = 0.00 + 7.00 + 3.00, 8.50 = 0.00 + 6.00 + 2.50,
        // 7.00 = 0.00 + 7.00, 6.00 = 0.00 + 6.00): no FA1030, no FA1010.
        var agreeing = ReportChecker.Check(ThreePublicTable(ThreePublicSection()).Import().Report);
        Assert.DoesNotContain(agreeing.Findings, f => f.RuleId is "FA1030" or "FA1010");
        // The sentence says 8.60 where the table prints 8.50: one FA1030 error on the 三公 决算, no more.
        var differing = ReportChecker.Check(ThreePublicTable(ThreePublicSection(total: "8.60")).Import().Report);
        var fa1030 = Assert.Single(differing.Findings, f => f.RuleId == "FA1030");
        Assert.Equal(Severity.Error, fa1030.Severity);
        Assert.Contains("8.5", fa1030.Message, System.StringComparison.Ordinal);
        Assert.Contains("8.6", fa1030.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_does_not_add_up_is_found_and_a_blank_part_claims_no_sum()
    {
        // 合计 决算 printed 8.60 where 0.00 + 6.00 + 2.50 = 8.50: one FA1010 on the 合计 row (its 预算数 adds up; the
        // sentence of 七（一）states 8.50 = its own parts, so its FA1010 stays quiet and FA1030 names the disagreement).
        var broken = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "10.00"), (Actual, "8.60")))
            .Line(255, Row("因公出国（境）费", (Budget, "0.00"), (Actual, "0.00")))
            .Line(270, Row("公务用车购置及运行维护费", (Budget, "7.00"), (Actual, "6.00")))
            .Line(285, Row("公务接待费", (Budget, "3.00"), (Actual, "2.50")))
            .Import();
        var fa1010 = Assert.Single(ReportChecker.Check(broken.Report).Findings, f => f.RuleId == "FA1010");
        Assert.Equal("3.7-T1.1", fa1010.Location.StatementId);
        Assert.Contains("8.6", fa1010.Message, System.StringComparison.Ordinal);
        // The same table with 因公出国（境）费's 决算 blank ("-"): the column's parts are not all printed, no sum is claimed.
        var blank = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "10.00"), (Actual, "8.60")))
            .Line(255, Row("因公出国（境）费", (Budget, "0.00"), (Actual, "-")))
            .Line(270, Row("公务用车购置及运行维护费", (Budget, "7.00"), (Actual, "6.00")))
            .Line(285, Row("公务接待费", (Budget, "3.00"), (Actual, "2.50")))
            .Import();
        Assert.DoesNotContain(ReportChecker.Check(blank.Report).Findings, f => f.RuleId == "FA1010");
    }

    [Fact]
    public void A_value_between_two_columns_or_two_in_one_cell_stays_out_with_a_note()
    {
        var result = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "10.00"), ((Budget + Actual) / 2, "8.50")))
            .Line(255, Row("公务接待费", (Budget - 8, "3.00"), (Budget + 8, "2.50")))
            .Import();
        Assert.Equal(new[] { "三公经费|年初预算|财政拨款 = 10.00 万元" }, TableFigures(result));
        Assert.Equal(3, Notes(result, ImportNotes.ValueNotPlaced).Length);
    }

    [Fact]
    public void An_unknown_row_is_left_out_and_a_wrapped_name_is_joined()
    {
        var result = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("公务用车购置及运行", (Budget, "7.00"), (Actual, "6.00")))
            .Line(252, (60, "维护费"))
            .Line(270, Row("会议费", (Budget, "1.00"), (Actual, "1.00")))
            .Import();
        Assert.Equal(new[] { "公务用车购置及运行维护费|年初预算|财政拨款 = 7.00 万元", "公务用车购置及运行维护费|决算|财政拨款 = 6.00 万元" }, TableFigures(result));
        Assert.Contains(Notes(result, ImportNotes.UnknownLabel), m => m.Contains("会议费", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_stub_label_printed_spaced_out_still_makes_a_header()
    {
        var result = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项"), (90, "目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("公务接待费", (Budget, "3.00"), (Actual, "2.50")))
            .Import();
        Assert.Equal(new[] { "公务接待费|年初预算|财政拨款 = 3.00 万元", "公务接待费|决算|财政拨款 = 2.50 万元" }, TableFigures(result));
    }

    [Fact]
    public void A_line_of_prose_under_a_unit_line_is_no_header()
    {
        // Words that are not all labels: no table, nothing read from it, the text left to the sentence reader.
        var result = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "其中"), (250, "决算数"), (350, "增加"))
            .Line(240, Row("公务接待费", (Budget, "3.00"), (Actual, "2.50")))
            .Import();
        Assert.Empty(TableFigures(result));
    }

    [Fact]
    public void A_header_with_one_basis_twice_is_not_read()
    {
        // 2024年 | 2023年 over two 决算数 columns: which year a value belongs to is not on its own line.
        var result = ThreePublicSection()
            .Line(210, (400, "单位：万元"))
            .Line(225, (60, "项目"), (250, "决算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "8.50"), (Actual, "9.00")))
            .Import();
        Assert.Empty(TableFigures(result));
        Assert.Contains(Notes(result, ImportNotes.UnknownLabel), m => m.Contains("two columns", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Running_costs_and_procurement_tables_with_changes_and_rates()
    {
        var result = new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "十一、其他重要事项的情况说明"))
            .Line(135, (60, "（一）机关运行经费支出情况"))
            .Line(150, (400, "单位：万元"))
            .Line(165, (60, "项目"), (250, "决算数"), (350, "上年决算数"), (450, "增减额"), (530, "增减率"))
            .Line(180, Row("机关运行经费", (263.5, "184.65"), (372.5, "182.10"), (463.5, "2.55"), (543.5, "1.40%")))
            .Line(200, (60, "（二）政府采购支出情况"))
            .Line(215, (400, "单位：万元"))
            .Line(230, (60, "采购类别"), (250, "采购金额"), (350, "授予中小企业合同金额"))
            .Line(245, Row("合计", (268, "251.25"), (395, "250.00")))
            .Line(260, Row("货物", (268, "4.79")))
            .Line(275, Row("工程", (268, "0.00")))
            .Line(290, Row("服务", (268, "246.46")))
            .Import();
        Assert.Equal(
            new[]
            {
                "机关运行经费|决算| = 184.65 万元", "机关运行经费|上年决算| = 182.10 万元", "机关运行经费|较上年决算增减| = 2.55 万元", "机关运行经费|较上年决算增减率| = 1.40 %",
                "政府采购支出|决算| = 251.25 万元", "授予中小企业合同金额|决算| = 250.00 万元", "政府采购货物支出|决算| = 4.79 万元", "政府采购工程支出|决算| = 0.00 万元", "政府采购服务支出|决算| = 246.46 万元",
            },
            TableFigures(result));
        // 授予中小企业合同金额 is read on the 合计 row as the amount awarded to 中小企业 (the kinds print none: no sum is claimed).
        Assert.Empty(Notes(result, ImportNotes.UnknownLabel));
    }

    [Fact]
    public void A_table_in_yuan_keeps_its_unit()
    {
        var result = ThreePublicSection()
            .Line(210, (400, "单位：元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "100,000.00"), (Actual, "85,000.00")))
            .Import();
        Assert.Equal(new[] { "三公经费|年初预算|财政拨款 = 100000.00 元", "三公经费|决算|财政拨款 = 85000.00 元" }, TableFigures(result));
        // 85,000.00 元 is the sentence's 8.50 万元: no FA1030.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1030");
        // 86,000.00 元 is not: the figures are compared across units, and the difference is found.
        var differing = ThreePublicSection()
            .Line(210, (400, "单位：元"))
            .Line(225, (60, "项目"), (250, "预算数"), (350, "决算数"))
            .Line(240, Row("合计", (Budget, "100,000.00"), (Actual, "86,000.00")))
            .Import();
        Assert.Single(ReportChecker.Check(differing.Report).Findings, f => f.RuleId == "FA1030");
    }
}
