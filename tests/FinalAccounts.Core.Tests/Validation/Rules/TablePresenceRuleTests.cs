using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1160 (the nine standard tables are published) and FA1161 (a table without data says why) on one-rule checks of
/// small reports: how a title names its table (the longest name, an alias, quotes and spaces aside), how many tables make a
/// table part, each way a report says it has nothing (the table's note, a sentence, the 说明's figure 0), and both
/// messages word for word.
public sealed class TablePresenceRuleTests
{
    private const string ReportTitle = "2024年度测试局（本级）决算公开报告";

    private static readonly string[] s_titles =
    {
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
    };

    /// <summary>The tables numbered <paramref name="numbers"/>, each with one cell (an empty one where <paramref name="empty"/> names it).</summary>
    private static List<Item> Tables(IEnumerable<int> numbers, int[]? empty = null, string? note = null, System.Func<int, string>? title = null)
        => numbers.Select(n => (Item)new TableSpec("表" + n, title?.Invoke(n) ?? s_titles[n - 1], "万元",
            empty != null && empty.Contains(n) ? System.Array.Empty<Fig>() : new[] { Cell("合计", "决算数", "本年支出合计", "决算", "100.00") })
        { EmptyNote = empty != null && empty.Contains(n) ? note : null }).ToList();

    private static int[] AllBut(params int[] missing) => Enumerable.Range(1, 9).Except(missing).ToArray();

    [Fact]
    public void All_nine_tables_published_are_nine_checks_without_a_finding()
    {
        var report = CheckWith("FA1160", Tables(AllBut()).ToArray());
        Assert.Empty(report.Findings);
        Assert.Equal(9, report.ChecksRun);
    }

    [Fact]
    public void A_missing_table_is_named_by_its_number_and_template_title()
    {
        var report = CheckWith("FA1160", Tables(AllBut(6)).ToArray());
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("6", finding.Stated.Value);
        Assert.Equal("report", finding.Location.StatementId);
        Assert.Equal(ReportTitle, finding.Location.Section);
        Assert.Equal(
            "未公开第6张标准表格“一般公共预算财政拨款基本支出决算表”，报告也未说明该表为空的原因（模板要求九张表全部公开，无数据的表保留表格并注明“本单位…没有…，故本表无数据”）。",
            finding.Message);
        Assert.Equal(
            "standard table 6 (一般公共预算财政拨款基本支出决算表) is not published and the report does not say why: the template publishes all nine, an empty one with a statement under it.",
            finding.MessageEn);
        Assert.Equal(9, report.ChecksRun);
    }

    [Fact]
    public void Five_tables_make_a_table_part_and_four_do_not()
    {
        // Tables 1–5: the other four are missing (7–9 with no word that the unit has none): four findings.
        var five = CheckWith("FA1160", Tables(new[] { 1, 2, 3, 4, 5 }).ToArray());
        Assert.Equal(new[] { "6", "7", "8", "9" }, five.Findings.Select(f => f.Stated.Value).OrderBy(v => v));
        // Tables 1–4: a partial transcription, not judged; nor a report without tables.
        var four = CheckWith("FA1160", Tables(new[] { 1, 2, 3, 4 }).ToArray());
        Assert.Equal(0, four.ChecksRun);
        Assert.Equal("FA1160", Assert.Single(four.RulesNotRun).Rule.Id);
        Assert.Equal(0, CheckWith("FA1160", Statement("2.1-1", F("收入总计", "决算", "100.00"))).ChecksRun);
    }

    [Theory]
    [InlineData(7, "本单位无“三公”经费支出。")]
    [InlineData(7, "本单位没有三公经费。")]
    [InlineData(7, "2024年度“三公”经费支出为0。")]
    [InlineData(7, "本年度三公经费支出决算为零。")]
    [InlineData(8, "本单位无政府性基金预算财政拨款收入和支出。")]
    [InlineData(8, "本单位没有使用政府性基金预算财政拨款。")]
    [InlineData(8, "政府性基金预算财政拨款收入支出为0。")]
    [InlineData(9, "本单位无国有资本经营预算财政拨款收入和支出。")]
    [InlineData(9, "国有资本经营预算财政拨款支出为空。")]
    public void A_missing_table_the_report_says_it_has_nothing_for_is_no_finding(int missing, string words)
    {
        var items = Tables(AllBut(missing));
        items.Add(new StatementSpec("2.9-1", new[] { F("收入总计", "决算", "100.00") }) { Words = words });
        var report = CheckWith("FA1160", items.ToArray());
        Assert.Empty(report.Findings);
        Assert.Equal(9, report.ChecksRun);
    }

    [Theory]
    [InlineData(7, "本单位有“三公”经费支出。")]
    [InlineData(8, "政府性基金预算财政拨款收入支出为12.00万元。")]
    [InlineData(9, "本单位无政府性基金预算财政拨款收入和支出。")]
    [InlineData(6, "本单位无一般公共预算财政拨款基本支出。")]
    public void Words_about_something_else_do_not_excuse_a_missing_table(int missing, string words)
    {
        var items = Tables(AllBut(missing));
        items.Add(new StatementSpec("2.9-1", new[] { F("收入总计", "决算", "100.00") }) { Words = words });
        Assert.Equal(missing.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(CheckWith("FA1160", items.ToArray()).Findings).Stated.Value);
    }

