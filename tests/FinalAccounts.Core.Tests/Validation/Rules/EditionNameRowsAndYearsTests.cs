using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1090 (an old 功能分类 name for the report's year) on one-rule checks: each printed row is judged by its own text even
/// where the row before has the same code, a 说明 sentence is judged by its text when the figure stands in no row, and an
/// old name is no finding in a year whose edition still used it. The alias table says 2200199 was 其他国土资源事务支出
/// until 2018 (seeds/classification/function-aliases.csv); today it is 其他自然资源事务支出.
public sealed class EditionNameRowsAndYearsTests
{
    private const string Concept = "一般公共预算财政拨款支出";
    private const string Path = "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出";
    private const string Old = "“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前），2024 年度应为“其他自然资源事务支出”。";

    private static TableSpec Rows(params string[] rows) =>
        Table("财决08", "一般公共预算财政拨款支出决算表", rows.Select(r => Cell(r, "决算数", Concept, "决算", "12.00", path: Path, code: "2200199")).ToArray());

    [Fact]
    public void Two_rows_of_one_code_are_each_judged_by_their_own_text()
    {
        // Today's name first, the old one second (a table printed twice): the second row alone is a finding; two checks.
        var report = CheckWith("FA1090", Rows("2200199 其他自然资源事务支出", "2200199 其他国土资源事务支出"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Old, finding.Message);
        Assert.Equal("2200199 其他国土资源事务支出", finding.Stated.Location.Row);
        Assert.Equal(2, report.ChecksRun);
        // The old name first, today's second: the first row alone.
        var reversed = CheckWith("FA1090", Rows("2200199 其他国土资源事务支出", "2200199 其他自然资源事务支出"));
        Assert.Equal("2200199 其他国土资源事务支出", Assert.Single(reversed.Findings).Stated.Location.Row);
        Assert.Equal(2, reversed.ChecksRun);
    }

    [Fact]
    public void A_sentence_figure_is_judged_by_its_sentence()
    {
        var old = CheckWith("FA1090", new StatementSpec("2.5-3", new[] { F(Concept, "决算", "12.00", path: Path) })
        {
            Section = "五、一般公共预算财政拨款支出决算情况说明",
            Words = "其中其他国土资源事务支出12.00万元。",
        });
        var finding = Assert.Single(old.Findings);
        Assert.Equal(Old, finding.Message);
        Assert.Equal("2.5-3", finding.Location.StatementId);
        Assert.Equal(1, old.ChecksRun);
        var today = CheckWith("FA1090", new StatementSpec("2.5-3", new[] { F(Concept, "决算", "12.00", path: Path) })
        {
            Section = "五、一般公共预算财政拨款支出决算情况说明",
            Words = "其中其他自然资源事务支出12.00万元。",
        });
        Assert.Empty(today.Findings);
        Assert.Equal(1, today.ChecksRun);
    }

    [Fact]
    public void An_old_name_in_a_year_whose_edition_used_it_is_one_passed_check()
    {
        // The same row in a 2018 report: 其他国土资源事务支出 is that year's name.
        var model = Model(Rows("2200199 其他国土资源事务支出"));
        var info = new ReportInfo("2018年度测试局（本级）决算公开报告", 2018, "测试局（本级）", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
        var report = ReportReader.Parse(ReportWriter.Write(new FinalAccountsReport(info, model.Tables, model.Statements)), FileName);
        var checkedReport = CheckWith(report, "FA1090");
        Assert.Empty(checkedReport.Findings);
        Assert.Equal(1, checkedReport.ChecksRun);
        // 2019, the first year of today's name: the old name is a finding, named with that year.
        var info2019 = new ReportInfo("2019年度测试局（本级）决算公开报告", 2019, "测试局（本级）", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
        var report2019 = ReportReader.Parse(ReportWriter.Write(new FinalAccountsReport(info2019, model.Tables, model.Statements)), FileName);
        Assert.Equal(Old.Replace("2024 年度", "2019 年度", System.StringComparison.Ordinal), Assert.Single(CheckWith(report2019, "FA1090").Findings).Message);
    }
}
