using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1152 and FA1153 (relations between counts: graded projects add up, rectified problems and groups do not exceed
/// their totals) on one-rule checks of small reports: each relation's message word for word, units, missing and
/// repeated figures. Every expected value is worked by hand in the comment beside it.
public sealed class CountRelationRuleTests
{
    private const string Section = "十、预算绩效管理情况";

    private static StatementSpec Graded(string total, string excellent = "3", string unit = "个") =>
        Statement("3.10-1", Section, F("绩效自评项目", "决算", total, "个"), F("绩效评级为优的项目", "决算", excellent, unit),
            F("绩效评级为良的项目", "决算", "1", "个"), F("绩效评级为合格的项目", "决算", "0", "个"), F("绩效评级为不合格的项目", "决算", "0", "个"));

    private static StatementSpec Problems(string found, string done, string doing, string partUnit = "个") =>
        Statement("3.10-2", Section, F("绩效自评发现问题", "决算", found, "个"), F("已完成整改问题", "决算", done, partUnit), F("正在整改问题", "决算", doing, partUnit));

    [Fact]
    public void Graded_projects_that_do_not_add_up_name_the_four_grades()
    {
        // 3 + 1 + 0 + 0 = 4 projects graded; 5 stated: 1 more than the grades account for.
        var report = CheckWith("FA1152", Graded("5"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(4m, finding.Result.Exact);
        Assert.Equal(1m, finding.Result.Difference);
        Assert.Equal(4, finding.Inputs.Count);
        Assert.Equal(
            "绩效自评项目（决算） 列示 5个，按 绩效评级为“优”“良”“合格”“不合格”的项目数之和 计算为 4个，差额 1个。数量以整数列示，不存在舍入，应完全相等。"
            + "依据：绩效评级为优的项目（决算）3个，绩效评级为良的项目（决算）1个，绩效评级为合格的项目（决算）0个，绩效评级为不合格的项目（决算）0个。",
            finding.Message);
        Assert.Equal(
            "绩效自评项目 (决算) is stated as 5 items; the sum of the projects graded 优, 良, 合格 and 不合格 gives 4. Counts are whole and never rounded, so no difference is allowed.",
            finding.MessageEn);
        // Exactly 4: consistent, one check. 3 stated: one fewer than graded, an error too (the relation is an equality).
        var exact = CheckWith("FA1152", Graded("4"));
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        Assert.Equal(-1m, Assert.Single(CheckWith("FA1152", Graded("3")).Findings).Result.Difference);
    }

    [Fact]
    public void Problems_rectified_may_be_fewer_than_found_never_more()
    {
        // 4 + 2 = 6 ≤ 6 and 4 + 1 = 5 ≤ 6: consistent. 4 + 2 = 6 > 5: an error.
        Assert.Empty(CheckWith("FA1152", Problems("6", "4", "2")).Findings);
        Assert.Empty(CheckWith("FA1152", Problems("6", "4", "1")).Findings);
        var finding = Assert.Single(CheckWith("FA1152", Problems("5", "4", "2")).Findings);
        Assert.Equal(
            "绩效自评发现问题（决算） 列示 5个，按 已经完成整改与正在整改的问题数之和 应不小于 6个，差额 -1个。数量以整数列示，不存在舍入，各项之和不能大于合计。"
            + "依据：已完成整改问题（决算）4个，正在整改问题（决算）2个。",
            finding.Message);
        Assert.Equal(
            "绩效自评发现问题 (决算) is stated as 5 items; the problems rectified and being rectified is 6, more than that. Counts are whole and never rounded, so no difference is allowed.",
            finding.MessageEn);
        // A bound needs no common unit: parts counted in 项 against problems in 个 are still held to it.
        Assert.Single(CheckWith("FA1152", Problems("5", "4", "2", partUnit: "项")).Findings);
    }

    [Fact]
    public void Graded_projects_in_another_unit_or_not_all_stated_are_not_checked()
    {
        // 优 counted in 人: an equality needs one unit.
        Assert.Equal(0, CheckWith("FA1152", Graded("5", unit: "人")).ChecksRun);
        // 优 printed as money, or not stated at all.
        Assert.Equal(0, CheckWith("FA1152", Graded("5", unit: "万元")).ChecksRun);
        var missing = CheckWith("FA1152", Statement("3.10-1", Section, F("绩效自评项目", "决算", "5", "个"), F("绩效评级为优的项目", "决算", "3", "个"),
            F("绩效评级为良的项目", "决算", "1", "个"), F("绩效评级为合格的项目", "决算", "0", "个")));
        Assert.Equal(0, missing.ChecksRun);
        Assert.Equal("FA1152", Assert.Single(missing.RulesNotRun).Rule.Id);
        // The total printed as money is no count.
        Assert.Equal(0, CheckWith("FA1152", Statement("3.10-1", Section, F("绩效自评项目", "决算", "5.00", "万元"), F("绩效评级为优的项目", "决算", "3", "个"),
            F("绩效评级为良的项目", "决算", "1", "个"), F("绩效评级为合格的项目", "决算", "0", "个"), F("绩效评级为不合格的项目", "决算", "0", "个"))).ChecksRun);
    }

    [Fact]
    public void A_repeated_total_is_checked_once()
    {
        var report = CheckWith("FA1152", Graded("5"), Statement("3.10-3", Section, F("绩效自评项目", "决算", "5", "个")));
        Assert.Equal("3.10-1", Assert.Single(report.Findings).Location.StatementId);
        Assert.Equal(1, report.ChecksRun);
    }

    [Theory]
    [InlineData("因公出国（境）人次", "因公出国（境）团组", "个", "团组数（每个团组至少1人次）", "the number of groups (each at least one person)")]
    [InlineData("国内公务接待人次", "国内公务接待批次", "批次", "接待批次（每批次至少1人次）", "the number of batches (each at least one person)")]
    [InlineData("国（境）外公务接待人次", "国（境）外公务接待批次", "批次", "接待批次（每批次至少1人次）", "the number of batches (each at least one person)")]
    public void Person_times_are_at_least_the_groups_or_batches(string persons, string groups, string groupUnit, string relation, string relationEn)
    {
        // 3 groups, 7 person-times: 7 ≥ 3. 3 groups, 3 person-times: one each, still fine. 2 person-times: 1 short.
        Assert.Empty(CheckWith("FA1153", Statement("3.7-3", F(groups, "决算", "3", groupUnit), F(persons, "决算", "7", "人次"))).Findings);
        Assert.Empty(CheckWith("FA1153", Statement("3.7-3", F(groups, "决算", "3", groupUnit), F(persons, "决算", "3", "人次"))).Findings);
        var finding = Assert.Single(CheckWith("FA1153", Statement("3.7-3", F(groups, "决算", "3", groupUnit), F(persons, "决算", "2", "人次"))).Findings);
        Assert.Equal(
            persons + "（决算） 列示 2人次，按 " + relation + " 应不小于 3人次，差额 -1人次。数量以整数列示，不存在舍入，各项之和不能大于合计。依据：" + groups + "（决算）3" + groupUnit + "。",
            finding.Message);
        Assert.Equal(
            persons + " (决算) is stated as 2 person-times; " + relationEn + " is 3, more than that. Counts are whole and never rounded, so no difference is allowed.",
            finding.MessageEn);
    }
}
