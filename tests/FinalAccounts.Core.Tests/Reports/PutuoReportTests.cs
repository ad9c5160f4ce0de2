using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>The real 上海市普陀区财政局 2024年度部门决算, read in place from ../shared/reports/ (see PutuoReport).</summary>
public sealed class PutuoReportTests
{
    private static FinalAccountsReport Report => PutuoReport.Load();

    private static ReportTable Table(string id) => Report.Tables.Single(t => t.Id == id);

    private static string Cell(string tableId, FigureKey key) => Table(tableId).Cells.Single(c => c.Key == key).Value;

    private static FigureKey K(string concept, string basis = "决算", string? scope = null, string? path = null, string? item = null)
        => new(concept, basis, scope, path, item);

    // ───────── (a) every standard table ─────────

    [Fact]
    public void Loader_finds_every_standard_table_in_printed_order()
    {
        Assert.Equal(
            new[]
            {
                "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款收入支出决算表",
            },
            Report.Tables.Select(t => t.Title).ToArray());
        Assert.All(Report.Tables, t => Assert.Equal("万元", t.Unit));
        Assert.Equal(2024, Report.Info.Year);
    }

    // ───────── (c) cells per table, counted by hand from the text layer ─────────

    [Theory]
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

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
    public void Three_public_table_values()
    {
        Assert.Equal("0.95", Cell("表7", K("三公经费", "年初预算", "财政拨款")));
        Assert.Equal("0.95", Cell("表7", K("公务接待费", "年初预算", "财政拨款")));
        Assert.DoesNotContain(Table("表7").Cells, c => c.Key.Basis == "决算");
        Assert.Null(Report.FindFirst(K("因公出国（境）费", "年初预算", "财政拨款")));
    }

    // ───────── (d) 功能分类 codes ─────────

    [Fact]
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

    [Fact]
    public void Summary_table_class_names_resolve_except_one_gap()
    {
        var names = PutuoReport.SummaryTableClassNames();
        Assert.Equal(26, names.Count);
        var unresolved = names.Where(n => !FunctionCode.TryFindByNamePath(n, out _)).ToArray();
        // Gap in seeds/classification/function.csv (its README: code 218 or 219 not determinable). The row is blank in
        // this report, so no cell depends on it; were it valued, its cell would carry item = the name and no functionPath.
        Assert.Equal(new[] { "援助其他地区支出" }, unresolved);
    }

    // ───────── (e) 说明 figures equal the table cells ─────────

