using System;
using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// FindingPositions.Fill at its edges, by hand: one finding and none (the checker sorts only two or more, but the table
/// sizing must hold for any count), a span longer than the findings (only the first n are written) and one too short.
public sealed class FindingPositionsEdgeTests
{
    private static readonly RuleDescriptor s_rule = new("FA9001", "测试规则", "test rule", "x = y");

    private static StatedFigure Figure(string concept, string statement)
        => new(new FigureKey(concept, "决算"), "1.00", "万元", new FigureLocation(statement, "一、", string.Empty, "句子。", string.Empty));

    private static Finding On(StatedFigure figure)
        => new(s_rule, CheckOutcome.Inconsistent, "中文说明", "English text", figure, CheckResult.Match(false), Array.Empty<StatedFigure>());

    // s1: 收入总计, 支出总计 (figures 0 and 1); s2: 基本支出 (figure 2).
    private static (FinalAccountsReport Report, StatedFigure[] Figures) Report()
    {
        var figures = new[] { Figure("收入总计", "s1"), Figure("支出总计", "s1"), Figure("基本支出", "s2") };
        var statements = new[]
        {
            new Statement("s1", "一、", string.Empty, "句子。", new[] { figures[0], figures[1] }, Array.Empty<Explanation>()),
            new Statement("s2", "一、", string.Empty, "句子。", new[] { figures[2] }, Array.Empty<Explanation>()),
        };
        var info = new ReportInfo("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
        return (new FinalAccountsReport(info, Array.Empty<ReportTable>(), statements), figures);
    }

    [Fact]
    public void One_finding_gets_its_figure_s_place()
    {
        var (report, figures) = Report();
        var positions = new int[1];
        FindingPositions.Fill(report, new List<Finding> { On(figures[2]) }, positions);
        Assert.Equal(new[] { 2 }, positions);
    }

    [Fact]
    public void Two_findings_get_their_figures_places()
    {
        var (report, figures) = Report();
        var positions = new int[2];
        FindingPositions.Fill(report, new List<Finding> { On(figures[1]), On(figures[0]) }, positions);
        Assert.Equal(new[] { 1, 0 }, positions);
    }

    [Fact]
    public void No_finding_writes_nothing()
    {
        var (report, _) = Report();
        var positions = new[] { 7 };
        FindingPositions.Fill(report, new List<Finding>(), positions);
        Assert.Equal(new[] { 7 }, positions);
    }

    [Fact]
    public void A_longer_span_gets_the_first_positions_only()
    {
        var (report, figures) = Report();
        var positions = new[] { -5, -5, -5, -5 };
        FindingPositions.Fill(report, new List<Finding> { On(figures[2]), On(figures[0]) }, positions);
        Assert.Equal(new[] { 2, 0, -5, -5 }, positions);
    }

    [Fact]
    public void A_shorter_span_is_refused()
    {
        var (report, figures) = Report();
        var refused = Assert.Throws<ArgumentException>(() => FindingPositions.Fill(report, new List<Finding> { On(figures[0]), On(figures[1]) }, new int[1]));
        Assert.StartsWith("one position per finding", refused.Message, StringComparison.Ordinal);
    }
}
