using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The messages of three yes/no rules about how a table prints a figure, word for word, on one-rule checks of small
/// reports: FA1162 (a 说明 figure against a blank or empty table), FA1070 (a printed code against its row) and FA1090 (an
/// old 功能分类 name for the report's year, the deepest code first, once per row).
public sealed class TableWordingRuleTests
{
    private const string Appropriation = "财政拨款";
    private const string ThreePublic = "财政拨款“三公”经费支出决算表";
    private const string Concept = "一般公共预算财政拨款支出";

    private static StatementSpec Narrative(string value) =>
        Statement("2.8-1", "八、财政拨款“三公”经费支出决算情况说明", F("三公经费", "决算", value, scope: Appropriation));

    [Fact]
    public void FA1162_a_table_printing_only_its_budget_column_contradicts_the_narrative()
    {
        var finding = Assert.Single(CheckWith("FA1162",
            new TableSpec("表7", ThreePublic, "万元", new[] { Cell("合计", "预算数", "三公经费", "年初预算", "4.00", scope: Appropriation) }),
            Narrative("3.50")).Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2.8-1", finding.Location.StatementId);
        Assert.Equal("财政拨款 三公经费（决算） 在说明中列示 3.50万元，而表“" + ThreePublic + "”的决算数一栏为空（即为0），两处矛盾。", finding.Message);
        Assert.Equal("三公经费 is stated as 3.50万元 in the 说明, but table " + ThreePublic + " leaves it blank (0).", finding.MessageEn);
    }

    [Fact]
    public void FA1162_a_table_without_data_contradicts_a_nonzero_narrative_figure_only()
    {
        var finding = Assert.Single(CheckWith("FA1162", new TableSpec("表7", ThreePublic, "万元", System.Array.Empty<Fig>()), Narrative("3.50")).Findings);
        Assert.Equal("财政拨款 三公经费（决算） 在说明中列示 3.50万元，而表“" + ThreePublic + "”无数据（即为0），两处矛盾。", finding.Message);
        // 0.00 in the 说明 agrees with an empty table: nothing to check.
        Assert.Equal(0, CheckWith("FA1162", new TableSpec("表7", ThreePublic, "万元", System.Array.Empty<Fig>()), Narrative("0.00")).ChecksRun);
        // A printed 决算 column: one passed check.
        var printed = CheckWith("FA1162",
            new TableSpec("表7", ThreePublic, "万元", new[] { Cell("合计", "决算数", "三公经费", "决算", "3.50", scope: Appropriation) }), Narrative("3.50"));
        Assert.Empty(printed.Findings);
        Assert.Equal(1, printed.ChecksRun);
    }

    [Fact]
    public void FA1070_a_code_that_is_not_its_rows_names_both_codes_and_the_row()
    {
        // 行政运行 under 20801 is 2080101; 2080102 is 一般行政管理事务.
        const string Path = "社会保障和就业支出/人力资源和社会保障管理事务/行政运行";
        var finding = Assert.Single(CheckWith("FA1070", Statement("2.5-2", "五、一般公共预算财政拨款支出决算情况说明",
            F(Concept, "决算", "815.07", path: Path, code: "2080102"))).Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        // 2080102 has seven digits: a 项, named in the template's word (not the enum's English name "Item").
        Assert.Equal("代码 2080102 一般行政管理事务（项）与所在行 " + Path + " 不符，该行应为 2080101 行政运行。", finding.Message);
        Assert.Equal("code 2080102 does not match its row " + Path + ", which is 2080101.", finding.MessageEn);
    }

    private static TableSpec Row(string row, string path, string code, params string[] columns) =>
        Table("财决08", "一般公共预算财政拨款支出决算表", (columns.Length > 0 ? columns : new[] { "决算数" })
            .Select(c => Cell(row, c, Concept, c == "决算数" ? "决算" : "年初预算", "12.00", path: path, code: code)).ToArray());

    [Fact]
    public void FA1090_an_old_name_is_named_with_its_years_and_todays_name()
    {
        // A 2024 report's row names 2200199 by 其他国土资源事务支出, its name until 2018.
        var report = CheckWith("FA1090", Row("2200199 其他国土资源事务支出", "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", "2200199"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前），2024 年度应为“其他自然资源事务支出”。", finding.Message);
        Assert.Equal("'其他国土资源事务支出' is an old name of 2200199 (before 2019); in 2024 it is '其他自然资源事务支出'.", finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void FA1090_an_old_name_of_a_code_above_the_row_is_found_and_reported_once_per_row()
    {
        // The 项 is named today's way, its 类 the old way: the 类 220 is named. Two columns of the row: one finding, one check.
        var read = Read(Row("2200199 其他自然资源事务支出（国土海洋气象等支出）", "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", "2200199",
            "决算数", "预算数"));
        // Checked twice: the second check answers from what the first found about the report (kept by its index), alike.
        for (var round = 0; round < 2; round++)
        {
            var report = CheckWith(read, "FA1090");
            var finding = Assert.Single(report.Findings);
            Assert.Equal("“国土海洋气象等支出”是 220 的旧名称（2018年及以前），2024 年度应为“自然资源海洋气象等支出”。", finding.Message);
            Assert.Equal(1, report.ChecksRun);
        }
        // Today's names only: one passed check per figure.
        var today = CheckWith("FA1090", Row("2200199 其他自然资源事务支出", "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", "2200199", "决算数", "预算数"));
        Assert.Empty(today.Findings);
        Assert.Equal(2, today.ChecksRun);
    }

    [Fact]
    public void FA1090_a_report_checked_again_after_another_finds_the_same_old_name_once_per_row()
    {
        // The old name 其他国土资源事务支出 (2200199, until 2018) in one report, today's 行政运行 (2080101) in another, checked
        // in turn twice: the answer kept per code for 2024 is each code's own, so the first gives its one finding every
        // time and the second none; one check per figure.
        var old = Read(Row("2200199 其他国土资源事务支出", "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", "2200199"));
        var today = Read(Row("2080101 行政运行", "社会保障和就业支出/人力资源和社会保障管理事务/行政运行", "2080101"));
        for (var round = 0; round < 2; round++)
        {
            var found = CheckWith(old, "FA1090");
            Assert.Equal("“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前），2024 年度应为“其他自然资源事务支出”。", Assert.Single(found.Findings).Message);
            var passed = CheckWith(today, "FA1090");
            Assert.Empty(passed.Findings);
            Assert.Equal(1, passed.ChecksRun);
        }
    }
}