    private static decimal Stated(FigureKey key, string statementPrefix)
        => Report.Statements.Where(s => s.Id.StartsWith(statementPrefix, System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)))
            .Single(f => f.Key == key).Amount.Value;

    private static decimal Tabled(string tableId, FigureKey key) => Table(tableId).Cells.Single(c => c.Key == key).Amount.Value;

    [Theory]
    [InlineData("3.1-1", "收入总计", null, "表1")]
    [InlineData("3.1-1", "支出总计", null, "表1")]
    [InlineData("3.2-1", "本年收入合计", null, "表1")]
    [InlineData("3.2-1", "财政拨款收入", null, "表2")]
    [InlineData("3.2-1", "其他收入", null, "表1")]
    [InlineData("3.3-1", "本年支出合计", null, "表1")]
    [InlineData("3.3-1", "基本支出", null, "表3")]
    [InlineData("3.5-1", "一般公共预算财政拨款支出", null, "表5")]
    [InlineData("3.5-1", "一般公共预算财政拨款支出", null, "表4")]
    [InlineData("3.6-1", "基本支出", "一般公共预算财政拨款", "表5")]
    [InlineData("3.6-1", "人员经费", "一般公共预算财政拨款", "表6")]
    [InlineData("3.6-1", "公用经费", "一般公共预算财政拨款", "表6")]
    public void Statement_figure_equals_table_cell(string statement, string concept, string? scope, string table)
    {
        var key = K(concept, scope: scope);
        Assert.Equal(Tabled(table, key), Stated(key, statement));
    }

    [Fact]
    public void Statement_figures_as_printed()
    {
        Assert.Equal("-56.95", Report.FindFirst(K("收入总计", "较上年决算增减"))!.Value);
        Assert.Equal("-1.87", Report.FindFirst(K("支出总计", "较上年决算增减率"))!.Value);
        Assert.Equal("6.2", Report.Statements.Single(s => s.Id == "3.2-1").Explanations[0].Parts[1].Figure!.Value);
        Assert.Equal("99.79", Report.FindFirst(K("财政拨款收入", "占比"))!.Value);
        Assert.Equal("79.49", Report.FindFirst(K("基本支出", "占比"))!.Value);
        Assert.Equal("2993.92", Report.FindFirst(K("一般公共预算财政拨款支出", "年初预算"))!.Value);
        Assert.Equal("98.20", Report.FindFirst(K("一般公共预算财政拨款支出", "完成年初预算率"))!.Value);
        Assert.Equal("-63.14", Report.FindFirst(K("一般公共预算财政拨款支出", "较上年决算增减"))!.Value);
        Assert.Equal("0.95", Stated(K("三公经费", "年初预算", "财政拨款"), "3.7-1").ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("184.65", Report.FindFirst(K("机关运行经费"))!.Value);
        Assert.Equal("2.55", Report.FindFirst(K("机关运行经费", "较上年决算增减"))!.Value);
        Assert.Equal("251.25", Report.FindFirst(K("政府采购支出"))!.Value);
    }

    [Fact]
    public void Item_lines_of_section_five_match_table_five_where_read()
    {
        // Items 1–3, 5, 7–11 read fully; item 4 only its 年初预算 (its 决算 stands on a displaced line); item 6 not at all
        // (its 项 name is split by a displaced line).
        var items = Report.Statements.Where(s => s.Id.StartsWith("3.5-3.", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "7", "8", "9", "10", "11" }, items.Select(s => s.Id.Substring(6)).ToArray());
        Assert.Equal(19, items.Sum(s => s.Figures.Count));
        foreach (var figure in items.SelectMany(s => s.Figures).Where(f => f.Key.Basis == "决算"))
        {
            Assert.Equal(Tabled("表5", figure.Key), figure.Amount.Value);
        }
        Assert.Equal("1560.05", Report.FindFirst(K("一般公共预算财政拨款支出", "年初预算", path: "一般公共服务支出/财政事务/行政运行"))!.Value);
        Assert.Equal("450.52", Report.FindFirst(K("一般公共预算财政拨款支出", "年初预算", path: "一般公共服务支出/财政事务/财政委托业务支出"))!.Value);
    }

    [Fact]
    public void Structure_shares_of_section_five()
    {
        // 住房保障支出's "15.16%" is displaced in the text layer and not read; the three others are.
        var shares = Report.Statements.Single(s => s.Id == "3.5-2").Figures.Where(f => f.Key.Basis == "占比").ToDictionary(f => f.Key.FunctionPath, f => f.Value);
        Assert.Equal(3, shares.Count);
        Assert.Equal("71.73", shares["一般公共服务支出"]); // printed; 2106.66 / 2940.05 = 71.65 %
        Assert.Equal("11.11", shares["社会保障和就业支出"]);
        Assert.Equal("2.07", shares["卫生健康支出"]);
        var parts = Report.Statements.Single(s => s.Id == "3.5-2").Explanations.Single().Parts;
        Assert.Equal(new[] { "2106.66", "326.72", "60.99", "445.69" }, parts.Select(p => p.Figure!.Value).ToArray());
    }

    // ───────── figures that cannot all be true (kept as printed, for the checker to find) ─────────

    [Fact]
    public void Social_security_class_differs_between_tables()
    {
        const string path = "社会保障和就业支出";
        Assert.Equal(326.71m, Tabled("表1", K("本年支出合计", path: path)));
        Assert.Equal(326.72m, Tabled("表3", K("本年支出合计", path: path)));
        Assert.Equal(326.72m, Tabled("表5", K("一般公共预算财政拨款支出", path: path)));
        Assert.Equal(326.71m, Tabled("表4", K("一般公共预算财政拨款支出", path: path)));
    }

    [Fact]
    public void Section_four_total_contradicts_table_four()
    {
        var stated = Report.Find(K("财政拨款收入支出总计")).Select(f => f.Value).ToArray();
        Assert.Equal(new[] { "2,961.68", "2,961.68", "0.3" }, stated);
    }
}
