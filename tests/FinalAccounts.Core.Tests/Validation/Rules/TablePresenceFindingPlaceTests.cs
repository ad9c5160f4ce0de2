using System.Collections.Generic;
using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1160 and FA1161 findings point where a reader looks: the marker figure (the table's template name, the basis
/// 标准表格, its template number, no unit) and the whole location (the report for a table not published, the empty table
/// itself with its place among the report's tables for one published without a word on why). The messages are pinned
/// by TablePresenceRuleTests; here every part of the marker and of its location is asserted, written by hand from the
/// template's numbering and the report file's shape ($.tables, $.tables[i]).
public sealed class TablePresenceFindingPlaceTests
{
    private static readonly string[] s_titles =
    {
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
    };

    /// <summary>The tables numbered <paramref name="numbers"/> in that order, each with one cell, none where <paramref name="empty"/> names it.</summary>
    private static Item[] Tables(IEnumerable<int> numbers, int empty = 0)
        => numbers.Select(n => (Item)new TableSpec("表" + n, s_titles[n - 1], "万元",
            n == empty ? System.Array.Empty<Fig>() : new[] { Cell("合计", "决算数", "本年支出合计", "决算", "100.00") })).ToArray();

    [Fact]
    public void A_table_not_published_is_marked_by_its_template_name_and_number_at_the_reports_tables()
    {
        // Tables 1–9 without 3: the finding's marker is table 3, 支出决算表, located at the report (no subsection, no
        // sentence, no row or column) under the report's title, at the JSON path of the tables' list.
        var finding = Assert.Single(CheckWith("FA1160", Tables(new[] { 1, 2, 4, 5, 6, 7, 8, 9 })).Findings);
        Assert.Equal("支出决算表", finding.Stated.Key.Concept);
        Assert.Equal("标准表格", finding.Stated.Key.Basis);
        Assert.Equal("3", finding.Stated.Value);
        Assert.Equal(string.Empty, finding.Stated.Unit);
        Assert.Equal("report", finding.Location.StatementId);
        Assert.Equal("2024年度测试局（本级）决算公开报告", finding.Location.Section);
        Assert.Equal(string.Empty, finding.Location.Subsection);
        Assert.Equal(string.Empty, finding.Location.Sentence);
        Assert.Equal("$.tables", finding.Location.JsonPath);
        Assert.Equal(string.Empty, finding.Location.Row);
        Assert.Equal(string.Empty, finding.Location.Column);
    }

    [Fact]
    public void An_empty_table_without_a_note_is_marked_at_the_table_by_its_place_among_the_reports_tables()
    {
        // Table 7 (三公) printed third of nine and empty: the marker is 7, at the table 表7 (its title, no subsection or
        // sentence), whose JSON path is the third of the report's tables, $.tables[2].
        var finding = Assert.Single(CheckWith("FA1161", Tables(new[] { 1, 2, 7, 3, 4, 5, 6, 8, 9 }, empty: 7)).Findings);
        Assert.Equal("财政拨款“三公”经费支出决算表", finding.Stated.Key.Concept);
        Assert.Equal("标准表格", finding.Stated.Key.Basis);
        Assert.Equal("7", finding.Stated.Value);
        Assert.Equal(string.Empty, finding.Stated.Unit);
        Assert.Equal("表7", finding.Location.StatementId);
        Assert.Equal("财政拨款“三公”经费支出决算表", finding.Location.Section);
        Assert.Equal(string.Empty, finding.Location.Subsection);
        Assert.Equal(string.Empty, finding.Location.Sentence);
        Assert.Equal("$.tables[2]", finding.Location.JsonPath);
    }
}
