using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FinalAccounts.Core.Tests.Validation.Properties;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Model;

/// <summary>
/// <see cref="FinalAccountsReport.Find"/> and <see cref="FinalAccountsReport.FindFirst"/> answered by the report's key index
/// (<see cref="FigureKeyIndex"/>): hand examples of a key stated once, twice and three times, and the law that every lookup
/// equals a naive grouping of the report's own figures by key, over the seed, Putuo and generated reports.
/// </summary>
public sealed class FigureKeyIndexTests
{
    private static readonly ReportInfo s_info = new("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
    private static readonly FigureKey s_once = new("收入总计", "决算");
    private static readonly FigureKey s_twice = new("支出总计", "决算");
    private static readonly FigureKey s_thrice = new("基本支出", "决算", "一般公共预算财政拨款");

    private static StatedFigure Figure(FigureKey key, string value, string statement)
        => new(key, value, "万元", new FigureLocation(statement, "一、", string.Empty, "句子。", string.Empty));

    private static Statement Statement(string id, string? coverage, params StatedFigure[] figures)
        => new(id, "一、", string.Empty, "句子。", figures, Array.Empty<Explanation>(), coverage);

    [Fact]
    public void A_key_stated_once_twice_or_three_times_is_found_in_every_place_in_printed_order()
    {
        var once = Figure(s_once, "10.00", "s1");
        var twiceA = Figure(s_twice, "20.00", "s1");
        var thriceA = Figure(s_thrice, "3.00", "s1");
        var twiceB = Figure(s_twice, "20.0", "s2");
        var thriceB = Figure(s_thrice, "3.0", "s2");
        var thriceC = Figure(s_thrice, "3", "s3");
        var report = new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), new[]
        {
            Statement("s1", null, once, twiceA, thriceA),
            Statement("s2", null, thriceB, twiceB),
            Statement("s3", null, thriceC),
        });

        Assert.Equal(new[] { once }, report.Find(s_once));
        Assert.Equal(new[] { twiceA, twiceB }, report.Find(s_twice));
        Assert.Equal(new[] { thriceA, thriceB, thriceC }, report.Find(s_thrice));
        Assert.Same(once, report.FindFirst(s_once));
        Assert.Same(twiceA, report.FindFirst(s_twice));
        Assert.Same(thriceA, report.FindFirst(s_thrice));
        Assert.True(report.StatesAKeyTwice);
    }

    [Fact]
    public void A_key_not_stated_is_found_nowhere_even_when_a_stated_key_shares_its_concept_or_basis()
    {
        var report = new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), new[] { Statement("s1", null, Figure(s_once, "10.00", "s1")) });

        Assert.Empty(report.Find(new FigureKey("收入总计", "年初预算")));
        Assert.Empty(report.Find(new FigureKey("支出总计", "决算")));
        Assert.Empty(report.Find(new FigureKey("收入总计", "决算", "一般公共预算财政拨款")));
        Assert.Null(report.FindFirst(new FigureKey("收入总计", "决算", item: "项目")));
        Assert.False(report.StatesAKeyTwice);
    }

    [Fact]
    public void A_table_cell_comes_before_the_statements_and_a_wider_coverage_s_figure_is_not_the_unit_s()
    {
        var cell = new StatedFigure(s_twice, "20.00", "万元", new FigureLocation("t1", string.Empty, string.Empty, string.Empty, string.Empty, "支出总计", "决算数"));
        var unit = Figure(s_twice, "20.0", "s1");
        var region = Figure(s_twice, "900.00", "s2");
        var report = new FinalAccountsReport(s_info, new[] { new ReportTable("t1", "收入支出决算总表", CurrencyUnit.WanYuan, new[] { cell }) },
            new[] { Statement("s1", null, unit), Statement("s2", "全区", region) });

        Assert.Equal(new[] { cell, unit }, report.Find(s_twice));
        Assert.Equal(new[] { region }, report.Coverages.Single().Find(s_twice));
    }

    [Fact]
    public void A_key_s_list_is_made_once_and_is_the_same_on_every_thread()
    {
        var figures = Enumerable.Range(0, 3).Select(i => Figure(s_thrice, "3.00", "s" + i)).ToArray();
        var report = new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), figures.Select((f, i) => Statement("s" + i, null, f)).ToArray());

        var found = new IReadOnlyList<StatedFigure>[16];
        Parallel.For(0, found.Length, i => found[i] = report.Find(s_thrice));

        Assert.All(found, list => Assert.Same(found[0], list));
        Assert.Equal(figures, found[0]);
    }

    [Fact]
    public void On_the_seed_every_lookup_equals_a_naive_grouping_of_its_own_figures()
        => AssertLookupsEqualNaiveGrouping(ReportReader.ReadFile(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")));

    [Fact]
    public void On_Putuo_every_lookup_equals_a_naive_grouping_of_its_own_figures()
        => AssertLookupsEqualNaiveGrouping(PutuoReport.Load());

    /// Law: on any generated report (ExactAccounts' specs, published and read back), Find of every stated key is that key's
    /// figures among the report's own in printed order, FindFirst the first of them, and a key stated nowhere finds none.
    [Property(MaxTest = 40)]
    public Property Lookups_equal_a_naive_grouping_of_the_own_figures_on_generated_reports() =>
        Prop.ForAll(ReportGen.Arbitrary(), spec =>
        {
            AssertLookupsEqualNaiveGrouping(Publisher.Publish(spec).Read());
            return true;
        });

    /// <summary>
    /// The report's own figures found without the index — table cells, then the figures and explanation parts of statements
    /// of the report's own coverage, in printed order — grouped by key with LINQ, compared with every lookup (and those of
    /// each coverage).
    /// </summary>
    private static void AssertLookupsEqualNaiveGrouping(FinalAccountsReport report)
    {
        var own = report.Tables.SelectMany(t => t.Cells)
            .Concat(report.Statements.Where(s => s.Coverage == report.Coverage)
                .SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!))))
            .ToList();
        var groups = own.GroupBy(f => f.Key).ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var found = report.Find(group.Key);
            Assert.Equal(group.Count(), found.Count);
            for (var i = 0; i < found.Count; i++) Assert.Same(group.ElementAt(i), found[i]);
            Assert.Same(group.First(), report.FindFirst(group.Key));
        }
        Assert.Equal(groups.Any(g => g.Count() > 1), report.StatesAKeyTwice);
        var absent = new FigureKey("没有的概念", "决算");
        Assert.Empty(report.Find(absent));
        Assert.Null(report.FindFirst(absent));
        foreach (var coverage in report.Coverages) AssertLookupsEqualNaiveGrouping(coverage);
    }
}