    [Fact]
    public void A_missing_table_whose_figure_the_narrative_states_as_zero_is_no_finding()
    {
        // 政府性基金预算财政拨款支出 决算 0.00 in the 说明: nothing to publish. 12.00: table 8 is missing.
        var zero = Tables(AllBut(8));
        zero.Add(Statement("2.7-1", F("政府性基金预算财政拨款支出", "决算", "0.00")));
        Assert.Empty(CheckWith("FA1160", zero.ToArray()).Findings);
        var some = Tables(AllBut(8));
        some.Add(Statement("2.7-1", F("政府性基金预算财政拨款支出", "决算", "0.00")));
        some.Add(Statement("2.7-2", F("政府性基金预算财政拨款支出", "决算", "12.00", scope: "另一口径")));
        Assert.Single(CheckWith("FA1160", some.ToArray()).Findings);
        // 收入 is the table's second concept: a 0 收入 alone does not say the table is empty.
        var income = Tables(AllBut(8));
        income.Add(Statement("2.7-1", F("政府性基金预算财政拨款收入", "决算", "0.00")));
        Assert.Single(CheckWith("FA1160", income.ToArray()).Findings);
    }

    [Fact]
    public void A_title_names_the_longest_template_name_it_contains_quotes_and_spaces_aside()
    {
        // "财政拨款收入支出决算总表" contains "收入支出决算总表" too: it is table 4. Table 1 missing is then a finding.
        var items = Tables(AllBut(1));
        var finding = Assert.Single(CheckWith("FA1160", items.ToArray()).Findings);
        Assert.Equal("1", finding.Stated.Value);
        // Titles printed with a year, ASCII quotes, spaces and the alias of tables 8 and 9: still the nine.
        var printed = Tables(AllBut(), title: n => n switch
        {
            7 => "2024年 财政拨款\"三公\" 经费支出决算表",
            8 => "政府性基金预算财政拨款支出决算表",
            9 => "《国有资本经营预算财政拨款支出决算表》",
            _ => "2024年度" + s_titles[n - 1] + "（表" + n + "）",
        });
        var all = CheckWith("FA1160", printed.ToArray());
        Assert.Empty(all.Findings);
        Assert.Equal(9, all.ChecksRun);
    }

    [Fact]
    public void An_empty_table_without_a_word_on_why_is_named_by_its_title()
    {
        var report = CheckWith("FA1161", Tables(AllBut(), empty: new[] { 8 }).ToArray());
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("8", finding.Stated.Value);
        Assert.Equal("表8", finding.Location.StatementId);
        Assert.Equal("政府性基金预算财政拨款收入支出决算表", finding.Location.Section);
        Assert.Equal(
            "表“政府性基金预算财政拨款收入支出决算表”没有数据，但报告未说明原因（模板要求在表下注明“本单位…没有…，故本表无数据”）。",
            finding.Message);
        Assert.Equal(
            "table 政府性基金预算财政拨款收入支出决算表 has no data and the report does not say why (the template asks for a statement under it).",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void An_empty_table_with_its_note_or_a_sentence_is_one_passed_check()
    {
        var noted = CheckWith("FA1161", Tables(AllBut(), empty: new[] { 7, 9 }, note: "注：本单位无相关支出，故本表无数据。").ToArray());
        Assert.Empty(noted.Findings);
        Assert.Equal(2, noted.ChecksRun);
        var items = Tables(AllBut(), empty: new[] { 9 });
        items.Add(new StatementSpec("2.9-1", new[] { F("收入总计", "决算", "100.00") }) { Words = "本单位无国有资本经营预算财政拨款收入和支出。" });
        var said = CheckWith("FA1161", items.ToArray());
        Assert.Empty(said.Findings);
        Assert.Equal(1, said.ChecksRun);
    }

    [Fact]
    public void Only_the_three_tables_that_may_be_empty_are_held_to_a_note_even_in_a_partial_transcription()
    {
        // 收入支出决算总表 without cells is an import's failure, not the report's: not checked.
        var first = CheckWith("FA1161", Tables(AllBut(), empty: new[] { 1 }).ToArray());
        Assert.Equal(0, first.ChecksRun);
        Assert.Equal("FA1161", Assert.Single(first.RulesNotRun).Rule.Id);
        // The 三公 table alone, empty and silent: FA1161 needs no five tables.
        Assert.Single(CheckWith("FA1161", Tables(new[] { 7 }, empty: new[] { 7 }).ToArray()).Findings);
        // A table with cells is not empty.
        Assert.Equal(0, CheckWith("FA1161", Tables(new[] { 7 }).ToArray()).ChecksRun);
    }
}
