using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1040 on a table of three 类 with their 款 and 项: every parent against its nearest stated children (also across a
/// level the table leaves out), the table's total per column, which cells make a group, and the finding's place and words.
/// All sums are added by hand in the comments.
/// </summary>
public sealed class FunctionTreeLevelsTests
{
    private const string Title = "一般公共预算财政拨款支出决算表";
    private const string General = "一般公共预算财政拨款支出";
    private const string Public = "一般公共服务支出";
    private const string Finance = Public + "/财政事务";
    private const string Housing = "住房保障支出";
    private const string Reform = Housing + "/住房改革支出";

    private static Fig Row(string code, string path, string value, string basis = "决算", string column = "决算数")
        => Cell(code + " " + path.Split('/').Last(), column, General, basis, value, path, code);

    /// <summary>
    /// 201 = 20106 = 20.00 + 10.00 = 30.00; 20801 = 60.00 + 40.00 = 100.00; 20805 = 30.00 + 20.00 = 50.00; 208 = 150.00;
    /// 22102 = 15.00 + 10.00 = 25.00 = 221; 合计 = 30.00 + 150.00 + 25.00 = 205.00. Seven parents with children, one total.
    /// </summary>
    private static Fig[] Tree(string pensionItem = "20.00", string total = "205.00") => new[]
    {
        Cell("合计", "决算数", General, "决算", total),
        Row("201", Public, "30.00"),
        Row("20106", Finance, "30.00"),
        Row("2010601", Finance + "/行政运行", "20.00"),
        Row("2010602", Finance + "/一般行政管理事务", "10.00"),
        Row("208", RuleExamples.SocialSecurity, "150.00"),
        Row("20801", RuleExamples.HrAffairs, "100.00"),
        Row("2080101", RuleExamples.HrAffairs + "/行政运行", "60.00"),
        Row("2080102", RuleExamples.HrAffairs + "/一般行政管理事务", "40.00"),
        Row("20805", RuleExamples.Pensions, "50.00"),
        Row("2080501", RuleExamples.Pensions + "/行政单位离退休", "30.00"),
        Row("2080502", RuleExamples.Pensions + "/事业单位离退休", pensionItem),
        Row("221", Housing, "25.00"),
        Row("22102", Reform, "25.00"),
        Row("2210201", Reform + "/住房公积金", "15.00"),
        Row("2210203", Reform + "/购房补贴", "10.00"),
    };

    [Fact]
    public void Every_parent_is_checked_against_its_own_children_only()
    {
        var consistent = CheckWith(Read(Table("财决08", Title, Tree())), "FA1040");
        Assert.Empty(consistent.Findings);
        Assert.Equal(8, consistent.ChecksRun);
        // 2080502 printed 25.00: 20805 = 30.00 + 25.00 = 55.00 against 50.00 — only 20805 is wrong (208 adds the 款 as printed).
        var broken = CheckWith(Read(Table("财决08", Title, Tree(pensionItem: "25.00"))), "FA1040");
        var finding = Assert.Single(broken.Findings);
        Assert.Equal("20805 行政事业单位养老支出", finding.Location.Row);
        Assert.Equal("50.00", finding.Stated.Value);
        Assert.Equal(55m, finding.Result.Exact);
        Assert.Equal(new[] { "30.00", "25.00" }, finding.Inputs.Select(i => i.Value));
        Assert.Contains("20805 下级科目之和", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("the sum of the codes below 20805", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_the_table_leaves_out_is_crossed()
    {
        // Without the 款 rows the 项 are the 类's nearest stated children: 208 = 60 + 40 + 30 + 20 = 150, 201 = 20 + 10, 221 = 15 + 10.
        var rows = Tree().Where(c => c.Code is not ("20106" or "20801" or "20805" or "22102")).ToArray();
        var result = CheckWith(Read(Table("财决08", Title, rows)), "FA1040");
        Assert.Empty(result.Findings);
        Assert.Equal(4, result.ChecksRun);
        var broken = Tree(pensionItem: "25.00").Where(c => c.Code is not ("20106" or "20801" or "20805" or "22102")).ToArray();
        var finding = Assert.Single(CheckWith(Read(Table("财决08", Title, broken)), "FA1040").Findings);
        Assert.Equal("208 社会保障和就业支出", finding.Location.Row);
        Assert.Equal(155m, finding.Result.Exact);
        Assert.Equal(4, finding.Inputs.Count);
    }

    [Fact]
    public void The_table_total_is_the_sum_of_its_classes_in_each_column()
    {
        // The 年初预算 column: 合计 200.00 against 30.00 + 150.00 + 25.00 = 205.00 (the 决算 column agrees).
        // A percentage column is no money: not a group of its own (printed first, so every later cell keeps its place).
        var cells = new[] { new Fig(General, "占比", "100.00", "%") { Row = "合计", Column = "占比" } }.Concat(Tree()).Concat(new[]
        {
            Cell("合计", "年初预算数", General, "年初预算", "200.00"),
            Row("201", Public, "30.00", "年初预算", "年初预算数"),
            Row("208", RuleExamples.SocialSecurity, "150.00", "年初预算", "年初预算数"),
            Row("221", Housing, "25.00", "年初预算", "年初预算数"),
        }).ToArray();
        var result = CheckWith(Read(Table("财决08", Title, cells)), "FA1040");
        Assert.Equal(8 + 1, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("合计", finding.Location.Row);
        Assert.Equal("年初预算数", finding.Location.Column);
        Assert.Equal(205m, finding.Result.Exact);
        Assert.Equal(3, finding.Inputs.Count);
        Assert.Contains("一般公共预算财政拨款支出决算表 各类之和", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("the sum of the classes in 财决08", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Each_table_has_its_own_total_and_a_total_needs_classes()
    {
        // Two tables: the second's 合计 10.00 is its 221 alone (the first's classes are not its parts).
        var second = Table("财决09", "政府性基金预算财政拨款收入支出决算表",
            Cell("合计", "决算数", General, "决算", "10.00"),
            Row("221", Housing, "10.00"));
        var both = CheckWith(Read(Table("财决08", Title, Tree()), second), "FA1040");
        Assert.Empty(both.Findings);
        Assert.Equal(8 + 1, both.ChecksRun);
        // A table without cells, then one whose cells stand at other places than the first table's: each table's cells
        // are grouped afresh (the second table's 221 at its place 1 is its total's part; the first table's place 1 was a
        // percentage).
        var first = Table("财决12", "其他表", Cell("合计", "决算数", General, "决算", "10.00"),
            new Fig(General, "占比", "100.00", "%") { Row = "合计", Column = "占比" }, Row("221", Housing, "10.00"));
        var other = Table("财决13", "另表", Cell("合计", "决算数", "项目支出", "决算", "30.00"),
            Cell("221 住房保障支出", "决算数", "项目支出", "决算", "30.00", Housing, "221"));
        var fresh = CheckWith(Read(Table("财决00", "空表"), first, other), "FA1040");
        Assert.Empty(fresh.Findings);
        Assert.Equal(2, fresh.ChecksRun);
        // A table with 款 rows but no 类 row: nothing for its total to be the sum of.
        var noClass = Table("财决10", "其他表", Cell("合计", "决算数", General, "决算", "99.00"), Row("22102", Reform, "25.00"));
        Assert.Equal(0, CheckWith(Read(noClass), "FA1040").ChecksRun);
        // The first uncoded cell is the total; a second uncoded cell is neither total nor part.
        var twoUncoded = Table("财决11", "其他表", Cell("合计", "决算数", General, "决算", "25.00"), Cell("小计", "决算数", General, "决算", "99.00"), Row("221", Housing, "25.00"));
        var result = CheckWith(Read(twoUncoded), "FA1040");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void Rows_printed_out_of_code_order_find_their_parents()
    {
        // The same tree printed 221, 208, 201 (each 类 before its own rows, the 项 before their 款): the same eight checks.
        var tree = Tree();
        var shuffled = new[] { tree[0] }.Concat(tree.Skip(12)).Concat(tree.Skip(5).Take(7).Reverse()).Concat(tree.Skip(1).Take(4).Reverse()).ToArray();
        Assert.Equal(tree.Length, shuffled.Length);
        var result = CheckWith(Read(Table("财决08", Title, shuffled)), "FA1040");
        Assert.Empty(result.Findings);
        Assert.Equal(8, result.ChecksRun);
        var broken = Tree(pensionItem: "25.00");
        var brokenShuffled = new[] { broken[0] }.Concat(broken.Skip(12)).Concat(broken.Skip(5).Take(7).Reverse()).Concat(broken.Skip(1).Take(4).Reverse()).ToArray();
        Assert.Equal("20805 行政事业单位养老支出", Assert.Single(CheckWith(Read(Table("财决08", Title, brokenShuffled)), "FA1040").Findings).Location.Row);
    }
}
