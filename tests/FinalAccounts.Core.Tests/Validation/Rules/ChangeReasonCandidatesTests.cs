using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1170 on a statement with several changes of different kinds: the finding names the first one in printed order
/// (a money change, a change rate, a 决算 apart from its 年初预算 — each kind found in its own pass, all kept), and only a
/// 决算 is held against its budget (a 较年初预算增减 of 0 beside an equal 决算 and 年初预算 is no change).
/// </summary>
public sealed class ChangeReasonCandidatesTests
{
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string Sentence = "三公经费比上年增加2.00万元，机关运行经费增长5.00%，三公经费决算10.00万元，年初预算12.00万元。";

    private static CheckReport Check(string threePublicChange) => new SentenceReport().Say("2.8-1", Section, Sentence,
        F("三公经费", "较上年决算增减", threePublicChange),
        F("机关运行经费", "较上年决算增减率", "5.00", "%"),
        F("三公经费", "决算", "10.00"),
        F("三公经费", "年初预算", "12.00")).Check("FA1170");

    [Fact]
    public void The_first_change_printed_is_the_one_named()
    {
        // Three changes, none explained: 三公经费 +2.00, 机关运行经费 +5.00 % (no amount of its own), 决算 10.00 against
        // 年初预算 12.00. One check per statement, on the first.
        var finding = Assert.Single(Check("2.00").Findings);
        Assert.Equal(("三公经费", "较上年决算增减"), (finding.Stated.Key.Concept, finding.Stated.Key.Basis));
        Assert.Equal("2.00", finding.Stated.Value);
        // The amount printed as 0.00 is no change: the rate, printed next, is the first change.
        var rate = Assert.Single(Check("0.00").Findings);
        Assert.Equal(("机关运行经费", "较上年决算增减率"), (rate.Stated.Key.Concept, rate.Stated.Key.Basis));
        Assert.Equal("5.00", rate.Stated.Value);
    }

    [Fact]
    public void A_change_from_the_budget_is_not_itself_held_against_the_budget()
    {
        // 决算 12.00 = 年初预算 12.00 and 较年初预算增减 0.00: nothing changed, so nothing to explain and no check.
        var result = new SentenceReport().Say("2.8-1", Section, "三公经费决算12.00万元，年初预算12.00万元，较年初预算增减0.00万元。",
            F("三公经费", "决算", "12.00"),
            F("三公经费", "年初预算", "12.00"),
            F("三公经费", "较年初预算增减", "0.00")).Check("FA1170");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }
}
