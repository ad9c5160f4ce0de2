using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181 clause by clause: each way of saying "none" before or after an item, lists of items, the words that move a
/// claim elsewhere, which table cells are compared, and the finding's place and message as written. The 三公 table
/// holds 因公出国（境）费 1.20 (an error for any claim of it) or 0.00 (consistent).
/// </summary>
public sealed class ZeroClaimWordsTests
{
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string ThreePublicTable = "财政拨款“三公”经费支出决算表";
    private const string Trips = "因公出国（境）费";

    private static SentenceReport WithTrips(string trips, string sentence, string reception = "0.00") => new SentenceReport()
        .Table("财决07", ThreePublicTable,
            ("因公出国（境）费", "决算数", F(Trips, "决算", trips, scope: "财政拨款")),
            ("公务接待费", "决算数", F("公务接待费", "决算", reception, scope: "财政拨款")))
        .Say("2.8-1", Section, "“三公”经费支出决算数为1.20万元。", F("三公经费", "决算", "1.20", scope: "财政拨款"))
        .Say("2.8-2", Section, sentence);

    [Theory]
    [InlineData("本年度未发生因公出国（境）费。")]
    [InlineData("没有发生因公出国（境）费支出。")]
    [InlineData("没有产生因公出国（境）费。")]
    [InlineData("未产生因公出国（境）费用。")]
    [InlineData("没有因公出国（境）经费。")]
    [InlineData("无因公出国（境）费的情况。")]
    [InlineData("无因公出国（境）费情况。")]
    [InlineData("无因公出国（境）费财政拨款支出。")]
    [InlineData("无因公出国（境）费经费支出。")]
    [InlineData("因公出国（境）费未发生。")]
    [InlineData("因公出国（境）费没有发生。")]
    [InlineData("因公出国（境）费没有产生。")]
    [InlineData("因公出国（境）费未产生。")]
    [InlineData("因公出国（境）费均未发生。")]
    [InlineData("因公出国（境）费均没有发生。")]
    [InlineData("因公出国（境）费：无此项支出。")]
    [InlineData("因公出国（境）费:无此项经费。")]
    [InlineData("因公出国（境）费无此项的情况。")]
    [InlineData("因公出国（境）费支出决算为零，无其他事项。")]
    [InlineData("因公出国（境）费支出未发生费用。")]
    [InlineData("本年度 因公出国(境)费 未发生。")]
    [InlineData("本年度“因公出国（境）费”未发生。")]
    [InlineData("公务接待费1.00万元，本年度未发生因公出国（境）费。")]
    [InlineData("因公出国（境）费决算为零，无其他。")]
    [InlineData("因公出国（境）费费用为零，无其他。")]
    [InlineData("没有发生因公出国（境）费费用。")]
    public void Each_way_of_saying_none_claims_a_zero_the_table_contradicts(string sentence)
    {
        var result = WithTrips("1.20", sentence).Check("FA1181");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal("0", finding.Stated.Value);
        Assert.Equal(new FigureKey(Trips, "决算", "财政拨款"), finding.Stated.Key);
        Assert.Equal("2.8-2", finding.Location.StatementId);
        Assert.Equal("$.statements[1]", finding.Location.JsonPath);
        Assert.Equal("1.20", Assert.Single(finding.Inputs).Value);
        Assert.Equal(1, result.ChecksRun);
        // The consistent table: the same words, 0.00 printed.
        var consistent = WithTrips("0.00", sentence).Check("FA1181");
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
    }

