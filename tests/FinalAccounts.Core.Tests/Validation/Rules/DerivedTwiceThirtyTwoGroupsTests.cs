using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110's grouped walk first makes room for 32 groups (8 slots each, so 257 cell bounds); a report of exactly 32 groups
/// fills that room to its last bound without growing it. Checked on a thread of its own, where the walk's per-thread
/// arrays start at that first room: every array must hold all 257 bounds, and the one disagreement is still found.
/// </summary>
public sealed class DerivedTwiceThirtyTwoGroupsTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";

    [Fact]
    public async Task Exactly_thirty_two_groups_fit_the_first_room_and_the_disagreement_is_found()
    {
        // 其他i支出, i = 1…31: a lone 年初预算 i.00 each (31 groups, nothing to compare). 专项支出: 年初预算 100.00 stated in
        // 2.7-1 ([99.995, 100.005]); 决算 160.00 − 较年初预算增减 50.00 = 110 in 2.7-2 ([109.99, 110.01]): the 32nd group,
        // one check, 100.00 − 110 = −10, at least 109.99 − 100.005 = 9.985 apart.
        var alone = Enumerable.Range(1, 31).Select(i => F("其他" + i + "支出", "年初预算", i.ToString(CultureInfo.InvariantCulture) + ".00")).ToArray();
        var result = await Task.Factory.StartNew(() => new SentenceReport()
            .Say("2.7-1", Section, "年初预算。", F("专项支出", "年初预算", "100.00"))
            .Say("2.7-2", Section, "决算。", F("专项支出", "决算", "160.00"), F("专项支出", "较年初预算增减", "50.00"))
            .Say("2.7-3", Section, "其他。", alone)
            .Check("FA1110"), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("100.00", finding.Stated.Value);
        Assert.Equal(-10m, finding.Result.Difference);
    }
}
