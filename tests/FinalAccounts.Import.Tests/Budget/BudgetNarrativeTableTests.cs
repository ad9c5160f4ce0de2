using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using Xunit;
using static FinalAccounts.Import.Tests.Budget.BudgetLayout;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// Tables printed in a 预算's 其他相关情况说明 (issue 14's 预算 leftover), read by the 决算's 说明-table readers through the
/// 预算's basis map. Each layout is written by hand and its expected figures read off it by hand: 2025年预算数 is 预算,
/// 2024年预算数 上年预算, 增减额/增减率 against the base the table prints; anything unsure stays out with a note.
/// </summary>
public sealed class BudgetNarrativeTableTests
{
    // Column centres: label at x = 60, then 2025年预算数 | 2024年预算数 | 增减额 | 增减率 at lefts 220, 300, 380, 440.
    private const double Own = 220 + 27, Previous = 300 + 27, Change = 380 + 13.5, Rate = 440 + 13.5;

    private static (double, string)[] Row(string label, params (double Centre, string Value)[] values)
        => new[] { (60.0, label) }.Concat(values.Select(v => (Under(v.Centre, v.Value), v.Value))).ToArray();

    private static string[] TableFigures(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.StartsWith("B.2-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Key.Scope + " = " + f.Value + " " + f.Unit)).ToArray();

    private static string[] Notes(ImportResult result, string id) => result.Notes.Where(n => n.Id == id).Select(n => n.Message).ToArray();

    private static HandLayout ThreePublic(string header2 = "2024年预算数", string change = "增减额")
        => Start()
            .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
            .Line(135, (60, "2025年“三公”经费预算数为8.50万元，比2024年预算减少1.50万元。"))
            .Line(150, (450, "单位：万元"))
            .Line(165, (60, "项目"), (220, "2025年预算数"), (300, header2), (380, change), (440, "增减率"))
            .Line(180, Row("合计", (Own, "8.50"), (Previous, "10.00"), (Change, "-1.50"), (Rate, "-15.00%")))
            .Line(195, Row("因公出国（境）费", (Own, "0.00"), (Previous, "0.00"), (Change, "0.00")))
            .Line(210, Row("公务用车购置及运行维护费", (Own, "6.00"), (Previous, "7.00"), (Change, "-1.00"), (Rate, "-14.29%")))
            .Line(225, Row("公务接待费", (Own, "2.50"), (Previous, "3.00"), (Change, "-0.50"), (Rate, "-16.67%")))
            .Line(245, (60, "二、机关运行经费预算"));

    [Fact]
    public void A_three_public_budget_table_gives_each_row_on_its_budget_basis()
    {
        var result = End(ThreePublic(), 280).Import();
        Assert.Equal(
            new[]
            {
                "三公经费|预算|财政拨款 = 8.50 万元", "三公经费|上年预算|财政拨款 = 10.00 万元", "三公经费|较上年预算增减|财政拨款 = -1.50 万元", "三公经费|较上年预算增减率|财政拨款 = -15.00 %",
                "因公出国（境）费|预算|财政拨款 = 0.00 万元", "因公出国（境）费|上年预算|财政拨款 = 0.00 万元", "因公出国（境）费|较上年预算增减|财政拨款 = 0.00 万元",
                "公务用车购置及运行维护费|预算|财政拨款 = 6.00 万元", "公务用车购置及运行维护费|上年预算|财政拨款 = 7.00 万元", "公务用车购置及运行维护费|较上年预算增减|财政拨款 = -1.00 万元", "公务用车购置及运行维护费|较上年预算增减率|财政拨款 = -14.29 %",
                "公务接待费|预算|财政拨款 = 2.50 万元", "公务接待费|上年预算|财政拨款 = 3.00 万元", "公务接待费|较上年预算增减|财政拨款 = -0.50 万元", "公务接待费|较上年预算增减率|财政拨款 = -16.67 %",
            },
            TableFigures(result));
        // The sentence above the table is still read by the sentence reader, the table's lines are not.
        var sentence = result.Report.Statements.Single(s => s.Id == "B.2-1");
        Assert.Equal(new[] { "8.50", "-1.50" }, sentence.Figures.Select(f => f.Value).ToArray());
        Assert.DoesNotContain(result.Notes, n => n.Id is ImportNotes.BudgetTableNotRead or ImportNotes.BudgetColumnNotRead or ImportNotes.ValueNotPlaced);
        // The table's 合计 carries its breakdown on each money basis: 0.00 + 6.00 + 2.50 = 8.50, 0 + 7 + 3 = 10, 0 − 1 − 0.5 = −1.5.
        var total = result.Report.Statements.Single(s => s.Figures.Any(f => f.Key.Concept == "三公经费" && f.Key.Basis == "上年预算"));
        Assert.Equal(new[] { "预算", "上年预算", "较上年预算增减" }, total.Explanations.Select(e => e.Explains.Basis).ToArray());
    }

    [Fact]
    public void The_checker_finds_the_budget_tables_figures_consistent_and_a_moved_one_wrong()
    {
        var good = FinalAccounts.Validation.ReportChecker.Check(End(ThreePublic(), 280).Import().Report);
        Assert.Empty(good.Findings.Where(f => f.Severity == FinalAccounts.Validation.Severity.Error).Select(f => f.RuleId + " " + f.Message));
        // 公务接待费's 上年预算 printed 3.50 for 3.00: Σ 上年预算 (0 + 7 + 3.5 = 10.5 ≠ 10.00) and 2.50 − 3.50 ≠ −0.50 are errors.
        var moved = Start()
            .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
            .Line(150, (450, "单位：万元"))
            .Line(165, (60, "项目"), (220, "2025年预算数"), (300, "2024年预算数"), (380, "增减额"))
            .Line(180, Row("合计", (Own, "8.50"), (Previous, "10.00"), (Change, "-1.50")))
            .Line(195, Row("因公出国（境）费", (Own, "0.00"), (Previous, "0.00"), (Change, "0.00")))
            .Line(210, Row("公务用车购置及运行维护费", (Own, "6.00"), (Previous, "7.00"), (Change, "-1.00")))
            .Line(225, Row("公务接待费", (Own, "2.50"), (Previous, "3.50"), (Change, "-0.50")));
        var bad = FinalAccounts.Validation.ReportChecker.Check(End(moved, 280).Import().Report);
        var errors = bad.Findings.Where(f => f.Severity == FinalAccounts.Validation.Severity.Error).Select(f => f.RuleId).ToList();
        Assert.Contains("FA1010", errors);
        Assert.Contains("FA1200", errors);
    }

    [Fact]
    public void A_change_beside_last_years_executed_budget_is_against_it()
    {
        var result = End(ThreePublic("2024年执行数"), 280).Import();
        var figures = TableFigures(result);
        Assert.Contains("公务接待费|上年执行数|财政拨款 = 3.00 万元", figures);
        Assert.Contains("公务接待费|较上年执行数增减|财政拨款 = -0.50 万元", figures);
        Assert.Contains("公务接待费|较上年执行数增减率|财政拨款 = -16.67 %", figures);
        Assert.DoesNotContain(figures, f => f.Contains("较上年预算", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_beside_no_base_is_left_out_and_the_rest_read()
    {
        var result = End(Start()
            .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
            .Line(150, (450, "单位：万元"))
            .Line(165, (60, "项目"), (220, "预算数"), (380, "增减额"))
            .Line(180, Row("合计", (Own, "8.50"), (Change, "-1.50")))
            .Line(195, Row("公务接待费", (Own, "2.50"), (Change, "-0.50"))), 230).Import();
        Assert.Equal(new[] { "三公经费|预算|财政拨款 = 8.50 万元", "公务接待费|预算|财政拨款 = 2.50 万元" }, TableFigures(result));
        Assert.Contains(Notes(result, ImportNotes.BudgetColumnNotRead), m => m.Contains("column 增减额", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("决算数", "a 决算 word")]
    [InlineData("2023年预算数", "two years before")]
    [InlineData("2025年预算数", "one basis twice")]
    public void An_unsure_header_leaves_the_whole_table_out(string header2, string why)
    {
        var result = End(ThreePublic(header2), 280).Import();
        Assert.True(TableFigures(result).Length == 0, why + ": " + string.Join("; ", TableFigures(result)));
        Assert.NotEmpty(Notes(result, ImportNotes.BudgetTableNotRead));
    }

    [Fact]
    public void A_running_cost_and_a_procurement_table_read_with_the_sme_reservation()
    {
        var result = End(Start()
            .Line(120, (60, "二、机关运行经费预算"))
            .Line(150, (450, "单位：万元"))
            .Line(165, (60, "项目"), (220, "2025年预算数"), (300, "2024年预算数"))
            .Line(180, Row("机关运行经费", (Own, "229.43"), (Previous, "230.00")))
            .Line(200, (60, "三、政府采购预算情况"))
            .Line(215, (450, "单位：万元"))
            .Line(230, (60, "项目"), (220, "预算数"), (300, "面向中小企业预留"))
            .Line(245, Row("合计", (Own, "117.00"), (Previous, "100.00")))
            .Line(260, Row("货物", (Own, "17.00"), (Previous, "17.00")))
            .Line(275, Row("工程", (Own, "0.00")))
            .Line(290, Row("服务", (Own, "100.00"), (Previous, "83.00"))), 320).Import();
        var figures = TableFigures(result);
        Assert.Equal(
            new[]
            {
                "机关运行经费|预算|财政拨款 = 229.43 万元", "机关运行经费|上年预算|财政拨款 = 230.00 万元",
                "政府采购支出|预算| = 117.00 万元", "面向中小企业预留项目预算金额|预算| = 100.00 万元",
                "政府采购货物支出|预算| = 17.00 万元", "政府采购工程支出|预算| = 0.00 万元", "政府采购服务支出|预算| = 100.00 万元",
            },
            figures);
        // The kinds' reservations have no concept of their own: left out with a note, never put on the kind's 预算.
        Assert.Equal(2, Notes(result, ImportNotes.UnknownLabel).Count(m => m.Contains("面向中小企业预留", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void An_asset_table_gives_the_budgeted_purchases_and_leaves_the_stock_out()
    {
        var result = End(Start()
            .Line(120, (60, "五、国有资产占有使用情况"))
            .Line(150, (450, "单位：辆、台（套）"))
            .Line(165, (60, "项目"), (260, "实有数"), (340, "预算安排购置数"))
            .Line(180, Row("车辆", (273.5, "8"), (371.5, "1")))
            .Line(195, Row("其他用车", (273.5, "8"), (371.5, "1")))
            .Line(210, Row("单价100万元（含）以上设备（不含车辆）", (273.5, "0"), (371.5, "0"))), 240).Import();
        Assert.Equal(
            new[] { "车辆|预算| = 1 辆", "其他用车|预算| = 1 辆", "单价100万元（含）以上的设备（不含车辆）|预算| = 0 台（套）" },
            TableFigures(result));
        Assert.Single(Notes(result, ImportNotes.BudgetColumnNotRead), m => m.Contains("column 实有数", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_turned_three_public_table_grouped_by_years_reads_each_group_on_its_basis()
    {
        // 2025年预算数 over 合计 | 因公出国（境）费 | 公务接待费, 2024年预算数 over the same three, one line of values.
        var result = End(Start()
            .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
            .Line(150, (500, "单位：万元"))
            .Line(165, (110, "2025年预算数"), (330, "2024年预算数"))
            .Line(180, (60, "合计"), (100, "因公出国（境）费"), (190, "公务接待费"), (280, "合计"), (320, "因公出国（境）费"), (410, "公务接待费"))
            .Line(195, (Under(69, "3.00"), "3.00"), (Under(136, "1.00"), "1.00"), (Under(212.5, "2.00"), "2.00"),
                (Under(289, "4.00"), "4.00"), (Under(356, "1.00"), "1.00"), (Under(432.5, "3.00"), "3.00")), 230).Import();
        Assert.Equal(
            new[]
            {
                "三公经费|预算|财政拨款 = 3.00 万元", "因公出国（境）费|预算|财政拨款 = 1.00 万元", "公务接待费|预算|财政拨款 = 2.00 万元",
                "三公经费|上年预算|财政拨款 = 4.00 万元", "因公出国（境）费|上年预算|财政拨款 = 1.00 万元", "公务接待费|上年预算|财政拨款 = 3.00 万元",
            },
            TableFigures(result));
    }

    [Fact]
    public void A_turned_table_naming_a_final_accounts_basis_is_left_out_whole()
    {
        var result = End(Start()
            .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
            .Line(150, (500, "单位：万元"))
            .Line(165, (110, "2025年预算数"), (330, "2024年决算数"))
            .Line(180, (60, "合计"), (100, "因公出国（境）费"), (190, "公务接待费"), (280, "合计"), (320, "因公出国（境）费"), (410, "公务接待费"))
            .Line(195, (Under(69, "3.00"), "3.00"), (Under(136, "1.00"), "1.00"), (Under(212.5, "2.00"), "2.00"),
                (Under(289, "4.00"), "4.00"), (Under(356, "1.00"), "1.00"), (Under(432.5, "3.00"), "3.00")), 230).Import();
        Assert.Empty(TableFigures(result));
        Assert.NotEmpty(Notes(result, ImportNotes.BudgetTableNotRead));
    }
}
