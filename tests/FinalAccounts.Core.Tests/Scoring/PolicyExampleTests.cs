using System.Collections.Generic;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Each policy variant on the example its source documents (domain-rules.md §1), values worked out by hand.
public sealed class PolicyExampleTests
{
    private static decimal Score(ScoringPolicy policy, IndicatorDirection direction, decimal target, decimal actual, decimal weight)
        => policy.Rounding.Round(policy.ScoreQuantitative(direction, target, actual, weight));

    [Fact]
    public void Proportional_shortfall_is_actual_over_target_times_weight()
    {
        // §1.3 vendor: round(actual/target × weight, 2). 443/630 × 8 = 5.6253… → 5.63; 0 actual scores 0; negative counts as 0.
        Assert.Equal(5.63m, Score(ScoringPolicy.National, IndicatorDirection.AtLeast, 630m, 443m, 8m));
        Assert.Equal(0m, Score(ScoringPolicy.National, IndicatorDirection.AtLeast, 630m, 0m, 8m));
        Assert.Equal(0m, Score(ScoringPolicy.National, IndicatorDirection.AtLeast, 630m, -5m, 8m));
    }

    [Fact]
    public void Linear_overshoot_reaches_zero_at_twice_the_target()
    {
        // §1.3 vendor: (1 − (actual − target)/target) × weight; 134 → 137.40: (1 − 3.40/134) × 5 = 4.8731… → 4.87.
        Assert.Equal(4.87m, Score(ScoringPolicy.National, IndicatorDirection.AtMost, 134m, 137.40m, 5m));
        // 10 → 15: (1 − 0.5) × 5 = 2.5; 10 → 20 and beyond: 0.
        Assert.Equal(2.5m, Score(ScoringPolicy.National, IndicatorDirection.AtMost, 10m, 15m, 5m));
        Assert.Equal(0m, Score(ScoringPolicy.National, IndicatorDirection.AtMost, 10m, 20m, 5m));
        Assert.Equal(0m, Score(ScoringPolicy.National, IndicatorDirection.AtMost, 10m, 35m, 5m));
    }

    [Fact]
    public void Ratio_overshoot_is_target_over_actual_times_weight()
    {
        // §1.5 填表说明: 年度指标值/全年实际值 × 分值. 134/137.40 × 5 = 4.8762… → 4.88; 10 → 20: 0.5 × 5 = 2.5.
        Assert.Equal(4.88m, Score(ScoringPolicy.NationalRatio, IndicatorDirection.AtMost, 134m, 137.40m, 5m));
        Assert.Equal(2.5m, Score(ScoringPolicy.NationalRatio, IndicatorDirection.AtMost, 10m, 20m, 5m));
    }

    [Fact]
    public void Zero_overshoot_scores_nothing_past_the_target()
    {
        Assert.Equal(0m, Score(ScoringPolicy.NationalZeroOvershoot, IndicatorDirection.AtMost, 134m, 134.01m, 5m));
        Assert.Equal(5m, Score(ScoringPolicy.NationalZeroOvershoot, IndicatorDirection.AtMost, 134m, 134m, 5m));
    }

