using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110 on a report with more quantities than its grouped walk first makes room for (32 groups, 64 figures): every
/// quantity determined twice is compared once and each that disagrees is reported (the checker then puts the findings
/// in printed order). Each report is checked on a thread of its own: the walk keeps its arrays per thread, so a thread
/// that has checked nothing before starts from that first room.
/// </summary>
public sealed class DerivedTwiceManyQuantitiesTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";

    private static string Money(int value) => value.ToString(CultureInfo.InvariantCulture) + ".00";

    [Fact]
    public async Task Forty_quantities_are_each_compared_once_and_each_disagreement_reported()
    {
        // 专项i支出, i = 1…40: 年初预算 100 + 10i stated in 2.7-1; 决算 150 + 10i and 较年初预算增减 50.00 in 2.7-2,
        // which give the same budget — but for i = 7 the change is 60.00 (budget 170.00 against 160) and for i = 31 it is
        // 40.00 (410.00 against 420). 2.7-3 states 40 budgets of 其他i支出 with nothing to compare them with: 160 figures
        // in 80 groups. Two findings, in printed order: 专项7支出's stated 170.00, then 专项31支出's 410.00.
        var budgets = Enumerable.Range(1, 40).Select(i => F("专项" + i + "支出", "年初预算", Money(100 + (10 * i)))).ToArray();
        var derived = Enumerable.Range(1, 40).SelectMany(i => new[]
        {
            F("专项" + i + "支出", "决算", Money(150 + (10 * i))),
            F("专项" + i + "支出", "较年初预算增减", i == 7 ? "60.00" : i == 31 ? "40.00" : "50.00"),
        }).ToArray();
        var alone = Enumerable.Range(1, 40).Select(i => F("其他" + i + "支出", "年初预算", Money(i))).ToArray();
        var result = await OnAThreadOfItsOwn(() => new SentenceReport()
            .Say("2.7-1", Section, "年初预算。", budgets)
            .Say("2.7-2", Section, "决算。", derived)
            .Say("2.7-3", Section, "其他。", alone)
            .Check("FA1110"));
        Assert.Equal(40, result.ChecksRun);
        Assert.Equal(new[] { "170.00", "410.00" }, result.Findings.Select(f => f.Stated.Value));
        Assert.Equal(new[] { 10m, -10m }, result.Findings.Select(f => f.Result.Difference));
        Assert.StartsWith("专项31支出（年初预算） 在报告中得出两个不同的值：列示 410.00万元", result.Findings[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forty_actuals_joining_forty_one_budget_side_figures_are_room_for_eighty_one()
    {
        // 专项i支出, i = 1…40: 年初预算 100 + 10i in 2.7-1, 决算 150 + 10i in 2.7-2; only 专项1支出 has a 较年初预算增减 (50.00,
        // 2.7-2): 160.00 − 50.00 = 110 meets the stated 110.00, one passed check. 41 figures start or join groups and 40
        // 决算 join them: 81 in all.
        var budgets = Enumerable.Range(1, 40).Select(i => F("专项" + i + "支出", "年初预算", Money(100 + (10 * i)))).ToArray();
        var actuals = Enumerable.Range(1, 40).Select(i => F("专项" + i + "支出", "决算", Money(150 + (10 * i)))).Append(F("专项1支出", "较年初预算增减", "50.00")).ToArray();
        var result = await OnAThreadOfItsOwn(() => new SentenceReport()
            .Say("2.7-1", Section, "年初预算。", budgets)
            .Say("2.7-2", Section, "决算。", actuals)
            .Check("FA1110"));
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    // LongRunning: the default scheduler gives the check a dedicated thread, not one of the pool's.
    private static Task<CheckReport> OnAThreadOfItsOwn(Func<CheckReport> check)
        => Task.Factory.StartNew(check, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
