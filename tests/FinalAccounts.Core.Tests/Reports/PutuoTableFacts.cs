using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// What the real 上海市普陀区财政局 2024 report's tables print, counted and read by hand from the report: one set of facts
/// for every way the library reads it — the text-layer model here (PutuoReportTests) and the PDF import
/// (FinalAccounts.Import.Tests, which links this file).
/// </summary>
public abstract class PutuoTableFacts
{
    /// <summary>The report as the reader under test produced it.</summary>
    protected abstract FinalAccountsReport Report { get; }

    protected ReportTable Table(string id) => Report.Tables.Single(t => t.Id == id);

    protected string Cell(string tableId, FigureKey key) => Table(tableId).Cells.Single(c => c.Key == key).Value;

    protected static FigureKey K(string concept, string basis = "决算", string? scope = null, string? path = null, string? item = null)
        => new(concept, basis, scope, path, item);

    // ───────── (a) every standard table ─────────

    [SkippableFact]
    public void Every_standard_table_is_found_in_printed_order()
    {
        Assert.Equal(
            new[]
            {
                "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款收入支出决算表",
            },
            Report.Tables.Select(t => t.Title).ToArray());
        Assert.All(Report.Tables, t => Assert.Equal(FinalAccounts.Money.CurrencyUnit.WanYuan, t.Unit));
        Assert.Equal(2024, Report.Info.Year);
    }

    // ───────── (c) cells per table, counted by hand from the text layer ─────────

    [SkippableTheory]
    // 表1: 收入 2,940.05 6.20 2,946.25 49.14 2,995.39 (5); 支出 2,106.66 326.71 60.99 445.69 2,940.05 55.34 2,995.39 (7).
    [InlineData("表1", 12)]
    // 表2: 合计 3 values; 201 3, 20106 3, 2010601 3, 2010602 3, 2010607 2, 2010608 2; 208/20805/…01/05/06/99 6×2;
    // 210/21011/2101101 3×2; 221/22102/2210201/2210203 4×2 → 3 + 16 + 12 + 6 + 8.
    [InlineData("表2", 45)]
    // 表3: 合计 3, 201 3, 20106 3, 2010601 3, 2010602 2, 2010607 2, 2010608 2; 13 rows 208…2210203 × 2.
    [InlineData("表3", 44)]
    // 表4: 收入 2,940.05 (一般公共预算), 2,940.05 (本年收入合计), 21.63, 21.63, 2,961.68; 支出 4 类 rows, 本年支出合计,
    // 年末结转和结余, 总计, each with 合计 and 一般公共预算财政拨款 → 5 + 14.
    [InlineData("表4", 19)]
    // 表5: 201, 20106, 2010601 3 each; 2010602, 07, 08 2 each; 13 rows 208…2210203 2 each; 合计 3.
    [InlineData("表5", 44)]
    // 表6: left 301 30101 30102 30108 30109 30110 30112 30113 30199 303 30302 30309 人员经费合计 (13);
    // right 302 30201 30202 30204 30207 30211 30213 30216 30226 30228 30229 30239 30299 310 31002 公用经费合计 (16).
    [InlineData("表6", 29)]
    // 表7: 合计 预算数 0.95 and 公务接待费 预算数 0.95; every 决算数 is blank.
    [InlineData("表7", 2)]
    [InlineData("表8", 0)]
    [InlineData("表9", 0)]
    public void Table_has_the_hand_counted_number_of_cells(string id, int count) => Assert.Equal(count, Table(id).Cells.Count);

    // ───────── (b) values checked by hand against the text ─────────

    [SkippableFact]
    public void Tables_without_data_keep_the_statement_printed_under_them()
    {
        // Page 19 and 20 (text layer lines 511 and 527): 表8 and 表9 print only their header and the template's statement.
        Assert.Equal("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。", Table("表8").EmptyNote);
        Assert.Equal("注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。", Table("表9").EmptyNote);
        Assert.All(Report.Tables.Where(t => t.Id != "表8" && t.Id != "表9"), t => Assert.Equal(string.Empty, t.EmptyNote));
    }

