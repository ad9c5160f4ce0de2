using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181's prefilter counts a 没 only in 没有: a 没 of another word (罚没, 没收) before the words of absence must not hide
/// them, at the sentence's start or inside it, and a sentence with such a 没 and no other word of absence claims nothing.
/// The 三公 table holds 因公出国（境）费 1.20, so a claim of it is one finding.
/// </summary>
public sealed class ZeroClaimLoneMeiTests
{
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string Trips = "因公出国（境）费";

    private static CheckReport Check(string sentence) => new SentenceReport()
        .Table("财决07", "财政拨款“三公”经费支出决算表", ("因公出国（境）费", "决算数", F(Trips, "决算", "1.20", scope: "财政拨款")))
        .Say("2.8-2", Section, sentence)
        .Check("FA1181");

    [Theory]
    [InlineData("罚没收入已上缴，本年度未发生因公出国（境）费。")]      // 没 at index 1, 未 later
    [InlineData("没收款项已上缴，本年度未发生因公出国（境）费。")]      // 没 at the sentence's start
    [InlineData("罚没、没收款项已上缴，本年度未发生因公出国（境）费。")] // two lone 没 before the 未
    [InlineData("没收款项已上缴，本年度无因公出国（境）费。")]          // 无 after a lone 没
    [InlineData("罚没款项已上缴，本年度没有发生因公出国（境）费。")]    // 没有 after a lone 没
    [InlineData("罚没未上缴款项已清理，本年度未发生因公出国（境）费。")] // 未 the very next character after a lone 没
    public void A_lone_mei_before_the_words_of_absence_does_not_hide_the_claim(string sentence)
    {
        var result = Check(sentence);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("0", finding.Stated.Value);
        Assert.Equal(Trips, finding.Stated.Key.Concept);
        Assert.Equal("1.20", Assert.Single(finding.Inputs).Value);
        Assert.Equal(1, result.ChecksRun);
    }

    [Theory]
    [InlineData("罚没收入中不含因公出国（境）费。")]
    [InlineData("没收款项用于因公出国（境）费。")]
    [InlineData("因公出国（境）费用于罚没")]
    public void A_lone_mei_is_no_word_of_absence(string sentence)
    {
        var result = Check(sentence);
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }
}
