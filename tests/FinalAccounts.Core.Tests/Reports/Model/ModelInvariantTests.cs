using System;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Model;

/// <summary>
/// The model checks its own invariants (NodaTime's Interval constructor is the pattern): a report built in code — by an
/// importer, a test, a budget system — cannot hold what <see cref="ReportReader"/> would refuse in a file.
/// </summary>
public sealed class ModelInvariantTests
{
    private static readonly ReportInfo s_info = new("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
    private static readonly FigureLocation s_at = new("s", "一、", string.Empty, "句子。", string.Empty);

    private static Statement Statement(string id, params ExplanationPart[] parts)
        => new(id, "一、", string.Empty, "句子。", new[] { new StatedFigure(new FigureKey("收入总计", "决算"), "1.00", "万元", s_at) },
            parts.Length == 0 ? Array.Empty<Explanation>() : new[] { new Explanation(new FigureKey("收入总计", "决算"), Array.Empty<FigureKey>(), false, "其中", parts, s_at) });

    private static ReportInfo Info() => s_info;

    private static ReportTable Table(string id) => new(id, "支出决算表", CurrencyUnit.WanYuan, Array.Empty<StatedFigure>());

    [Theory]
    [InlineData("%")]
    [InlineData("千元")]
    [InlineData("")]
    [InlineData(" 万元")]
    public void A_table_is_stated_in_wan_yuan_or_yuan(string unit)
    {
        // The unit line is text only at the edge: the builder parses it once and refuses anything else.
        var ex = Assert.Throws<ReportBuildException>(() => new ReportBuilder(Info()).AddTable("表1", "支出决算表", unit));
        Assert.Contains("万元 or 元", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportTable("表1", "支出决算表", (CurrencyUnit)2, Array.Empty<StatedFigure>()));
        Assert.Equal(CurrencyUnit.Yuan, new ReportTable("表1", "支出决算表", CurrencyUnit.Yuan, Array.Empty<StatedFigure>()).Unit);
    }

    [Fact]
    public void A_table_has_an_id_and_a_title()
    {
        Assert.Throws<ArgumentException>(() => new ReportTable(" ", "支出决算表", CurrencyUnit.WanYuan, Array.Empty<StatedFigure>()));
        Assert.Throws<ArgumentException>(() => new ReportTable("表1", "", CurrencyUnit.WanYuan, Array.Empty<StatedFigure>()));
        Assert.Throws<ArgumentNullException>(() => new ReportTable("表1", "支出决算表", CurrencyUnit.WanYuan, null!));
    }

    [Theory]
    [InlineData("", "决算数")]
    [InlineData("合计", " ")]
    public void A_cell_names_its_row_and_column(string row, string column)
    {
        var cell = new StatedFigure(new FigureKey("本年支出合计", "决算"), "1.00", "万元", new FigureLocation("表1", "支出决算表", string.Empty, string.Empty, string.Empty, row, column));
        Assert.Contains("row and column", Assert.Throws<ArgumentException>(() => new ReportTable("表1", "支出决算表", CurrencyUnit.WanYuan, new[] { cell })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_and_statements_share_one_namespace_of_ids()
    {
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, new[] { Table("a"), Table("a") }, Array.Empty<Statement>())).Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, new[] { Table("a") }, new[] { Statement("a") })).Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), new[] { Statement("s"), Statement("s") })).Message, StringComparison.Ordinal);
        Assert.Equal(2, new FinalAccountsReport(s_info, new[] { Table("a") }, new[] { Statement("b") }).Figures.Count + 1);
    }

    [Fact]
    public void A_reference_names_a_statement_or_table_of_the_report()
    {
        var dangling = new ExplanationPart(string.Empty, null, new FigureKey("本年收入合计", "决算"), "2.1-9");
        var ex = Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), new[] { Statement("2.1-1", dangling) }));
        Assert.Contains("'2.1-9'", ex.Message, StringComparison.Ordinal);
        // A later statement, or a table, may be named.
        var forward = new FinalAccountsReport(s_info, new[] { Table("表1") }, new[]
        {
            Statement("2.1-1", dangling, new ExplanationPart(string.Empty, null, new FigureKey("本年收入合计", "决算"), "表1")),
            Statement("2.1-9"),
        });
        Assert.Equal(2, forward.Statements.Count);
    }

    [Fact]
    public void A_part_says_one_thing()
    {
        var figure = new StatedFigure(new FigureKey("基本支出", "决算"), "1.00", "万元", s_at);
        Assert.Throws<ArgumentException>(() => new ExplanationPart("x", figure, new FigureKey("基本支出", "决算")));
        Assert.Throws<ArgumentException>(() => new ExplanationPart(string.Empty, null, null));
        Assert.Throws<ArgumentException>(() => new ExplanationPart("x", null, null, "2.1-1"));
        Assert.Equal("人员减少", new ExplanationPart("人员减少", null, null).Text);
    }

    [Fact]
    public void Evaluation_ids_are_unique_and_name_statements_of_the_report()
    {
        static PerformanceEvaluation Evaluation(string id, params string[] statements)
        {
            var weight = new StatedFigure(new FigureKey("总分", "分值"), "100", "分", s_at);
            var score = new StatedFigure(new FigureKey("总分", "得分"), "90", "分", s_at);
            return new PerformanceEvaluation(id, string.Empty, 2024, "项目", string.Empty, string.Empty, Array.Empty<EvaluationFundsRow>(), Array.Empty<PerformanceIndicator>(), weight, score, statementIds: statements);
        }
        var statements = new[] { Statement("2.14-1") };
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), statements, new[] { Evaluation("E1"), Evaluation("E1") })).Message, StringComparison.Ordinal);
        Assert.Contains("'2.14-2'", Assert.Throws<ArgumentException>(() => new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), statements, new[] { Evaluation("E1", "2.14-2") })).Message, StringComparison.Ordinal);
        Assert.Single(new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), statements, new[] { Evaluation("E1", "2.14-1") }).Evaluations);
    }

    [Fact]
    public void Project_funds_are_money()
    {
        var points = new StatedFigure(new FigureKey("年度资金总额", "分值"), "10", "分", s_at);
        var money = new StatedFigure(new FigureKey("年度资金总额", "全年执行数"), "8.50", "元", s_at);
        Assert.Contains("万元 or 元", Assert.Throws<ArgumentException>(() => new EvaluationFundsRow("年度资金总额", null, null, points, null, null, null)).Message, StringComparison.Ordinal);
        Assert.Contains("万元 or 元", Assert.Throws<ArgumentException>(() => new PerformanceTargets("T1", "绩效目标表", 2024, "项目", string.Empty, string.Empty, points, string.Empty, Array.Empty<PerformanceTarget>())).Message, StringComparison.Ordinal);
        Assert.Equal(CurrencyUnit.Yuan, new EvaluationFundsRow("年度资金总额", null, null, money, points, null, null).Executed!.Amount.Unit);
        Assert.Same(money, new PerformanceTargets("T1", "绩效目标表", 2024, "项目", string.Empty, string.Empty, money, string.Empty, Array.Empty<PerformanceTarget>()).Funds);
    }
}
