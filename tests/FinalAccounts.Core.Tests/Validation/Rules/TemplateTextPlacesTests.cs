using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1120 (template placeholders) and FA1121 (years of titles and year-end dates): which texts are read, once each,
/// where a finding stands, and its message word for word. Reports are built with <see cref="ReportBuilder"/> so titles,
/// headings and sentences can be anything; every expected excerpt is counted by hand in the comment beside it.
/// </summary>
public sealed class TemplateTextPlacesTests
{
    private const string SectionA = "一、收入支出决算总体情况说明";
    private const string SectionB = "二、收入决算情况说明";

    private static ReportBuilder Builder(string title, int year = 2024) =>
        new(new ReportInfo(title, year, "测试局", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));

    [Fact]
    public void A_placeholder_in_the_report_title_is_an_error_at_the_title_with_the_whole_short_title_quoted()
    {
        // "XX局2024年度部门决算" is 13 characters; the match "XX" at 0 (length 2) takes 12 more on the right (to 14 > 13):
        // the excerpt is the whole title, with no "…" on either side.
        var b = Builder("XX局2024年度部门决算");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal("XX", finding.Stated.Value);
        Assert.Equal("模板占位符", finding.Stated.Key.Concept);
        Assert.Equal("report", finding.Location.StatementId);
        Assert.Equal("XX局2024年度部门决算", finding.Location.Section);
        Assert.Equal("$.report.title", finding.Location.JsonPath);
        Assert.Equal("标题中留有模板占位符「XX」：「XX局2024年度部门决算」，应替换为实际内容。", finding.Message);
        Assert.Equal("a template placeholder \"XX\" was left in the title: \"XX局2024年度部门决算\".", finding.MessageEn);
        Assert.Empty(finding.Inputs);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void A_placeholder_in_a_long_sentence_is_quoted_twelve_characters_either_side_with_ellipses()
    {
        // 15 letters, 某某, 15 letters: the match stands at 15 (length 2), the excerpt runs from 15 − 12 = 3 to 15 + 2 + 12 = 29
        // of 32: "…" + "DEFGHIJKLMNO" + "某某" + "abcdefghijkl" + "…".
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("2.1-1", SectionA, null, "ABCDEFGHIJKLMNO某某abcdefghijklmno", page: 7);
        b.AddFigure(new FigureKey("收入总计", "决算"), "1.00", "万元");
        var finding = Assert.Single(TestReport.CheckWith(b.Build(), "FA1120").Findings);
        Assert.Equal("某某", finding.Stated.Value);
        Assert.Equal("2.1-1", finding.Location.StatementId);
        Assert.Equal(SectionA, finding.Location.Section);
        Assert.Equal("ABCDEFGHIJKLMNO某某abcdefghijklmno", finding.Location.Sentence);
        Assert.Equal("$.statements[0]", finding.Location.JsonPath);
        Assert.Equal(7, finding.Location.Page);
        Assert.Equal("说明中留有模板占位符「某某」：「…DEFGHIJKLMNO某某abcdefghijkl…」，应替换为实际内容。", finding.Message);
        Assert.Equal("a template placeholder \"某某\" was left in the text: \"…DEFGHIJKLMNO某某abcdefghijkl…\".", finding.MessageEn);
    }

    [Fact]
    public void A_placeholder_in_the_second_table_title_stands_at_that_table_and_its_first_cells_page()
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddTable("表1", "收入支出决算总表", "万元");
        b.AddTable("表2", "（单位名称）收入决算表", "万元", page: 3);
        b.AddCell("本年收入合计", "决算数", new FigureKey("本年收入合计", "决算"), "1.00", page: 4);
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("（单位名称）", finding.Stated.Value);
        Assert.Equal("表2", finding.Location.StatementId);
        Assert.Equal("（单位名称）收入决算表", finding.Location.Section);
        Assert.Equal("$.tables[1].title", finding.Location.JsonPath);
        Assert.Equal(4, finding.Location.Page);
        // "（单位名称）收入决算表": the match at 0 (length 6) and the 5 characters after it, all 11 quoted.
        Assert.Equal("表名中留有模板占位符「（单位名称）」：「（单位名称）收入决算表」，应替换为实际内容。", finding.Message);
        Assert.StartsWith("a template placeholder \"（单位名称）\" was left in the title", finding.MessageEn, System.StringComparison.Ordinal);
        // The report's title and two table titles: three checks.
        Assert.Equal(3, result.ChecksRun);
    }