    [Theory]
    [InlineData("上年未发生因公出国（境）费。")]                 // another year
    [InlineData("因公出国（境）费预算未发生。")]                 // a budget
    [InlineData("机关本级未发生因公出国（境）费。")]             // part of the units
    [InlineData("因公出国（境）费与上年相比未发生变化。")]       // a change
    [InlineData("因公出国（境）费未发生额外开支。")]             // more words after the claim
    [InlineData("无因公出国（境）费等支出。")]                   // 等: a list it does not close
    [InlineData("因公出国（境）费或公务接待费未发生。")]         // 或 does not join a list
    [InlineData("公务接待费都未发生，因公出国（境）费1.20万元。")] // 都 after a single item
    [InlineData("因公出国（境）费1.20万元。")]
    [InlineData("除因公出国（境）费外，无其他支出。")]
    [InlineData("因公出国（境）费较少，未超预算。")]
    public void Words_that_move_or_loosen_the_claim_make_no_claim(string sentence)
    {
        var result = WithTrips("1.20", sentence, reception: "2.00").Check("FA1181");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }

    [Theory]
    [InlineData("因公出国（境）费和公务接待费均未发生。")]
    [InlineData("因公出国（境）费、公务接待费未发生。")]
    [InlineData("因公出国（境）费及公务接待费都未发生。")]
    [InlineData("因公出国（境）费与公务接待费均没有发生。")]
    [InlineData("因公出国（境）费支出以及公务接待费未发生。")]
    [InlineData("未发生因公出国（境）费和公务接待费。")]
    public void A_list_claims_each_item_and_each_is_judged_on_its_own_cell(string sentence)
    {
        // 出国 1.20 contradicts the claim, 接待 0.00 agrees: one finding, two checks.
        var result = WithTrips("1.20", sentence).Check("FA1181");
        Assert.Equal(Trips, Assert.Single(result.Findings).Stated.Key.Concept);
        Assert.Equal(2, result.ChecksRun);
        var both = WithTrips("1.20", sentence, reception: "0.50").Check("FA1181");
        Assert.Equal(new[] { "公务接待费", Trips }, both.Findings.Select(f => f.Stated.Key.Concept).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_finding_quotes_the_clause_and_names_the_cell()
    {
        // The second clause claims; the first (with a printed amount) does not. Quotes are dropped from the clause quoted.
        var finding = Assert.Single(WithTrips("1.20", "公务接待费0.00万元；本年度“因公出国（境）费”未发生。").Check("FA1181").Findings);
        Assert.Equal("说明称「本年度因公出国（境）费未发生」，即因公出国（境）费（决算）为0，而表“财政拨款“三公”经费支出决算表”因公出国（境）费 · 决算数 列示 1.20万元，两处矛盾。", finding.Message);
        Assert.Equal("the 说明 says \"本年度因公出国（境）费未发生\", i.e. 因公出国（境）费 is 0, but table 财政拨款“三公”经费支出决算表 states 1.20万元 at 因公出国（境）费 · 决算数.", finding.MessageEn);
        Assert.Equal(Section, finding.Location.Section);
    }

    [Fact]
    public void Only_the_items_actual_without_path_is_compared_and_the_first_nonzero_cell_is_named()
    {
        // A 年初预算 cell of 2.00 says nothing about the 决算; the 决算 0.00 agrees.
        var budgetCell = new SentenceReport()
            .Table("财决07", ThreePublicTable,
                ("因公出国（境）费", "年初预算数", F(Trips, "年初预算", "2.00")),
                ("因公出国（境）费", "决算数", F(Trips, "决算", "0.00")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        Assert.Empty(budgetCell.Findings);
        Assert.Equal(1, budgetCell.ChecksRun);
        // Two nonzero cells in two tables: the first is named.
        var two = new SentenceReport()
            .Table("财决07", ThreePublicTable, ("因公出国（境）费", "决算数", F(Trips, "决算", "0.30")))
            .Table("附表", "其他表", ("因公出国（境）费", "决算数", F(Trips, "决算", "0.40")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        var finding = Assert.Single(two.Findings);
        Assert.Equal("0.30", Assert.Single(finding.Inputs).Value);
        // A zero cell before a nonzero one: the nonzero one is found.
        var later = new SentenceReport()
            .Table("财决07", ThreePublicTable, ("因公出国（境）费", "决算数", F(Trips, "决算", "0.00")))
            .Table("附表", "其他表", ("因公出国（境）费", "决算数", F(Trips, "决算", "0.40")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        Assert.Equal("0.40", Assert.Single(Assert.Single(later.Findings).Inputs).Value);
    }

    [Fact]
    public void A_blank_is_judged_only_where_the_report_publishes_the_items_table()
    {
        // The 三公 table without a 出国 row: the claim stands (one passed check).
        var blank = new SentenceReport()
            .Table("财决07", ThreePublicTable, ("公务接待费", "决算数", F("公务接待费", "决算", "0.50")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        Assert.Empty(blank.Findings);
        Assert.Equal(1, blank.ChecksRun);
        // Only another table: nothing to judge.
        var none = new SentenceReport()
            .Table("财决01", "收入支出决算总表", ("本年收入合计", "决算数", F("本年收入合计", "决算", "5.00")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        Assert.Equal(0, none.ChecksRun);
        // A 0 printed in a table that is not the item's: the claim stands (one passed check).
        var elsewhere = new SentenceReport()
            .Table("附表", "其他表", ("因公出国（境）费", "决算数", F(Trips, "决算", "0.00")))
            .Say("2.8-2", Section, "本年度未发生因公出国（境）费。").Check("FA1181");
        Assert.Empty(elsewhere.Findings);
        Assert.Equal(1, elsewhere.ChecksRun);
        // A sentence with the words of absence but no item, or an item but no words of absence: never read.
        Assert.Equal(0, WithTrips("1.20", "本年度未发生相关支出。").Check("FA1181").ChecksRun);
    }

    [Fact]
    public void A_pair_of_items_named_together_claims_both()
    {
        // "无政府性基金预算财政拨款收入和支出": both concepts claimed 0; the table holds 支出 3.00 (an error) and 收入 0.00.
        var result = new SentenceReport()
            .Table("财决08", "政府性基金预算财政拨款收入支出决算表",
                ("本年收入", "决算数", F("政府性基金预算财政拨款收入", "决算", "0.00")),
                ("本年支出", "决算数", F("政府性基金预算财政拨款支出", "决算", "3.00")))
            .Say("2.9-1", "八、政府性基金预算财政拨款收入支出决算情况说明", "本单位无政府性基金预算财政拨款收入和支出。").Check("FA1181");
        Assert.Equal("政府性基金预算财政拨款支出", Assert.Single(result.Findings).Stated.Key.Concept);
        Assert.Equal(2, result.ChecksRun);
    }

    [Fact]
    public void The_claim_of_a_longer_item_is_about_that_item()
    {
        // 公务用车购置 inside 公务用车购置及运行维护费 is that one item: the claim is about the whole 3.00, not the 购置费 0.00.
        var result = new SentenceReport()
            .Table("财决07", ThreePublicTable,
                ("公务用车购置及运行维护费", "决算数", F("公务用车购置及运行维护费", "决算", "3.00")),
                ("公务用车购置费", "决算数", F("公务用车购置费", "决算", "0.00")))
            .Say("2.8-2", Section, "本年度未发生公务用车购置及运行维护费。").Check("FA1181");
        Assert.Equal("公务用车购置及运行维护费", Assert.Single(result.Findings).Stated.Key.Concept);
        Assert.Equal(1, result.ChecksRun);
        var purchase = new SentenceReport()
            .Table("财决07", ThreePublicTable,
                ("公务用车购置及运行维护费", "决算数", F("公务用车购置及运行维护费", "决算", "3.00")),
                ("公务用车购置费", "决算数", F("公务用车购置费", "决算", "0.00")))
            .Say("2.8-2", Section, "本年度没有发生公务用车购置。").Check("FA1181");
        Assert.Empty(purchase.Findings);
        Assert.Equal(1, purchase.ChecksRun);
    }
}
