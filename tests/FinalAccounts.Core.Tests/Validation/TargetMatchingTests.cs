using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.TargetTables;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// FA1215: which 自评表 row is compared with which 目标表 row, and when two values or two weights are the same (names without
/// spaces, 二级 telling a repeated 三级 apart, units and directions only where both print one, weights within their printed
/// rounding). E6 and its targets are <see cref="TargetTables"/>'; a row with a weight is two checks (value, weight).
/// </summary>
public sealed class TargetMatchingTests
{
    [Fact]
    public void Targets_as_restated_give_no_warning_and_two_checks_a_row()
    {
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(6, check.ChecksRun);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1215");
    }

    [Fact]
    public void Project_and_indicator_names_match_with_spaces_ignored()
    {
        var check = Check(Evaluation(), Table("T1", "测试 项目", Output(level3: "培训 人数"), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(6, check.ChecksRun);
    }

    [Fact]
    public void A_project_with_two_target_tables_is_not_compared()
    {
        // The second table sets 999 人: were either compared, a warning would follow.
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(), Satisfaction()), Table("T2", "测试项目", Output("999"), Quality(), Satisfaction()));
        Assert.Empty(check.Findings);
        Assert.Equal(0, check.ChecksRun);
        Assert.Contains(check.RulesNotRun, r => r.Rule.Id == "FA1215");
    }

    [Fact]
    public void A_third_level_name_set_twice_is_told_apart_by_its_second_level()
    {
        // 培训人数 under 数量指标 (100) and under 质量指标 (999): E6's row is 数量指标, so it meets 100. The other is not reported
        // as left out either: a row of its name was evaluated.
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(level2: "质量指标", target: "999"), Output(), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(6, check.ChecksRun);
    }

    [Fact]
    public void A_row_with_two_candidates_of_the_same_second_level_is_not_compared()
    {
        // Two 数量指标/培训人数 targets (100 and 999): which one E6 restates is not guessed, so its row makes no check; the other
        // two rows make four.
        var check = Check(Evaluation(), Table("T1", "测试项目", Output("999"), Output(), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(4, check.ChecksRun);
    }

    [Theory]
    [InlineData(null, "人", true)]   // the 目标表 prints no unit: the number decides
    [InlineData("人", null, true)]   // the 自评表 prints none
    [InlineData("个", "人", false)]
    public void Units_are_compared_only_where_both_print_one(string? targetUnit, string? evaluatedUnit, bool agrees)
    {
        var check = Check(Evaluation(outputUnit: evaluatedUnit), Table("T1", "测试项目", Output(unit: targetUnit), Quality(), Satisfaction()));
        Assert.Equal(agrees ? 0 : 1, Warnings(check).Count);
        Assert.Equal(6, check.ChecksRun);
    }

    [Theory]
    [InlineData(false, "大于等于", false)] // ≤100 set, ≥100 evaluated, both printed
    [InlineData(true, "大于等于", true)]   // the target's direction was inferred (not printed)
    [InlineData(false, null, true)]       // the 自评表's direction was inferred
    public void Directions_are_compared_only_where_both_print_one(bool targetInferred, string? evaluatedDirection, bool agrees)
    {
        var check = Check(Evaluation(outputDirection: evaluatedDirection),
            Table("T1", "测试项目", Output(direction: IndicatorDirection.AtMost, inferred: targetInferred), Quality(), Satisfaction()));
        Assert.Equal(agrees ? 0 : 1, Warnings(check).Count);
    }

    [Theory]
    [InlineData("有 效 提升", true)]  // the same words, spaces aside
    [InlineData("明显提升", false)]
    [InlineData("3", false)]         // a number for words
    public void Words_agree_only_as_the_same_words(string target, bool agrees)
    {
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(target), Satisfaction()));
        Assert.Equal(agrees ? 0 : 1, Warnings(check).Count);
    }

    [Fact]
    public void Words_set_for_a_number_differ()
        => Assert.Single(Warnings(Check(Evaluation(), Table("T1", "测试项目", Output("一百"), Quality(), Satisfaction()))));

    [Theory]
    // A whole number is exact; n decimals allow half their last digit: |x − y| ≤ hx + hy.
    [InlineData("50", "50.0", true)]      // 0 ≤ 0.05
    [InlineData("50", "50.05", false)]    // 0.05 > 0 + 0.005
    [InlineData("50", "50.1", false)]     // 0.1 > 0 + 0.05
    [InlineData("16.7", "16.67", true)]   // 0.03 ≤ 0.05 + 0.005
    [InlineData("16.7", "16.8", true)]    // 0.1 = 0.05 + 0.05: on the bound
    [InlineData("16.7", "16.9", false)]   // 0.2 > 0.1
    [InlineData("16.7", "16.76", false)]  // 0.06 > 0.055
    [InlineData("16.7", "16.64", false)]  // 0.06 > 0.055, below
    public void Weights_agree_when_their_printed_intervals_meet(string evaluated, string target, bool agrees)
    {
        var check = Check(Evaluation(outputWeight: evaluated), Table("T1", "测试项目", Output(weight: target), Quality(), Satisfaction()));
        Assert.Equal(agrees ? 0 : 1, Warnings(check).Count);
    }

    [Fact]
    public void A_target_without_a_weight_is_one_check()
    {
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(weight: null), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(5, check.ChecksRun);
    }

    [Fact]
    public void A_single_candidate_is_compared_whatever_its_second_level()
    {
        // The 目标表 files 培训人数 under 数量 (not 数量指标): the only row of that name is the one E6 restates, and agrees.
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(level2: "数量"), Quality(), Satisfaction()));
        Assert.Empty(Warnings(check));
        Assert.Equal(6, check.ChecksRun);
    }
}
