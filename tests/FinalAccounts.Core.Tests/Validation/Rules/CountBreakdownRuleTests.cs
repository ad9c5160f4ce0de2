using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1150 and FA1151 (a breakdown of a count adds up to it exactly, a partial list to at most it) on one-rule checks of
/// small reports: both messages word for word, the relation named by the marker, the breakdowns each rule leaves to the
/// other or to no one (mixed units, words, money, no parts), references and figures explained twice.
/// Every expected value is worked by hand in the comment beside it.
public sealed class CountBreakdownRuleTests
{
    private const string Section = "十一、其他重要事项的情况说明";

    private static StatementSpec Vehicles(string total, string marker = "其中", string totalUnit = "辆", params Part[] parts) =>
        Statement("3.11-4", Section, F("车辆", "年末", total, totalUnit))
            .With(Explanation("车辆", "年末", false, marker, parts.Length > 0 ? parts : new Part[]
            {
                F("执法执勤用车", "年末", "3", "辆", text: "执法执勤用车3辆"), F("其他用车", "年末", "5", "辆", text: "其他用车5辆"),
            }));

    private static StatementSpec LeftStaff(string total) =>
        Statement("2.3-2", "三、支出决算情况说明", F("减少人员", "决算", total, "人"))
            .With(Explanation("减少人员", "决算", true, "主要包括…等", F("调离在职人员", "决算", "7", "人", text: "调离7人"), F("退休人员", "决算", "3", "人", text: "退休3人")));

    [Fact]
    public void A_complete_breakdown_that_does_not_add_up_is_an_error_named_by_its_marker()
    {
        // 3 + 5 = 8 vehicles; 9 stated.
        var report = CheckWith("FA1150", Vehicles("9"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(8m, finding.Result.Exact);
        Assert.Equal(
            "车辆（年末） 列示 9辆，按 “其中”所列各项之和 计算为 8辆，差额 1辆。数量以整数列示，不存在舍入，应完全相等。依据：执法执勤用车（年末）3辆，其他用车（年末）5辆。",
            finding.Message);
        Assert.Equal(
            "车辆 (年末) is stated as 9 vehicles; the sum of the parts listed gives 8. Counts are whole and never rounded, so no difference is allowed.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
        // 8 stated: consistent, one check. FA1151 leaves a complete breakdown alone.
        var exact = CheckWith("FA1150", Vehicles("8"));
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        Assert.Equal(0, CheckWith("FA1151", Vehicles("9")).ChecksRun);
    }

    [Fact]
    public void A_breakdown_without_a_marker_is_named_as_the_parts_listed()
    {
        var finding = Assert.Single(CheckWith("FA1150", Vehicles("9", marker: string.Empty)).Findings);
        Assert.StartsWith("车辆（年末） 列示 9辆，按 所列各项之和 计算为 8辆，", finding.Message);
    }

    [Fact]
    public void A_partial_list_may_fall_short_of_its_total_never_exceed_it()
    {
        // 7 + 3 = 10 ≤ 12 and ≤ 10: consistent. 9 is 1 short of the 10 listed.
        Assert.Empty(CheckWith("FA1151", LeftStaff("12")).Findings);
        Assert.Empty(CheckWith("FA1151", LeftStaff("10")).Findings);
        var finding = Assert.Single(CheckWith("FA1151", LeftStaff("9")).Findings);
        Assert.Equal(
            "减少人员（决算） 列示 9人，按 “主要包括…等”所列各项之和 应不小于 10人，差额 -1人。数量以整数列示，不存在舍入，各项之和不能大于合计。依据：调离在职人员（决算）7人，退休人员（决算）3人。",
            finding.Message);
        Assert.Equal(
            "减少人员 (决算) is stated as 9 persons; the sum of the parts listed (a partial list) is 10, more than that. Counts are whole and never rounded, so no difference is allowed.",
            finding.MessageEn);
        // FA1150 leaves a partial list alone (as an equality 12 ≠ 10 would be an error).
        Assert.Equal(0, CheckWith("FA1150", LeftStaff("12")).ChecksRun);
    }

    [Fact]
    public void Breakdowns_that_are_not_all_counts_of_one_unit_are_not_checked()
    {
        // Parts in 辆 and 台（套）; a part given in words only; a part in 万元; a total in another unit than the parts; a total in 万元.
        Assert.Equal(0, CheckWith("FA1150", Vehicles("9", parts: new Part[] { F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "台（套）") })).ChecksRun);
        Assert.Equal(0, CheckWith("FA1150", Vehicles("9", parts: new Part[] { F("执法执勤用车", "年末", "3", "辆"), Text("其他用车若干") })).ChecksRun);
        Assert.Equal(0, CheckWith("FA1150", Vehicles("9", parts: new Part[] { F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5.00", "万元") })).ChecksRun);
        Assert.Equal(0, CheckWith("FA1150", Vehicles("9", totalUnit: "台（套）")).ChecksRun);
        var money = CheckWith("FA1150", Vehicles("9.00", totalUnit: "万元"));
        Assert.Equal(0, money.ChecksRun);
        Assert.Equal("FA1150", Assert.Single(money.RulesNotRun).Rule.Id);
    }

    [Fact]
    public void A_part_given_by_reference_counts_as_the_figure_it_refers_to()
    {
        // 其他用车 stated in 3.11-1 as 5辆 and referred to: 3 + 5 = 8 ≠ 9.
        var finding = Assert.Single(CheckWith("FA1150",
            Statement("3.11-1", Section, F("其他用车", "年末", "5", "辆")),
            Vehicles("9", parts: new Part[] { F("执法执勤用车", "年末", "3", "辆"), Ref("3.11-1", "其他用车", "年末") })).Findings);
        Assert.Equal(8m, finding.Result.Exact);
        Assert.Equal("3.11-1", finding.Inputs[1].Location.StatementId);
    }

    [Fact]
    public void A_breakdown_explaining_two_figures_checks_each()
    {
        // 车辆 (年末) 9 and 车辆 (决算) 8 both explained by 3 + 5: 年末 is an error, 决算 agrees; two checks.
        var report = CheckWith("FA1150",
            Statement("3.11-4", Section, F("车辆", "年末", "9", "辆"), F("车辆", "决算", "8", "辆"))
                .With(new ExplanationSpec("车辆", "年末", false, "其中", new Part[] { F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆") })
                {
                    AlsoExplains = new[] { ("车辆", "决算") },
                }));
        Assert.Equal(2, report.ChecksRun);
        Assert.Equal("年末", Assert.Single(report.Findings).Stated.Key.Basis);
        // Explaining a figure the report does not state: nothing to check.
        Assert.Equal(0, CheckWith("FA1150",
            Statement("3.11-4", Section, F("车辆", "决算", "8", "辆"))
                .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆")))).ChecksRun);
    }
}
