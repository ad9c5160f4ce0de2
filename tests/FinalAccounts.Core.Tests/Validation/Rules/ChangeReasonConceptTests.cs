using System.IO;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1170's concepts (<see cref="ChangeReasonRule.IsExplained"/>, <see cref="ChangeReasonRule.IsAgainstBudget"/>) answer
/// exactly membership in the template's lists, written out here from the rule's documentation: every name in them, and
/// no other concept the seed states (names of the same length among them).
/// </summary>
public sealed class ChangeReasonConceptTests
{
    private static readonly string[] s_explained =
    {
        "收入总计", "支出总计", "财政拨款收入支出总计", "一般公共预算财政拨款支出", "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "机关运行经费",
    };

    private static readonly string[] s_againstBudget = { "一般公共预算财政拨款支出", "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" };

    [Fact]
    public void The_template_names_are_recognised()
    {
        Assert.All(s_explained, c => Assert.True(ChangeReasonRule.IsExplained(c), c));
        Assert.All(s_againstBudget, c => Assert.True(ChangeReasonRule.IsAgainstBudget(c), c));
        Assert.False(ChangeReasonRule.IsAgainstBudget("收入总计"));
        Assert.False(ChangeReasonRule.IsAgainstBudget("机关运行经费"));
    }

    [Fact]
    public void Every_other_concept_of_the_seed_is_not()
    {
        var seed = ReportReader.Parse(File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")), "seed");
        var concepts = seed.Figures.Select(f => f.Key.Concept).Distinct().ToList();
        // The seed states names of every length the lists use, so a test by length alone would fail here.
        Assert.Contains(concepts, c => c.Length == 12 && !s_explained.Contains(c));
        Assert.Contains(concepts, c => c.Length == 4 && !s_explained.Contains(c));
        foreach (var concept in concepts)
        {
            Assert.Equal(s_explained.Contains(concept), ChangeReasonRule.IsExplained(concept));
            Assert.Equal(s_againstBudget.Contains(concept), ChangeReasonRule.IsAgainstBudget(concept));
        }
        // Near misses: one character more or less, or a half-width bracket.
        Assert.False(ChangeReasonRule.IsExplained("收入总计数"));
        Assert.False(ChangeReasonRule.IsExplained("收入总"));
        Assert.False(ChangeReasonRule.IsExplained("因公出国(境)费"));
        Assert.False(ChangeReasonRule.IsExplained(string.Empty));
    }
}
