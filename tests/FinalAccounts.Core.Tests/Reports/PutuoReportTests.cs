using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>The real 上海市普陀区财政局 2024年度部门决算, read in place from ../shared/reports/ (see PutuoReport).</summary>
public sealed class PutuoReportTests : PutuoTableFacts
{
    /// <summary>The text-layer model; the table facts it must show are in <see cref="PutuoTableFacts"/>.</summary>
    protected override FinalAccountsReport Report => PutuoReport.Load();

    [SkippableFact]
    public void Three_public_table_has_no_budget_for_trips_abroad()
    {
        Assert.Null(Report.FindFirst(K("因公出国（境）费", "年初预算", "财政拨款")));
    }

    [SkippableFact]
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

    private decimal Stated(FigureKey key, string statementPrefix)
        => Report.Statements.Where(s => s.Id.StartsWith(statementPrefix, System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)))
            .Single(f => f.Key == key).Amount.Value;

    private decimal Tabled(string tableId, FigureKey key) => Table(tableId).Cells.Single(c => c.Key == key).Amount.Value;

    [SkippableTheory]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
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

    [SkippableFact]
    public void Social_security_class_differs_between_tables()
    {
        const string path = "社会保障和就业支出";
        Assert.Equal(326.71m, Tabled("表1", K("本年支出合计", path: path)));
        Assert.Equal(326.72m, Tabled("表3", K("本年支出合计", path: path)));
        Assert.Equal(326.72m, Tabled("表5", K("一般公共预算财政拨款支出", path: path)));
        Assert.Equal(326.71m, Tabled("表4", K("一般公共预算财政拨款支出", path: path)));
    }

    [SkippableFact]
    public void Section_four_total_contradicts_table_four()
    {
        var stated = Report.Find(K("财政拨款收入支出总计")).Select(f => f.Value).ToArray();
        Assert.Equal(new[] { "2,961.68", "2,961.68", "0.3" }, stated);
    }
}