    [Fact]
    public void Per_point_deduction_follows_the_Yueyang_examples()
    {
        // §1.5 岳阳: 在职人员控制率 ≦100% 计5分, 每超过一个百分点扣0.5分, 扣完为止: 104% → 5 − 4 × 0.5 = 3; 120% → 5 − 10 → 0.
        var half = ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.PerPercentOver(0.5m));
        Assert.Equal(3m, Score(half, IndicatorDirection.AtMost, 100m, 104m, 5m));
        Assert.Equal(0m, Score(half, IndicatorDirection.AtMost, 100m, 120m, 5m));
        // "三公"经费控制率 ≦100% 计6分, 每超过一个百分点扣1分: 103% → 6 − 3 = 3.
        var one = ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.PerPercentOver(1m));
        Assert.Equal(3m, Score(one, IndicatorDirection.AtMost, 100m, 103m, 6m));
        Assert.Equal("national+每超1%扣1分", one.Id);
    }

    [Fact]
    public void Banded_shortfall_follows_the_Yueyang_example()
    {
        // §1.5 岳阳: 重点支出安排率 ≥90% 计5分; 80%(含)–90% 计4分 … 低于60%不得分. Against a 90% target, 80% is a completion of
        // 88.88…%, so the band starts at 88.88% and earns 4/5 = 80% of the weight. The bands between 60% and 80% are elided
        // in the source, so only the documented points are checked.
        var banded = ScoringPolicy.National.With(shortfall: ShortfallScoring.Bands(new ScoreBand(88.88m, 80m)));
        Assert.Equal(5m, Score(banded, IndicatorDirection.AtLeast, 90m, 92m, 5m));
        Assert.Equal(4m, Score(banded, IndicatorDirection.AtLeast, 90m, 85m, 5m));
        Assert.Equal(4m, Score(banded, IndicatorDirection.AtLeast, 90m, 80m, 5m));
        Assert.Equal(0m, Score(banded, IndicatorDirection.AtLeast, 90m, 50m, 5m));
    }

    [Fact]
    public void Banded_overshoot_uses_the_overshoot_in_percent_of_target()
    {
        // Up to 10% over → 80%; up to 20% over → 50%; beyond → 0. 10 → 11 is 10% over: 0.8 × 5 = 4; 10 → 11.5: 2.5; 10 → 13: 0.
        var banded = ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.Bands(new ScoreBand(10m, 80m), new ScoreBand(20m, 50m)));
        Assert.Equal(4m, Score(banded, IndicatorDirection.AtMost, 10m, 11m, 5m));
        Assert.Equal(2.5m, Score(banded, IndicatorDirection.AtMost, 10m, 11.5m, 5m));
        Assert.Equal(0m, Score(banded, IndicatorDirection.AtMost, 10m, 13m, 5m));
    }

    [Fact]
    public void Equality_with_target_zero_is_all_or_nothing()
    {
        // §1.3 vendor: = with target 0: full if actual ≤ 0, else 0.
        Assert.Equal(5m, Score(ScoringPolicy.National, IndicatorDirection.Exactly, 0m, 0m, 5m));
        Assert.Equal(0m, Score(ScoringPolicy.National, IndicatorDirection.Exactly, 0m, 1m, 5m));
        // The deviation variant: 100 → 90 is 10% off: 0.9 × 5 = 4.5.
        var deviation = ScoringPolicy.National.With(equality: EqualityScoring.Deviation);
        Assert.Equal(4.5m, Score(deviation, IndicatorDirection.Exactly, 100m, 90m, 5m));
    }

    [Fact]
    public void Execution_rate_is_rate_times_weight_capped()
    {
        // §1.2: 31/35 = 88.5714…% × 10 = 8.857… → 8.86; 120% is capped at 10.
        Assert.Equal(8.86m, ScoringPolicy.National.Rounding.Round(ScoringPolicy.National.ScoreExecution(31m / 35m * 100m, 10m)));
        Assert.Equal(10m, ScoringPolicy.National.ScoreExecution(120m, 10m));
    }

    [Fact]
    public void Qualitative_bands_are_80_and_60_percent_with_inclusive_lower_ends()
    {
        // §1.4: 达成 [round(w×0.8,2), w], 部分达成 [round(w×0.6,2), round(w×0.8,2)), 未达成 [0, round(w×0.6,2)).
        // w = 15: edges 12 and 9. w = 3.33: 2.664 → 2.66 and 1.998 → 2.00.
        var bands = QualitativeBands.National;
        Assert.Equal(QualitativeGrade.Achieved, bands.GradeOf(12m, 15m));
        Assert.Equal(QualitativeGrade.PartlyAchieved, bands.GradeOf(11.99m, 15m));
        Assert.Equal(QualitativeGrade.PartlyAchieved, bands.GradeOf(9m, 15m));
        Assert.Equal(QualitativeGrade.NotAchieved, bands.GradeOf(8.99m, 15m));
        Assert.Equal(2.66m, bands.Minimum(QualitativeGrade.Achieved, 3.33m));
        Assert.Equal(2.00m, bands.Minimum(QualitativeGrade.PartlyAchieved, 3.33m));
    }

    [Theory]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    public void Grades_have_inclusive_lower_bounds(string total, string grade)
        => Assert.Equal(grade, GradeScale.National.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)).Name);

    [Fact]
    public void Sichuan_admits_unit_assigned_weights_of_60_and_30_that_the_national_template_does_not()
    {
        // §1.5 青神县 2023: 预算执行情况 10 + 绩效指标 90, here 产出 60 and 效益 30, no 满意度.
        var rows = new List<PerformanceIndicator>
        {
            Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 60m, "60", "项"),
            Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "30", "项"),
        };
        var table = Evaluation(10m, 10m, "100", 10m, "10", rows, "100");
        Assert.True(WeightTemplate.Sichuan.Admits(table));
        Assert.False(WeightTemplate.National.Admits(table));
        Assert.Equal(new[] { ScoringPolicy.Sichuan }, EvaluationVerifier.PoliciesExplaining(table));
    }

    [Fact]
    public void Known_policies_are_found_by_id_and_carry_their_evidence()
    {
        Assert.Same(ScoringPolicy.NationalRatio, ScoringPolicy.Find("NATIONAL-RATIO"));
        Assert.Null(ScoringPolicy.Find("twenty-eighty"));
        Assert.All(ScoringPolicy.Known, p => Assert.Contains("§1", p.Evidence, System.StringComparison.Ordinal));
    }
}
