using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1120/FA1121 corners Stryker's run of stop 27 left (docs/reliability.md, "Stop 27, mutV27"): a second subsection of
/// one section, a first statement that has a subsection, a 年 at a text's first character, and the empty parts of a
/// title finding's location and marker. Checks counted by hand: the report's title, each table title, each heading on
/// the first statement that has it, each sentence.
/// </summary>
public sealed class TemplateTextHeadingTests
{
    private const string SectionA = "一、收入支出决算总体情况说明";

    private static ReportBuilder Builder(string title = "测试局2024年度部门决算") =>
        new(new ReportInfo(title, 2024, "测试局", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));

    [Fact]
    public void A_second_subsection_of_the_same_section_is_read_as_a_heading_of_its_own()
    {
        // s0 (A / （一）), s1 (A / （二）XX情况): headings A, （一） and （二） each once; 1 title + 3 headings + 2 sentences = 6.
        // The placeholder of （二） is found at s1 (an earlier subsection of the same section is not the same heading).
        var b = Builder();
        b.AddStatement("s0", SectionA, "（一）收入情况", "甲。");
        b.AddStatement("s1", SectionA, "（二）XX情况", "乙。");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(6, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("s1", finding.Location.StatementId);
        Assert.Equal("（二）XX情况", finding.Location.Subsection);
        Assert.Equal("标题中留有模板占位符「XX」：「（二）XX情况」，应替换为实际内容。", finding.Message);
    }

    [Fact]
    public void A_first_statement_with_a_subsection_has_both_headings_read()
    {
        // One statement: the title, its section, its subsection and its sentence = 4 checks; the subsection's 某某 found.
        var b = Builder();
        b.AddStatement("s0", SectionA, "（一）某某情况", "甲。");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(4, result.ChecksRun);
        Assert.Equal("某某", Assert.Single(result.Findings).Stated.Value);
    }

    [Fact]
    public void A_title_whose_first_character_is_nian_is_still_read_for_years()
    {
        // The first 年 stands at index 0 ("年度报告…"); the year 2023 comes later and is not the report's 2024.
        var result = TestReport.CheckWith(Builder("年度报告：测试局2023年部门决算").Build(), "FA1121");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("2023年", finding.Stated.Value);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void A_title_finding_has_no_subsection_sentence_or_unit()
    {
        // The report's title and a table title stand in no statement: their locations carry only the title as section.
        var b = Builder("XX局2024年度部门决算");
        b.AddTable("表1", "某某收入支出决算总表", "万元");
        var result = TestReport.CheckWith(b.Build(), "FA1120");
        Assert.Equal(2, result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            Assert.Equal(string.Empty, finding.Location.Subsection);
            Assert.Equal(string.Empty, finding.Location.Sentence);
            Assert.Equal(string.Empty, finding.Stated.Unit);
        }
        Assert.Contains(result.Findings, f => f.Location.JsonPath == "$.report.title" && f.Location.Section == "XX局2024年度部门决算");
        Assert.Contains(result.Findings, f => f.Location.JsonPath == "$.tables[0].title" && f.Location.Section == "某某收入支出决算总表");
    }

    [Fact]
    public void A_placeholder_in_a_section_heading_is_worded_as_a_heading()
    {
        // "一、XX情况说明": the match at 2 (length 2), the whole 8 characters quoted.
        var b = Builder();
        b.AddStatement("s0", "一、XX情况说明", null, "甲。");
        var finding = Assert.Single(TestReport.CheckWith(b.Build(), "FA1120").Findings);
        Assert.Equal("标题中留有模板占位符「XX」：「一、XX情况说明」，应替换为实际内容。", finding.Message);
        Assert.Equal("a template placeholder \"XX\" was left in the title: \"一、XX情况说明\".", finding.MessageEn);
    }
}
