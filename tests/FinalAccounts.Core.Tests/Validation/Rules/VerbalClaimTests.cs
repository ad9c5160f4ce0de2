using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Issue 13.10: claims of no change made in words, without a figure. By hand.
public sealed class VerbalClaimTests
{
    private static string[] Level(string budget, string actual, string words)
        => Check(new StatementSpec("2.5-8", new[]
            {
                F("一般公共预算财政拨款支出", "年初预算", budget, path: "社会保障和就业支出/人力资源和社会保障管理事务/信息化建设"),
                F("一般公共预算财政拨款支出", "决算", actual, path: "社会保障和就业支出/人力资源和社会保障管理事务/信息化建设"),
            }) { Section = "五、一般公共预算财政拨款支出决算情况说明", Words = words })
            .Findings.Where(f => f.RuleId == "FA1131").Select(f => f.Stated.Value).ToArray();

    [Fact]
    public void No_difference_in_words_needs_equal_figures()
    {
        // The seed's 2.5-8: "年初预算20万元，支出决算20万元…决算数与年初预算数无差异" — 20 against 20 agrees; with 决算 21 the words
        // claim equality over a gap of 1 (each figure whole: ±0.5, so rounding allows at most 1 — [20.5, 21.5] against [19.5, 20.5]
        // still touch, so 22 is the first that cannot be equal).
        foreach (var word in new[] { "无差异", "无增减", "无变化", "持平" })
        {
            Assert.Empty(Level("20", "20", "决算数与年初预算数" + word + "。"));
            Assert.Equal(new[] { "22" }, Level("20", "22", "决算数与年初预算数" + word + "。"));
        }
    }
}