    [Theory]
    [InlineData("本单位ＸＸ年度决算", "ＸＸ")]
    [InlineData("由xx科室负责", "xx")]
    [InlineData("由ｘｘ科室负责", "ｘｘ")]
    [InlineData("由XXX科室负责", "XXX")]
    [InlineData("××单位", "××")]
    [InlineData("╳╳单位", "╳╳")]
    [InlineData("本单位某某科", "某某")]
    [InlineData("此处填写说明", "此处填写")]
    [InlineData("(单位名称)", "(单位名称)")]
    [InlineData("（ 单位名称 ）", "（ 单位名称 ）")]
    [InlineData("……年度决算", "……年")]
    [InlineData("…年度决算", "…年")]
    [InlineData("...年度决算", "...年")]
    [InlineData("..... 年度决算", "..... 年")]
    [InlineData("20XX年度决算", "20XX年")]
    [InlineData("20ｘｘ 年度决算", "20ｘｘ 年")]
    [InlineData("20××年度决算", "20××年")]
    public void Every_kind_of_placeholder_in_a_sentence_is_found(string sentence, string placeholder)
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("2.1-1", SectionA, null, sentence);
        var finding = Assert.Single(TestReport.CheckWith(b.Build(), "FA1120").Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2.1-1", finding.Location.StatementId);
        Assert.Equal(placeholder, finding.Stated.Value);
        Assert.Equal("文字", finding.Stated.Key.Basis);
        Assert.Equal(0, finding.Location.Page);
    }

