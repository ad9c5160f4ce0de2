using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181's scan of a sentence's clauses at its two ends: a clause with an anchor word (因公出国) but no item's words is
/// passed over, as every clause naming no item is, and the rule goes on to the next clause; a clause that names every item
/// of <see cref="FinalAccounts.Reports.ReportVocabulary.NamedItems"/> in one list is still read, and each of its items that
/// a published table holds is judged. The 三公 table holds 因公出国（境）费 1.20, so a claim of it is one finding.
/// </summary>
public sealed class ZeroClaimClauseScanTests
{
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string Trips = "因公出国（境）费";

    private static CheckReport Check(string sentence) => new SentenceReport()
        .Table("财决07", "财政拨款“三公”经费支出决算表", ("因公出国（境）费", "决算数", F(Trips, "决算", "1.20", scope: "财政拨款")))
        .Say("2.8-2", Section, sentence)
        .Check("FA1181");

    [Fact]
    public void A_clause_with_an_anchor_but_no_items_words_is_passed_over()
    {
        // "本年度未发生因公出国（境）团组" holds 因公出国 and 未发生 but no item (团组 is no 费): nothing claimed, and the
        // next clause names the item with an amount, no claim either. No check, no finding.
        var result = Check("本年度未发生因公出国（境）团组，因公出国（境）费为1.20万元。");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
        // The same first clause before a claim: the claim is still read (1.20 ≠ 0, one finding).
        var then = Check("本年度未发生因公出国（境）团组，未发生因公出国（境）费。");
        Assert.Equal(Trips, Assert.Single(then.Findings).Stated.Key.Concept);
        Assert.Equal(1, then.ChecksRun);
    }

    // Every item's words in one list behind 无: 因公出国（境）费 is inside 因公出国（境）费用, 公务用车购置 inside
    // 公务用车购置费, 公务接待费 inside 国内公务接待费, each 预算财政拨款收入 inside its 收入和支出.
    private const string EveryItem = "本年度无三公经费、因公出国（境）费用、因公出国（境）经费、公务用车购置及运行维护费、公务用车购置及运行费、"
        + "公务用车购置费、公务用车运行维护费、公务用车运行费、国内公务接待费、国（境）外公务接待费、机关运行经费、"
        + "政府性基金预算财政拨款收入和支出、政府性基金预算财政拨款收支、政府性基金预算财政拨款支出、"
        + "国有资本经营预算财政拨款收入和支出、国有资本经营预算财政拨款收支、国有资本经营预算财政拨款支出";

    [Fact]
    public void A_list_of_every_item_is_read()
    {
        // The 17 items kept (longest words win), joined by 、, claim 12 concepts, in printed order, each once.
        Assert.Equal(
            new[]
            {
                "三公经费", Trips, "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "国内公务接待费", "国（境）外公务接待费", "机关运行经费",
                "政府性基金预算财政拨款收入", "政府性基金预算财政拨款支出", "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款支出",
            },
            ZeroClaimRule.Claim(EveryItem));
        // Judged against the 三公 table alone: of the 12, the table holds 三公经费, 因公出国（境）费, 公务用车购置及运行维护费,
        // 公务用车购置费 and 公务用车运行维护费 (its 公务接待费 is not claimed: 国内公务接待费 is) — 5 checks; the others have no
        // table and no cell. Only 因公出国（境）费 is printed, 1.20 ≠ 0: one finding.
        var result = Check(EveryItem + "。");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Trips, finding.Stated.Key.Concept);
        Assert.Equal("1.20", Assert.Single(finding.Inputs).Value);
        Assert.Equal(5, result.ChecksRun);
        Assert.Equal(Severity.Error, finding.Severity);
    }
}
