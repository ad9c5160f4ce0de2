using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// What a count finding says, in both languages (mutation testing, docs/reliability.md: every word of these messages was
/// free to change): the stated count, the sum worked out, the difference, why no difference is allowed, and each input,
/// for a breakdown that must add up exactly (FA1150) and for parts that may add up to less (FA1152). Numbers by hand.
public sealed class CountMessageTests
{
    [Fact]
    public void A_breakdown_that_does_not_add_up_names_both_sums_and_every_part()
    {
        // 车辆 9辆, 其中 执法执勤用车 3辆 + 其他用车 5辆 = 8辆: the stated count is 1 more.
        var finding = Assert.Single(Check(Statement("3.11-4", F("车辆", "年末", "9", "辆"))
            .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆")))).Findings);
        Assert.Equal("FA1150", finding.RuleId);
        Assert.StartsWith("车辆（年末） 列示 9辆，按 ", finding.Message);
        Assert.EndsWith(" 计算为 8辆，差额 1辆。数量以整数列示，不存在舍入，应完全相等。依据：执法执勤用车（年末）3辆，其他用车（年末）5辆。", finding.Message);
        Assert.StartsWith("车辆 (年末) is stated as 9 vehicles; ", finding.MessageEn);
        Assert.EndsWith(" gives 8. Counts are whole and never rounded, so no difference is allowed.", finding.MessageEn);
    }

    [Fact]
    public void Parts_above_a_total_they_may_fall_short_of_are_named_as_a_lower_bound()
    {
        // 发现问题5个; 已完成整改4个 + 正在整改2个 = 6个: the total should be at least 6, it is 1 short (5 − 6 = −1).
        var finding = Assert.Single(Check(Statement("3.10-1", "十、预算绩效管理情况", F("绩效自评发现问题", "决算", "5", "个"),
            F("已完成整改问题", "决算", "4", "个"), F("正在整改问题", "决算", "2", "个"))).Findings, f => f.RuleId == "FA1152");
        Assert.StartsWith("绩效自评发现问题（决算） 列示 5个，按 ", finding.Message);
        Assert.EndsWith(" 应不小于 6个，差额 -1个。数量以整数列示，不存在舍入，各项之和不能大于合计。依据：已完成整改问题（决算）4个，正在整改问题（决算）2个。", finding.Message);
        Assert.StartsWith("绩效自评发现问题 (决算) is stated as 5 items; ", finding.MessageEn);
        Assert.EndsWith(" is 6, more than that. Counts are whole and never rounded, so no difference is allowed.", finding.MessageEn);
    }
}
