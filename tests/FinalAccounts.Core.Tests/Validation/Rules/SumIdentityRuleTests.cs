using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Sum identities (FA1001–FA1006 and the like) on one-rule checks of small reports: an optional part a table leaves blank
/// counts as 0 while a sentence that does not mention it is not checked, a required part is always needed, the English
/// relation is the rule's title, and totals are checked once each. Numbers by hand.
public sealed class SumIdentityRuleTests
{
    [Fact]
    public void A_sum_that_does_not_add_up_is_worded_with_the_rules_english_title()
    {
        // 70.00 + 20.00 = 90.00, stated 100.00; two parts allow [89.99, 90.01].
        var report = CheckWith("FA1006", Statement("2.6-1", F("基本支出", "决算", "100.00"), F("人员经费", "决算", "70.00"), F("公用经费", "决算", "20.00")));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(
            "基本支出（决算） 列示 100.00万元，按 人员经费 + 公用经费 计算为 90万元（舍入允许 [89.99, 90.01]），差额 10万元，舍入无法解释。依据：人员经费（决算）70.00万元，公用经费（决算）20.00万元。",
            finding.Message);
        Assert.Equal(
            "基本支出 (决算) is stated as 100.00万元; basic expenditure = personnel + public expenses gives 90万元 (rounding allows [89.99, 90.01]): the difference of 10万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void An_optional_part_a_sentence_does_not_mention_stops_the_check()
    {
        // 收入总计 100.00 and 本年收入合计 90.00 in a sentence: 年初结转和结余 may be the 10.00, unsaid. Not checked.
        var sentence = CheckWith("FA1001", Statement("2.1-1", F("收入总计", "决算", "100.00"), F("本年收入合计", "决算", "90.00")));
        Assert.Equal(0, sentence.ChecksRun);
        Assert.Equal("FA1001", Assert.Single(sentence.RulesNotRun).Rule.Id);
        // With the optional parts stated: 90.00 + 4.00 + 6.00 = 100.00, consistent.
        var all = CheckWith("FA1001", Statement("2.1-1", F("收入总计", "决算", "100.00"), F("本年收入合计", "决算", "90.00"),
            F("使用非财政拨款结余", "决算", "4.00"), F("年初结转和结余", "决算", "6.00")));
        Assert.Empty(all.Findings);
        Assert.Equal(1, all.ChecksRun);
    }

    [Fact]
    public void An_optional_part_a_table_leaves_blank_counts_as_0()
    {
        // The 总表 prints 收入总计 100.00 and 本年收入合计 90.00 and leaves the other rows blank: 90.00 ≠ 100.00.
        var report = CheckWith("FA1001", Table("财决01", "收入支出决算总表",
            Cell("收入总计", "决算数", "收入总计", "决算", "100.00"), Cell("本年收入合计", "决算数", "本年收入合计", "决算", "90.00")));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(90.00m, finding.Result.Exact);
        Assert.Single(finding.Inputs);
        // A blank required part stops even a table's check.
        Assert.Equal(0, CheckWith("FA1001", Table("财决01", "收入支出决算总表",
            Cell("收入总计", "决算数", "收入总计", "决算", "100.00"), Cell("年初结转和结余", "决算数", "年初结转和结余", "决算", "6.00"))).ChecksRun);
    }

    [Fact]
    public void A_part_printed_as_a_count_is_no_part()
    {
        // 公用经费 given as 3 个: FA1006 needs both parts as money.
        Assert.Equal(0, CheckWith("FA1006", Statement("2.6-1", F("基本支出", "决算", "100.00"), F("人员经费", "决算", "70.00"), F("公用经费", "决算", "3", "个"))).ChecksRun);
        // A total printed as a count is no total.
        Assert.Equal(0, CheckWith("FA1006", Statement("2.6-1", F("基本支出", "决算", "100", "个"), F("人员经费", "决算", "70.00"), F("公用经费", "决算", "20.00"))).ChecksRun);
    }

    [Fact]
    public void A_repeated_total_is_checked_once_and_each_total_gets_its_own_parts()
    {
        var repeated = CheckWith("FA1006", Statement("2.6-1", F("基本支出", "决算", "100.00"), F("人员经费", "决算", "70.00"), F("公用经费", "决算", "20.00")),
            Statement("2.6-2", F("基本支出", "决算", "100.00")));
        Assert.Equal(1, repeated.ChecksRun);
        Assert.Equal("2.6-1", Assert.Single(repeated.Findings).Location.StatementId);
        // A rule whose parts are all optional: the first table row has its part (10.00 = 10.00), the second (another scope)
        // has none and is not checked — the list of parts is not carried over from the first.
        var rule = new SumIdentityRule(new RuleDescriptor("FA9011", "测试", "test", "甲 = 乙"), "甲", ("乙", 1, false));
        var report = ReportChecker.Check(Read(Table("表1", "测试表",
            Cell("甲", "决算数", "甲", "决算", "10.00"), Cell("乙", "决算数", "乙", "决算", "10.00"),
            Cell("甲", "其他", "甲", "决算", "99.00", scope: "其他口径"))), new IReportRule[] { rule });
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }
}
