using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// The 决算 concepts each of the three standard tables that may be empty holds (<see cref="FinalAccounts.Validation.Rules.StandardTable.Concepts"/>),
/// read through FA1181: a 说明 clause saying the unit had none of an item is judged (one passed check) when the report
/// publishes the table that holds the item, even where that table prints no cell of it; with the table absent it is not
/// judged. Each item below is one of its table's concepts by the template: 三公 table 7 (the 三公经费 and its parts),
/// the 政府性基金 table 8 and the 国有资本经营 table 9 (their 收入 and 支出).
/// </summary>
public sealed class StandardTableConceptsTests
{
    private const string OtherCell = "本年支出合计";

    private static CheckReport Claim(string tableTitle, string item, bool withTable)
    {
        var report = new SentenceReport();
        // The table prints one cell of another concept: the item itself is blank there.
        if (withTable) report = report.Table("财决07", tableTitle, ("合计", "决算数", F(OtherCell, "决算", "5.00")));
        return report.Say("2.8-2", "七、财政拨款“三公”经费支出决算情况说明", "本年度未发生" + item + "。").Check("FA1181");
    }

    [Theory]
    [InlineData("财政拨款“三公”经费支出决算表", "因公出国（境）费")]
    [InlineData("财政拨款“三公”经费支出决算表", "公务用车购置及运行维护费")]
    [InlineData("财政拨款“三公”经费支出决算表", "公务用车购置费")]
    [InlineData("财政拨款“三公”经费支出决算表", "公务用车运行维护费")]
    [InlineData("财政拨款“三公”经费支出决算表", "公务接待费")]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收入")]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出")]
    [InlineData("国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入")]
    [InlineData("国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出")]
    public void A_claim_of_none_for_an_item_its_published_table_leaves_blank_is_one_passed_check(string tableTitle, string item)
    {
        var judged = Claim(tableTitle, item, withTable: true);
        Assert.Empty(judged.Findings);
        Assert.Equal(1, judged.ChecksRun);
        Assert.Equal(0, Claim(tableTitle, item, withTable: false).ChecksRun);
    }

    [Theory]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "公务接待费")]
    [InlineData("财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入")]
    [InlineData("收入支出决算总表", "公务用车购置费")]
    public void A_table_that_does_not_hold_the_item_does_not_make_its_claim_judged(string tableTitle, string item)
        => Assert.Equal(0, Claim(tableTitle, item, withTable: true).ChecksRun);

    [Fact]
    public void A_missing_table_whose_first_concept_a_breakdown_part_states_as_zero_is_no_finding()
    {
        // FA1160: tables 1–7 and 9 published, 8 missing; the 说明 states 政府性基金预算财政拨款支出 (table 8's first concept)
        // 0.00 only as a part of a breakdown: the report says the table has nothing. 12.00 there: table 8 is missing.
        static CheckReport With(string value)
        {
            var items = new System.Collections.Generic.List<TestReport.Item>();
            foreach (var (n, title) in new[]
            {
                (1, "收入支出决算总表"), (2, "收入决算表"), (3, "支出决算表"), (4, "财政拨款收入支出决算总表"), (5, "一般公共预算财政拨款支出决算表"),
                (6, "一般公共预算财政拨款基本支出决算表"), (7, "财政拨款“三公”经费支出决算表"), (9, "国有资本经营预算财政拨款收入支出决算表"),
            })
            {
                items.Add(TestReport.Table("表" + n, title, TestReport.Cell("合计", "决算数", OtherCell, "决算", "100.00")));
            }
            items.Add(TestReport.Statement("2.7-1", TestReport.F("财政拨款支出", "决算", "100.00"))
                .With(TestReport.Explanation("财政拨款支出", "决算", false, "其中", TestReport.F("政府性基金预算财政拨款支出", "决算", value))));
            return TestReport.CheckWith("FA1160", items.ToArray());
        }

        Assert.Empty(With("0.00").Findings);
        Assert.Equal("8", Assert.Single(With("12.00").Findings).Stated.Value);
    }
}
