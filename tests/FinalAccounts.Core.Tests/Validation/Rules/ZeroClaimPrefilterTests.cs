using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181 passes over a sentence or clause without one of its anchor words before looking for the items' words: sound only
/// while every item's words contain an anchor.
/// </summary>
public sealed class ZeroClaimPrefilterTests
{
    [Fact]
    public void Every_named_item_contains_an_anchor()
    {
        var missing = ReportVocabulary.NamedItems.Where(item => !ZeroClaimRule.ItemAnchors.Any(anchor => item.Words.Contains(anchor))).Select(item => item.Words);
        Assert.Empty(missing);
    }
}