    [SkippableFact]
    public void Summary_table_values()
    {
        Assert.Equal("2,940.05", Cell("表1", K("一般公共预算财政拨款收入")));
        Assert.Equal("6.20", Cell("表1", K("其他收入")));
        Assert.Equal("2,946.25", Cell("表1", K("本年收入合计")));
        Assert.Equal("49.14", Cell("表1", K("年初结转和结余")));
        Assert.Equal("2,995.39", Cell("表1", K("收入总计")));
        Assert.Equal("2,106.66", Cell("表1", K("本年支出合计", path: "一般公共服务支出")));
        // 表1 prints 326.71 where 表2, 表3 and 表5 print 326.72 (see Social_security_class_differs_between_tables).
        Assert.Equal("326.71", Cell("表1", K("本年支出合计", path: "社会保障和就业支出")));
        Assert.Equal("445.69", Cell("表1", K("本年支出合计", path: "住房保障支出")));
        Assert.Equal("2,940.05", Cell("表1", K("本年支出合计")));
        Assert.Equal("55.34", Cell("表1", K("年末结转和结余")));
        Assert.Equal("2,995.39", Cell("表1", K("支出总计")));
    }

    [SkippableFact]
    public void Income_table_values()
    {
        Assert.Equal("2,946.25", Cell("表2", K("本年收入合计")));
        Assert.Equal("2,940.05", Cell("表2", K("财政拨款收入")));
        Assert.Equal("6.20", Cell("表2", K("其他收入")));
        const string run = "一般公共服务支出/财政事务/行政运行";
        Assert.Equal("1,511.90", Cell("表2", K("本年收入合计", path: run)));
        Assert.Equal("1,511.89", Cell("表2", K("财政拨款收入", path: run)));
        Assert.Equal("0.01", Cell("表2", K("其他收入", path: run)));
        Assert.Equal("6.19", Cell("表2", K("其他收入", path: "一般公共服务支出/财政事务/一般行政管理事务")));
        var pension = Table("表2").Cells.Where(c => c.Code == "2080505").ToList();
        Assert.Equal(new[] { "160.75", "160.75" }, pension.Select(c => c.Value).ToArray());
        Assert.Equal("208 05 05 机关事业单位基本养老保险缴费支出", pension[0].Location.Row);
    }

    [SkippableFact]
    public void Expenditure_table_values()
    {
        Assert.Equal("2,940.05", Cell("表3", K("本年支出合计")));
        Assert.Equal("2,336.91", Cell("表3", K("基本支出")));
        Assert.Equal("603.14", Cell("表3", K("项目支出")));
        const string run = "一般公共服务支出/财政事务/行政运行";
        Assert.Equal("1,511.89", Cell("表3", K("本年支出合计", path: run)));
        Assert.Equal("1,503.52", Cell("表3", K("基本支出", path: run)));
        Assert.Equal("8.37", Cell("表3", K("项目支出", path: run)));
        Assert.Equal("135.25", Cell("表3", K("项目支出", path: "一般公共服务支出/财政事务/信息化建设")));
        Assert.Equal("10.00", Cell("表3", K("项目支出", path: "一般公共服务支出/财政事务/一般行政管理事务")));
        Assert.Equal("60.99", Cell("表3", K("基本支出", path: "卫生健康支出")));
        Assert.DoesNotContain(Table("表3").Cells, c => c.Key == K("项目支出", path: "社会保障和就业支出"));
    }

    [SkippableFact]
    public void Appropriation_summary_table_values()
    {
        Assert.Equal("2,940.05", Cell("表4", K("一般公共预算财政拨款收入")));
        Assert.Equal("2,940.05", Cell("表4", K("本年收入合计", scope: "财政拨款")));
        Assert.Equal("21.63", Cell("表4", K("年初结转和结余", scope: "财政拨款")));
        Assert.Equal("21.63", Cell("表4", K("年初结转和结余", scope: "一般公共预算财政拨款")));
        Assert.Equal("2,106.66", Cell("表4", K("本年支出合计", scope: "财政拨款", path: "一般公共服务支出")));
        Assert.Equal("326.71", Cell("表4", K("一般公共预算财政拨款支出", path: "社会保障和就业支出")));
        Assert.Equal("2,940.05", Cell("表4", K("一般公共预算财政拨款支出")));
        Assert.Equal("21.63", Cell("表4", K("年末结转和结余", scope: "一般公共预算财政拨款")));
        var totals = Table("表4").Cells.Where(c => c.Key == K("财政拨款收入支出总计")).Select(c => c.Value).ToArray();
        Assert.Equal(new[] { "2,961.68", "2,961.68" }, totals); // 收入 side and 支出 合计 column
        Assert.Equal("2,961.68", Cell("表4", K("财政拨款收入支出总计", scope: "一般公共预算财政拨款")));
    }

