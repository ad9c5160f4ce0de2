using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181 passes over a sentence or clause without one of its anchor words before looking for the items' words: sound only
/// while every item's words contain an anchor, and of use only while a sentence naming no item contains none.
/// </summary>
public sealed class ZeroClaimPrefilterTests
{
    [Fact]
    public void Every_named_item_contains_an_anchor()
    {
        var missing = ReportVocabulary.NamedItems.Where(item => !ZeroClaimRule.ItemAnchors.Any(anchor => item.Words.Contains(anchor))).Select(item => item.Words);
        Assert.Empty(missing);
    }

    [Theory]
    // Sentences of a 说明 that name none of the items (read by hand: no 三公, 因公出国, 公务用车, 公务接待, 机关运行经费,
    // 政府性基金, 国有资本经营): an anchor found in them would let every such sentence through to the item search.
    [InlineData("本年度未发生相关支出。")]
    [InlineData("一般公共预算财政拨款支出决算为100.00万元，无其他事项。")]
    public void A_sentence_naming_no_item_contains_no_anchor(string sentence)
        => Assert.DoesNotContain(ZeroClaimRule.ItemAnchors, anchor => sentence.Contains(anchor, StringComparison.Ordinal));
}