    [Fact]
    public void A_placeholder_in_a_table_title_without_cells_has_no_page()
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddTable("表1", "XX局收入支出决算总表", "万元", page: 3);
        var finding = Assert.Single(TestReport.CheckWith(b.Build(), "FA1120").Findings);
        Assert.Equal("$.tables[0].title", finding.Location.JsonPath);
        Assert.Equal(0, finding.Location.Page);
    }

    [Fact]
    public void A_section_printed_earlier_but_not_first_is_not_read_again()
    {
        // B, A, C, A: the last A was read at s1 (not the first statement). 1 title + 3 headings + 4 sentences = 8 checks.
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("s0", SectionB, null, "甲。");
        b.AddStatement("s1", "一、XX情况", null, "乙。");
        b.AddStatement("s2", "三、支出决算情况说明", null, "丙。");
        b.AddStatement("s3", string.Concat("一、XX", "情况"), null, "丁。");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(8, result.ChecksRun);
        Assert.Equal("s1", Assert.Single(result.Findings).Location.StatementId);
    }

    [Theory]
    [InlineData("收入总计2936.74万元，比上年减少1457.56万元。")]
    [InlineData("单位名称变更后，职能不变。")]
    [InlineData("X光机一台。")]
    [InlineData("计12×3个月。")]
    [InlineData("某单位")]
    [InlineData("共3.5万元...")]
    public void Ordinary_words_are_no_placeholder(string sentence)
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("2.1-1", SectionA, null, sentence);
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Empty(result.Findings);
        Assert.Equal(3, result.ChecksRun);                         // the title, the section heading, the sentence
    }

    [Fact]
    public void Each_heading_is_read_once_however_often_its_statements_return_to_it()
    {
        // s0 (A), s1 (A/甲), s2 (B/甲), s3 (A/甲 again after B): headings A (at s0) and B (s2), subsections A/甲 (s1) and
        // B/甲 (s2); s3 repeats A and A/甲. 1 title + 2 sections + 2 subsections + 4 sentences = 9 checks.
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("s0", SectionA, null, "甲。");
        b.AddStatement("s1", SectionA, "（一）某某情况", "乙。");
        b.AddStatement("s2", SectionB, "（一）某某情况", "丙。");
        b.AddStatement("s3", string.Concat("一、收入支出决算", "总体情况说明"), string.Concat("（一）某某", "情况"), "丁。");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(9, result.ChecksRun);
        // The placeholder in the subsection heading is found once per section it is printed under: at s1 and at s2.
        Assert.Equal(new[] { "s1", "s2" }, result.Findings.Select(f => f.Location.StatementId).OrderBy(x => x, System.StringComparer.Ordinal));
        Assert.All(result.Findings, f => Assert.StartsWith("标题中留有模板占位符「某某」", f.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_interrupted_and_resumed_is_not_read_again()
    {
        // A, B, A: three statements, two headings (the third statement's section is A, read at s0). 1 + 2 + 3 = 6 checks.
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("s0", "一、XX情况", null, "甲。");
        b.AddStatement("s1", SectionB, null, "乙。");
        b.AddStatement("s2", string.Concat("一、XX", "情况"), null, "丙。");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(6, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("s0", finding.Location.StatementId);
    }

    [Fact]
    public void A_title_naming_another_year_is_a_warning_naming_both_years_once()
    {
        // Two other years in one title: the first is reported, the title is one check. "2023年度测试局决算（2022年）" has 18
        // characters; "2023年" at 0 (length 5) quotes up to 0 + 5 + 12 = 17, so the closing "）" gives way to "…".
        var b = Builder("2023年度测试局决算（2022年）");
        var result = TestReport.CheckWith(b.Build(), "FA1121");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("2023年", finding.Stated.Value);
        Assert.Equal("报告年度", finding.Stated.Key.Concept);
        Assert.Equal("$.report.title", finding.Location.JsonPath);
        Assert.Equal("标题中的年份「2023年」与报告年度 2024 年不符：「2023年度测试局决算（2022年…」。", finding.Message);
        Assert.Equal("the year \"2023年\" in the title is not the report's year 2024.", finding.MessageEn);
        Assert.Equal(1, result.ChecksRun);
    }

    [Theory]
    [InlineData("测试局2024年度部门决算", 0)]
    [InlineData("测试局2024 年度部门决算", 0)]
    [InlineData("测试局 1999年 部门决算", 1)]
    [InlineData("测试局2025年部门决算", 1)]
    [InlineData("测试局12023年部门决算", 0)]                          // 2023 follows a digit: part of a longer number
    [InlineData("测试局2024年度（上年2023年）", 1)]                   // the report's year first, then another: found
    [InlineData("测试局部门决算", 0)]
    public void Titles_are_held_to_the_reports_year(string title, int findings)
        => Assert.Equal(findings, TestReport.CheckWith(Builder(title).Build(), "FA1121").Findings.Count);

    [Theory]
    [InlineData("截至2023年12月31日，本单位共有车辆5辆。", 1)]
    [InlineData("截止2023 年 12 月 31 日，本单位共有车辆5辆。", 1)]
    [InlineData("截止到2022年12月31日，共有车辆5辆。", 1)]
    [InlineData("截至2024年12月31日，本单位共有车辆5辆。", 0)]
    [InlineData("与2023年相比，收入增加。", 0)]                        // a 说明 names other years freely
    [InlineData("截至2023年6月30日，共有车辆5辆。", 0)]               // not a year-end date
    public void A_sentence_is_held_to_the_reports_year_only_in_a_year_end_date(string sentence, int findings)
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("2.1-1", "一、2024年度收入支出决算总体情况说明", null, sentence);
        var result = TestReport.CheckWith(b.Build(), "FA1121");
        Assert.Equal(findings, result.Findings.Count);
        Assert.Equal(3, result.ChecksRun);
        if (findings == 1)
        {
            var finding = result.Findings[0];
            Assert.Equal("2.1-1", finding.Location.StatementId);
            Assert.StartsWith("说明中的年份「截", finding.Message, System.StringComparison.Ordinal);
            Assert.StartsWith("the year \"截", finding.MessageEn, System.StringComparison.Ordinal);
            Assert.Contains("\" in the year-end date is not the report's year 2024.", finding.MessageEn, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_heading_naming_another_year_is_found_at_its_first_statement()
    {
        var b = Builder("测试局2024年度部门决算");
        b.AddStatement("s0", SectionA, null, "甲。");
        b.AddStatement("s1", "二、2023年度收入决算情况说明", "（一）2022年情况", "乙。");
        var result = TestReport.CheckWith(b.Build(), "FA1121");
        Assert.Equal(2, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal("s1", f.Location.StatementId));
        Assert.Equal(new[] { "2022年", "2023年" }, result.Findings.Select(f => f.Stated.Value).OrderBy(x => x, System.StringComparer.Ordinal));
        // The title, two sections, one subsection, two sentences.
        Assert.Equal(6, result.ChecksRun);
    }
}
