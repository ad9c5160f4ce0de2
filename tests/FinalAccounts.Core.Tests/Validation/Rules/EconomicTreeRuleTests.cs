using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1041 (an economic class row = the sum of its section rows) on one-rule checks of small tables: the message word for
/// word, one check per class and column, rows of another column, scope or class left out, rows without a 款.
/// Every expected value is worked by hand in the comment beside it.
public sealed class EconomicTreeRuleTests
{
    private const string Basic = "一般公共预算财政拨款基本支出";

    private static CheckReport Fa1041(params Item[] items) =>
        CheckWith("FA1041", items);

    private static TableSpec Wages(string classTotal, params Fig[] more) =>
        Table("财决05", "一般公共预算财政拨款基本支出决算表", new[]
        {
            Cell("301 工资福利支出", "决算数", "工资福利支出", "决算", classTotal, code: "301", scope: Basic),
            Cell("30101 基本工资", "决算数", "基本工资", "决算", "101.04", code: "30101", scope: Basic),
            Cell("30102 津贴补贴", "决算数", "津贴补贴", "决算", "260.79", code: "30102", scope: Basic),
            Cell("30103 奖金", "决算数", "奖金", "决算", "86.10", code: "30103", scope: Basic),
        }.Concat(more).ToArray());

    [Fact]
    public void A_class_that_is_not_the_sum_of_its_sections_names_them()
    {
        // 101.04 + 260.79 + 86.10 = 447.93; 457.93 is 10.00 above, the parts allow [447.915, 447.945].
        var report = Fa1041(Wages("457.93"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(447.93m, finding.Result.Exact);
        Assert.Equal(new Interval(447.915m, 447.945m), finding.Result.Expected);
        Assert.Equal(
            Basic + " 工资福利支出（决算） 列示 457.93万元，按 301 工资福利支出 所属各款之和 计算为 447.93万元（舍入允许 [447.915, 447.945]），差额 10万元，舍入无法解释。"
            + "依据：30101 基本工资（决算）101.04万元，30102 津贴补贴（决算）260.79万元，30103 奖金（决算）86.10万元。",
            finding.Message);
        Assert.Equal(
            "工资福利支出 (决算) is stated as 457.93万元; the sum of the sections of 301 gives 447.93万元 (rounding allows [447.915, 447.945]): "
            + "the difference of 10万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
        var exact = Fa1041(Wages("447.93"));
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        // 447.94 is 0.01 off, inside the interval: information.
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Fa1041(Wages("447.94")).Findings).Outcome);
    }

    [Fact]
    public void Each_column_and_class_is_checked_on_its_own_rows()
    {
        // A 年初预算 column: 301 = 100.00 + 200.00 + 50.00 = 350.00, stated 360.00 (an error of that column only). Class
        // 302 商品和服务支出 = 30201 办公费 12.00 (stated 12.00). The 决算 column agrees (447.93): three checks, one finding.
        var report = Fa1041(Wages("447.93",
            Cell("301 工资福利支出", "预算数", "工资福利支出", "年初预算", "360.00", code: "301", scope: Basic),
            Cell("30101 基本工资", "预算数", "基本工资", "年初预算", "100.00", code: "30101", scope: Basic),
            Cell("30102 津贴补贴", "预算数", "津贴补贴", "年初预算", "200.00", code: "30102", scope: Basic),
            Cell("30103 奖金", "预算数", "奖金", "年初预算", "50.00", code: "30103", scope: Basic),
            Cell("302 商品和服务支出", "决算数", "商品和服务支出", "决算", "12.00", code: "302", scope: Basic),
            Cell("30201 办公费", "决算数", "办公费", "决算", "12.00", code: "30201", scope: Basic)));
        Assert.Equal(3, report.ChecksRun);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("年初预算", finding.Stated.Key.Basis);
        Assert.Equal(350.00m, finding.Result.Exact);
        Assert.Equal(3, finding.Inputs.Count);
    }

    [Fact]
    public void Sections_of_another_scope_or_item_are_not_parts()
    {
        // A 30107 row of the 项目支出 scope (99.00) is not a part of the 基本支出 class: still 447.93.
        Assert.Empty(Fa1041(Wages("447.93",
            Cell("30107 绩效工资", "决算数", "绩效工资", "决算", "99.00", code: "30107", scope: "一般公共预算财政拨款项目支出"))).Findings);
    }

    [Fact]
    public void A_class_without_sections_or_rows_without_an_economic_code_are_not_checked()
    {
        // 301 alone; 208 is a 功能分类 code, not an 经济分类 one; a 301 printed as a count.
        var alone = Fa1041(Table("财决05", "一般公共预算财政拨款基本支出决算表", Cell("301 工资福利支出", "决算数", "工资福利支出", "决算", "447.93", code: "301", scope: Basic)));
        Assert.Equal(0, alone.ChecksRun);
        Assert.Equal("FA1041", Assert.Single(alone.RulesNotRun).Rule.Id);
        Assert.Equal(0, Fa1041(Table("财决05", "表", Cell("2080101 行政运行", "决算数", "行政运行", "决算", "10.00", code: "2080101"))).ChecksRun);
        Assert.Equal(0, Fa1041(Table("财决05", "表",
            Cell("301 工资福利支出", "决算数", "工资福利支出", "决算", "447.93", code: "301", scope: Basic),
            new Fig("基本工资", "决算", "3", "人") { Row = "30101 基本工资", Column = "人数", Code = "30101", Scope = Basic })).ChecksRun);
    }
}
