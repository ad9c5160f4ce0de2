using FinalAccounts.Money;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1090 (an old 功能分类 name for the report's year) judges a name by the edition of the report's year, so a report built in
/// code without a year (0) or with a negative one has no edition to judge by: the rule checks nothing there, not even a row
/// that prints today's name. The reader refuses such years (1990–2100 only), so these reports are made with the model's
/// constructor. The same row in a 2024 report is one check and, with the old name, one finding: the row itself is judged.
public sealed class EditionNameYearlessReportTests
{
    private const string Concept = "一般公共预算财政拨款支出";
    private const string Path = "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出";

    private static FinalAccountsReport InYear(int year, string row)
    {
        var model = Model(Table("财决08", "一般公共预算财政拨款支出决算表", Cell(row, "决算数", Concept, "决算", "12.00", path: Path, code: "2200199")));
        var info = new ReportInfo("测试局（本级）决算公开报告", year, "测试局（本级）", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
        return new FinalAccountsReport(info, model.Tables, model.Statements);
    }

    [Theory]
    [InlineData(0, "2200199 其他国土资源事务支出")]
    [InlineData(0, "2200199 其他自然资源事务支出")]
    [InlineData(-1, "2200199 其他国土资源事务支出")]
    [InlineData(-2024, "2200199 其他自然资源事务支出")]
    public void A_report_without_a_positive_year_is_not_checked(int year, string row)
    {
        var check = CheckWith(InYear(year, row), "FA1090");
        // No edition, no check: zero checks run, no finding, and FA1090 is not among the rules that checked a figure.
        Assert.Empty(check.Findings);
        Assert.Equal(0, check.ChecksRun);
        Assert.DoesNotContain(check.RulesRun, r => r.Id == "FA1090");
    }

    [Fact]
    public void The_same_row_in_a_2024_report_is_judged()
    {
        // 其他国土资源事务支出 was 2200199's name until 2018 (seeds/classification/function-aliases.csv): in 2024 a finding.
        var old = CheckWith(InYear(2024, "2200199 其他国土资源事务支出"), "FA1090");
        Assert.Equal(1, old.ChecksRun);
        Assert.Equal("“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前），2024 年度应为“其他自然资源事务支出”。", Assert.Single(old.Findings).Message);
        // Today's name: one passed check.
        var today = CheckWith(InYear(2024, "2200199 其他自然资源事务支出"), "FA1090");
        Assert.Empty(today.Findings);
        Assert.Equal(1, today.ChecksRun);
        Assert.Contains(today.RulesRun, r => r.Id == "FA1090");
    }
}
