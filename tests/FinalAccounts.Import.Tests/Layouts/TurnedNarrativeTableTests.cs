using System.Linq;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// 说明 tables printed turned (issue 14): the rows' names as columns, grouped under year-labelled bases on a line above
/// ("2024年度预算数 | 2024年度决算数" over "合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费) |
/// 公务接待费"), or with the basis at the left of each value line; the 国有资产 counts (车辆 by kind, equipment) either
/// way; the 政府采购 table's 授予中小企业合同金额 column. Layouts by hand, expected figures read off them by hand.
/// </summary>
public sealed class TurnedNarrativeTableTests
{
    private static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);

    private static HandLayout ThreePublic()
        => new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "七、财政拨款“三公”经费支出决算情况说明"))
            .Line(135, (60, "（一）“三公”经费财政拨款支出决算总体情况说明。"))
            .Line(150, (60, "“三公”经费财政拨款支出年初预算为10.00万元，支出决算为8.50万元，完成预算的85.00%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；"))
            .Line(162, (60, "公务用车购置及运行维护费支出决算为6.00万元，完成预算的85.71%；公务接待费支出决算为2.50万元，完成预算的83.33%。"))
            .Line(180, (60, "（二）“三公”经费财政拨款支出决算具体情况说明。"));

    // Leaves of one group, left edges: 合计 60 (18 wide), 因公出国（境）费 90 (72), 小计 175 (18), 购置费 205 (27),
    // 运行维护费 240 (45), 公务接待费 300 (45); 公务用车购置及运行维护费 (108 wide) at 175 heads 小计, 购置费, 运行维护费.
    private static readonly (double Left, string Label)[] s_leaves = { (60, "合计"), (90, "因公出国（境）费"), (175, "小计"), (205, "购置费"), (240, "运行维护费"), (300, "公务接待费") };

    private static HandLayout Grouped(HandLayout layout, string first, string second, string[] a, string[] b, double y = 200)
    {
        const double shift = 300;
        layout.Line(y, (400, "单位：万元"))
            .Line(y + 15, (Under(202, first), first), (Under(202 + shift, second), second))
            .Line(y + 30, s_leaves.Where(l => l.Left is not (175 or 205 or 240)).Concat(new[] { (Left: 175.0, Label: "公务用车购置及运行维护费") })
                .SelectMany(l => new[] { (l.Left, l.Label), (l.Left + shift, l.Label) }).ToArray())
            .Line(y + 45, new[] { (175.0, "小计"), (205.0, "购置费"), (240.0, "运行维护费") }.SelectMany(l => new[] { l, (l.Item1 + shift, l.Item2) }).ToArray());
        var values = s_leaves.Select((l, i) => (Under(l.Left + (HandLayout.Width(l.Label) / 2), a[i]), a[i]))
            .Concat(s_leaves.Select((l, i) => (Under(l.Left + shift + (HandLayout.Width(l.Label) / 2), b[i]), b[i]))).ToArray();
        return layout.Line(y + 60, values).Line(y + 80, (60, "主要原因：严格执行中央八项规定精神。"));
    }

    private static string[] TableFigures(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.Contains("-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + " = " + f.Value + " " + f.Unit)).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    private static string[] Sorted(string[] figures) => figures.OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    private static string[] Notes(ImportResult result, string id) => result.Notes.Where(n => n.Id == id).Select(n => n.Message).ToArray();

    [Fact]
    public void A_year_grouped_three_public_table_gives_each_value_by_its_group_and_name()
    {
        var result = Grouped(ThreePublic(), "2024年度预算数", "2024年度决算数",
            new[] { "10.00", "0.00", "7.00", "0.00", "7.00", "3.00" }, new[] { "8.50", "0.00", "6.00", "0.00", "6.00", "2.50" }).Import();
        Assert.Equal(
            Sorted(new[]
            {
                "三公经费|决算 = 8.50 万元", "三公经费|年初预算 = 10.00 万元", "公务接待费|决算 = 2.50 万元", "公务接待费|年初预算 = 3.00 万元",
                "公务用车购置及运行维护费|决算 = 6.00 万元", "公务用车购置及运行维护费|年初预算 = 7.00 万元", "公务用车购置费|决算 = 0.00 万元",
                "公务用车购置费|年初预算 = 0.00 万元", "公务用车运行维护费|决算 = 6.00 万元", "公务用车运行维护费|年初预算 = 7.00 万元",
                "因公出国（境）费|决算 = 0.00 万元", "因公出国（境）费|年初预算 = 0.00 万元",
            }),
            TableFigures(result));
        Assert.Empty(Notes(result, ImportNotes.ValueNotPlaced));
        Assert.Empty(Notes(result, ImportNotes.UnknownLabel));
        // 8.50 = 0.00 + 6.00 + 2.50, 6.00 = 0.00 + 6.00, and the sentence says 8.50: nothing to report.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId is "FA1010" or "FA1030" && f.Severity != Severity.Info);
    }

    [Fact]
    public void A_grouped_table_that_does_not_add_up_is_found_at_its_total()
    {
        // 决算 合计 8.60 where 0.00 + 6.00 + 2.50 = 8.50: FA1010 on the table's total (and FA1030 against the sentence's 8.50).
        var result = Grouped(ThreePublic(), "2024年度预算数", "2024年度决算数",
            new[] { "10.00", "0.00", "7.00", "0.00", "7.00", "3.00" }, new[] { "8.60", "0.00", "6.00", "0.00", "6.00", "2.50" }).Import();
        var findings = ReportChecker.Check(result.Report).Findings;
        var sum = Assert.Single(findings, f => f.RuleId == "FA1010" && f.Severity == Severity.Error);
        Assert.StartsWith("3.7-T1.", sum.Location.StatementId, System.StringComparison.Ordinal);
        Assert.Contains("8.6", sum.Message, System.StringComparison.Ordinal);
        Assert.Contains(findings, f => f.RuleId == "FA1030" && f.Severity == Severity.Error && f.Message.Contains("8.6", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Last_years_group_is_read_as_last_years_final_accounts()
    {
        var result = Grouped(ThreePublic(), "2023年度决算数", "2024年度决算数",
            new[] { "9.00", "0.00", "6.50", "0.00", "6.50", "2.50" }, new[] { "8.50", "0.00", "6.00", "0.00", "6.00", "2.50" }).Import();
        Assert.Contains("三公经费|上年决算 = 9.00 万元", TableFigures(result));
        Assert.Contains("三公经费|决算 = 8.50 万元", TableFigures(result));
        Assert.Equal(12, TableFigures(result).Length);
    }

    [Theory]
    [InlineData("2022年度决算数", "2024年度决算数")] // two years apart: which is which is a guess
    [InlineData("2024年度预算数", "2024年度预算数")] // one basis twice
    [InlineData("2023年度预算数", "2024年度决算数")] // an earlier year's 预算 has no basis here
    public void Groups_that_cannot_be_told_apart_leave_the_table_out_with_a_note(string first, string second)
    {
        var result = Grouped(ThreePublic(), first, second,
            new[] { "10.00", "0.00", "7.00", "0.00", "7.00", "3.00" }, new[] { "8.50", "0.00", "6.00", "0.00", "6.00", "2.50" }).Import();
        Assert.Empty(TableFigures(result));
        Assert.Contains(Notes(result, ImportNotes.ValueNotPlaced), m => m.Contains("rows as columns", System.StringComparison.Ordinal));
        // Its lines stay out of the sentences too: no figure of the 说明 reads 10.00 or 8.50 from them.
        Assert.DoesNotContain(result.Report.Statements, s => s.Sentence.Contains("10.00 0.00", System.StringComparison.Ordinal) && !s.Id.Contains("-T", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_label_standing_over_the_other_groups_columns_leaves_the_table_out()
    {
        // The second group's label printed far right, past its columns: which columns are its is not sure.
        var layout = ThreePublic()
            .Line(200, (400, "单位：万元"))
            .Line(215, (Under(202, "2024年度预算数"), "2024年度预算数"), (900, "2024年度决算数"))
            .Line(230, (60, "合计"), (90, "公务接待费"), (360, "合计"), (390, "公务接待费"))
            .Line(245, (Under(69, "10.00"), "10.00"), (Under(112.5, "3.00"), "3.00"), (Under(369, "8.50"), "8.50"), (Under(412.5, "2.50"), "2.50"));
        var result = layout.Import();
        Assert.Empty(TableFigures(result));
        Assert.NotEmpty(Notes(result, ImportNotes.ValueNotPlaced));
    }

    [Fact]
    public void Without_groups_each_value_line_names_its_basis_at_its_left()
    {
        var result = ThreePublic()
            .Line(200, (400, "单位：万元"))
            .Line(215, (60, "项目"), (150, "合计"), (190, "因公出国（境）费"), (280, "公务用车购置及运行维护费"), (400, "公务接待费"))
            .Line(230, (60, "预算数"), (Under(159, "10.00"), "10.00"), (Under(226, "0.00"), "0.00"), (Under(334, "7.00"), "7.00"), (Under(422.5, "3.00"), "3.00"))
            .Line(245, (60, "决算数"), (Under(159, "8.50"), "8.50"), (Under(226, "0.00"), "0.00"), (Under(334, "6.00"), "6.00"), (Under(422.5, "-"), "-"))
            .Import();
        Assert.Equal(
            Sorted(new[]
            {
                "三公经费|决算 = 8.50 万元", "三公经费|年初预算 = 10.00 万元", "公务接待费|年初预算 = 3.00 万元", "公务用车购置及运行维护费|决算 = 6.00 万元",
                "公务用车购置及运行维护费|年初预算 = 7.00 万元", "因公出国（境）费|决算 = 0.00 万元", "因公出国（境）费|年初预算 = 0.00 万元",
            }),
            TableFigures(result));
        // The 决算 公务接待费 is blank ("-"): no sum is claimed for the 决算 total, so no FA1010 either way.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1010");
    }

    private static HandLayout Assets() => new HandLayout().NewPage()
        .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
        .Line(120, (60, "十一、其他重要事项的情况说明"))
        .Line(135, (60, "（三）国有资产占有使用情况说明"))
        .Line(150, (60, "截至2024年12月31日，本部门共有车辆7辆，详见下表。"));

    private static readonly string[] s_kinds = { "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车" };

    /// <summary>车辆合计 then the eight kinds, then 单价100万元以上设备, each column 90 wide from x = 100; 数量 at the left of the values.</summary>
    private static HandLayout TurnedAssets(string total, string[] kinds, string equipment)
    {
        var names = new[] { "车辆合计" }.Concat(s_kinds).Append("单价100万元以上设备").ToArray();
        var values = new[] { total }.Concat(kinds).Append(equipment).ToArray();
        double Centre(int i) => 100 + (90 * i) + (HandLayout.Width(names[i]) / 2);
        return Assets()
            .Line(170, (600, "单位：辆、台（套）"))
            .Line(185, new[] { (60.0, "项目") }.Concat(names.Select((n, i) => (100.0 + (90 * i), n))).ToArray())
            .Line(200, new[] { (60.0, "数量") }.Concat(values.Select((v, i) => (Under(Centre(i), v), v))).ToArray());
    }

    [Fact]
    public void A_turned_assets_table_gives_counts_each_in_its_own_unit_and_the_count_rule_checks_them()
    {
        var zeros = new[] { "0", "0", "0", "0", "0", "0", "0", "7" };
        var result = TurnedAssets("7", zeros, "2").Import();
        var figures = TableFigures(result);
        Assert.Contains("车辆|年末 = 7 辆", figures);
        Assert.Contains("其他用车|年末 = 7 辆", figures);
        Assert.Contains("部级领导干部用车|年末 = 0 辆", figures);
        Assert.Contains("单价100万元（含）以上的设备（不含车辆）|年末 = 2 台（套）", figures);
        Assert.Equal(10, figures.Length);
        // 7 = 0 × 7 + 7, and the sentence's 7 辆 agrees: no count finding.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId is "FA1150" or "FA1030" && f.Severity != Severity.Info);
        // 车辆合计 8 where the kinds add up to 7: FA1150 at the table's total; and 8 against the sentence's 7 (FA1030).
        var broken = ReportChecker.Check(TurnedAssets("8", zeros, "2").Import().Report).Findings;
        var count = Assert.Single(broken, f => f.RuleId == "FA1150");
        Assert.Equal(Severity.Error, count.Severity);
        Assert.StartsWith("3.11-T1.", count.Location.StatementId, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_assets_table_down_the_page_and_a_fraction_or_a_unit_slip_stays_out()
    {
        var result = Assets()
            .Line(170, (400, "单位：辆"))
            .Line(185, (60, "项目"), (250, "数量"))
            .Line(200, (60, "车辆合计"), (Under(259, "7"), "7"))
            .Line(215, (60, "其中：其他用车"), (Under(259, "6.5"), "6.5"))
            .Line(230, (60, "单价100万元以上设备"), (Under(259, "2"), "2"))
            .Import();
        // The 车辆 count is read; a fraction of a car and equipment under a unit line of 辆 only are not.
        Assert.Equal(new[] { "车辆|年末 = 7 辆" }, TableFigures(result));
        Assert.Contains(Notes(result, ImportNotes.ValueNotPlaced), m => m.Contains("6.5", System.StringComparison.Ordinal) && m.Contains("whole", System.StringComparison.Ordinal));
        Assert.Contains(Notes(result, ImportNotes.ValueNotPlaced), m => m.Contains("台（套）", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_procurement_tables_small_firms_column_is_read_and_adds_up_by_kind()
    {
        HandLayout Procurement(string awarded) => new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "十一、其他重要事项的情况说明"))
            .Line(135, (60, "（二）政府采购支出情况"))
            .Line(150, (400, "单位：万元"))
            .Line(165, (60, "采购类别"), (250, "采购金额"), (350, "授予中小企业合同金额"))
            .Line(180, (60, "合计"), (Under(268, "251.25"), "251.25"), (Under(395, awarded), awarded))
            .Line(195, (60, "货物"), (Under(268, "4.79"), "4.79"), (Under(395, "3.54"), "3.54"))
            .Line(210, (60, "工程"), (Under(268, "0.00"), "0.00"), (Under(395, "0.00"), "0.00"))
            .Line(225, (60, "服务"), (Under(268, "246.46"), "246.46"), (Under(395, "246.46"), "246.46"));
        var result = Procurement("250.00").Import();
        Assert.Equal(
            Sorted(new[]
            {
                "工程采购授予中小企业合同金额|决算 = 0.00 万元", "货物采购授予中小企业合同金额|决算 = 3.54 万元", "授予中小企业合同金额|决算 = 250.00 万元",
                "服务采购授予中小企业合同金额|决算 = 246.46 万元", "政府采购工程支出|决算 = 0.00 万元", "政府采购货物支出|决算 = 4.79 万元",
                "政府采购服务支出|决算 = 246.46 万元", "政府采购支出|决算 = 251.25 万元",
            }),
            TableFigures(result));
        Assert.Empty(Notes(result, ImportNotes.UnknownLabel));
        // 3.54 + 0.00 + 246.46 = 250.00: consistent; 251.00 is not.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1010" && f.Severity != Severity.Info);
        var broken = Assert.Single(ReportChecker.Check(Procurement("251.00").Import().Report).Findings, f => f.RuleId == "FA1010" && f.Severity == Severity.Error);
        Assert.Contains("251", broken.Message, System.StringComparison.Ordinal);
    }
}