    [SkippableFact]
    public void General_budget_expenditure_table_values()
    {
        Assert.Equal("2,940.05", Cell("表5", K("一般公共预算财政拨款支出")));
        Assert.Equal("2,336.91", Cell("表5", K("基本支出", scope: "一般公共预算财政拨款")));
        Assert.Equal("603.14", Cell("表5", K("项目支出", scope: "一般公共预算财政拨款")));
        Assert.Equal("449.52", Cell("表5", K("项目支出", scope: "一般公共预算财政拨款", path: "一般公共服务支出/财政事务/财政委托业务支出")));
        Assert.Equal("326.72", Cell("表5", K("一般公共预算财政拨款支出", path: "社会保障和就业支出")));
        Assert.Equal("258.50", Cell("表5", K("一般公共预算财政拨款支出", path: "住房保障支出/住房改革支出/购房补贴")));
        // This report's 表5 has 合计/基本支出/项目支出 columns only: no 年初预算 cell.
        Assert.DoesNotContain(Table("表5").Cells, c => c.Key.Basis != "决算");
    }

    [SkippableFact]
    public void Basic_expenditure_table_values()
    {
        const string scope = "一般公共预算财政拨款基本支出";
        string Code(string code) => Table("表6").Cells.Single(c => c.Code == code).Value;
        Assert.Equal("2,082.85", Code("301"));
        Assert.Equal("1,238.58", Code("30102"));
        Assert.Equal("160.75", Cell("表6", K("机关事业单位基本养老保险缴费", scope: scope)));
        Assert.Equal("0.31", Cell("表6", K("奖励金", scope: scope)));
        Assert.Equal("171.07", Code("302"));
        Assert.Equal("7.61", Code("30202"));
        Assert.Equal("42.77", Cell("表6", K("福利费", scope: scope)));
        Assert.Equal("11.53", Cell("表6", K("其他商品和服务支出", scope: scope)));
        Assert.Equal("13.58", Code("31002"));
        Assert.Equal("2,152.26", Cell("表6", K("人员经费", scope: "一般公共预算财政拨款")));
        Assert.Equal("184.65", Cell("表6", K("公用经费", scope: "一般公共预算财政拨款")));
        Assert.All(Table("表6").Cells.Where(c => c.Code.Length > 0), c => Assert.True(EconomicCode.TryParse(c.Code, out _), c.Code));
    }

    [SkippableFact]
    public void Three_public_table_values()
    {
        Assert.Equal("0.95", Cell("表7", K("三公经费", "年初预算", "财政拨款")));
        Assert.Equal("0.95", Cell("表7", K("公务接待费", "年初预算", "财政拨款")));
        Assert.DoesNotContain(Table("表7").Cells, c => c.Key.Basis == "决算");
    }

    // ───────── (d) 功能分类 codes ─────────

    [SkippableFact]
    public void Every_printed_function_code_resolves_and_matches_its_printed_name()
    {
        var cells = new[] { "表2", "表3", "表5" }.SelectMany(id => Table(id).Cells).Where(c => c.Code.Length > 0).ToList();
        var codes = cells.Select(c => c.Code).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "201", "20106", "2010601", "2010602", "2010607", "2010608", "208", "20805", "2080501", "2080505", "2080506", "2080599", "210", "21011", "2101101", "221", "22102", "2210201", "2210203" },
            codes);
        foreach (var cell in cells)
        {
            Assert.True(FunctionCode.TryParse(cell.Code, out var code), cell.Code);
            // The row label is "codes name"; the classification's name must be the printed one.
            Assert.EndsWith(" " + code.Name, cell.Location.Row, System.StringComparison.Ordinal);
        }
    }
}
