using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181: which cells of the item are compared (决算 money cells without 功能分类 path or item: a nonzero cell with a path,
/// an item or a count says nothing of the item's own 决算), a last clause without closing punctuation, and an item whose
/// own words begin with a word that elsewhere moves the claim (机关 in 机关运行经费).
/// </summary>
public sealed class ZeroClaimCellsAndClausesTests
{
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string ThreePublicTable = "财政拨款“三公”经费支出决算表";
    private const string Trips = "因公出国（境）费";
    private const string Claim = "本年度未发生因公出国（境）费。";

    private static CheckReport WithCells(params (string Row, string Column, Fig Figure)[] cells)
        => new SentenceReport().Table("财决07", ThreePublicTable, cells).Say("2.8-2", Section, Claim).Check("FA1181");

    [Fact]
    public void A_nonzero_cell_with_a_path_an_item_or_a_count_is_not_the_items_actual()
    {
        // Each table publishes the item (the 三公 table), its 决算 cell 0.00 agrees; the other nonzero cell is not compared.
        var zero = ("因公出国（境）费", "决算数", F(Trips, "决算", "0.00"));
        var path = WithCells(zero, ("一般公共服务支出", "因公出国（境）费", F(Trips, "决算", "1.20", path: "一般公共服务支出")));
        Assert.Empty(path.Findings);
        Assert.Equal(1, path.ChecksRun);
        var item = WithCells(zero, ("考察", "因公出国（境）费", F(Trips, "决算", "1.20", item: "出国考察")));
        Assert.Empty(item.Findings);
        Assert.Equal(1, item.ChecksRun);
        var count = WithCells(zero, ("因公出国（境）团组数", "决算数", F(Trips, "决算", "2", "个")));
        Assert.Empty(count.Findings);
        Assert.Equal(1, count.ChecksRun);
        // The same 1.20 as the item's own 决算 cell: the finding.
        var own = WithCells(("因公出国（境）费", "决算数", F(Trips, "决算", "1.20")));
        Assert.Equal("1.20", Assert.Single(Assert.Single(own.Findings).Inputs).Value);
    }

    [Fact]
    public void A_nonzero_cell_with_a_path_alone_is_judged_as_a_blank()
    {
        // Only a cell with a path: the item's own 决算 is blank in the 三公 table, so the claim stands (one passed check).
        var result = WithCells(("一般公共服务支出", "因公出国（境）费", F(Trips, "决算", "1.20", path: "一般公共服务支出")));
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Theory]
    [InlineData("本年度未发生因公出国（境）费")]                    // the only clause, no 。
    [InlineData("公务接待费0.50万元；本年度未发生因公出国（境）费")]  // the last clause, no 。
    public void A_last_clause_without_closing_punctuation_is_read(string sentence)
    {
        var result = new SentenceReport()
            .Table("财决07", ThreePublicTable, ("因公出国（境）费", "决算数", F(Trips, "决算", "1.20")))
            .Say("2.8-2", Section, sentence).Check("FA1181");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("说明称「本年度未发生因公出国（境）费」，即因公出国（境）费（决算）为0，而表“财政拨款“三公”经费支出决算表”因公出国（境）费 · 决算数 列示 1.20万元，两处矛盾。", finding.Message);
    }

    [Theory]
    [InlineData("本年度未发生机关运行经费。")]
    [InlineData("机关运行经费未发生。")]
    public void An_items_own_words_do_not_move_its_claim(string sentence)
    {
        // 机关 moves a claim to the 机关本级 only outside an item's words: 机关运行经费 is the item. Its 决算 3.50 ≠ 0.
        var result = new SentenceReport()
            .Table("财决09", "机关运行经费支出表", ("机关运行经费", "决算数", F("机关运行经费", "决算", "3.50")))
            .Say("2.11-1", "十一、机关运行经费支出说明", sentence).Check("FA1181");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("机关运行经费", finding.Stated.Key.Concept);
        Assert.Equal("3.50", Assert.Single(finding.Inputs).Value);
        // 机关 outside the item's words still moves it: the 机关本级's spending says nothing of the units'.
        var moved = new SentenceReport()
            .Table("财决09", "机关运行经费支出表", ("机关运行经费", "决算数", F("机关运行经费", "决算", "3.50")))
            .Say("2.11-1", "十一、机关运行经费支出说明", "机关本级未发生机关运行经费。").Check("FA1181");
        Assert.Equal(0, moved.ChecksRun);
    }
}
