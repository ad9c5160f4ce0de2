using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1207 (a 预算's 持平 agrees with the figures) reads a sentence whose very first character is 预 (its first figure is
/// 预备费): the quick test for a 预 anywhere in the sentence must not skip it. BudgetRowRuleTests pins the messages.
public sealed class BudgetLevelWordPlaceTests
{
    [Fact]
    public void A_sentence_that_begins_with_yu_is_read()
    {
        // 预备费 预算 12.00 against 上年执行数 10.00, said 持平: 2.00 apart, a finding (the sentence starts "预备费预算12.00万元").
        var report = CheckWith("FA1207", Budget,
            new StatementSpec("B.1.10", new[] { F("预备费", "预算", "12.00"), F("预备费", "上年执行数", "10.00") }) { Section = "预算编制说明", Words = "比2023年预算执行数持平。" });
        Assert.Equal(2m, Assert.Single(report.Findings).Result.Exact);
    }
}
