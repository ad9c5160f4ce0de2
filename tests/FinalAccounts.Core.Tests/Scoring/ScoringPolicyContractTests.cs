using System;
using System.Collections.Generic;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// What ScoringPolicy and WeightTemplate promise beyond the worked examples (mutation testing, docs/reliability.md): how a
/// composed policy is named, the edges of the quantitative score (a met target on the bound, a negative actual, no 分值),
/// full marks kept as printed by Round, refused parts, and the template's description. Values worked by hand.
public class ScoringPolicyContractTests
{
    private static readonly ScoringPolicy National = ScoringPolicy.National;

    [Fact]
    public void A_composed_policy_is_named_after_what_changed()
    {
        ScoringPolicy same = National.With();
        Assert.Equal("national", same.Id);   // nothing changed: no "+" suffix
        Assert.Equal("国家默认", same.Name);
        Assert.Equal(National.Evidence, same.Evidence);
        Assert.Equal("national", same.ToString());

        ScoringPolicy ratio = National.With(reverseOvershoot: ReverseOvershoot.Ratio);
        Assert.Equal("national+比例（指标值÷实际值）", ratio.Id);
        Assert.Equal("国家默认+比例（指标值÷实际值）", ratio.Name);

        ScoringPolicy many = National.With(weights: WeightTemplate.Sichuan, executionRate: ExecutionRateScoring.Linear, shortfall: ShortfallScoring.Zero,
            equality: EqualityScoring.Deviation, qualitative: new QualitativeBands(50m, 70m), rounding: ScoreRounding.HalfEven(1),
            grades: GradeScale.National);
        Assert.Equal("国家默认+执行10+绩效指标90+执行率×分值+未完成不得分+按偏离度+定性70/50+1位小数银行家舍入+自定等级", many.Name);

        ScoringPolicy named = National.With(id: "mine", name: "我的", evidence: "自定");
        Assert.Equal(("mine", "我的", "自定"), (named.Id, named.Name, named.Evidence));
    }

    [Fact]
    public void A_composed_policy_uses_every_part_it_is_given_and_keeps_the_others()
    {
        var bands = new QualitativeBands(50m, 70m);
        var rounding = ScoreRounding.HalfEven(1);
        var grades = new GradeScale(new[] { new Grade("合格", "Pass", 60m), new Grade("不合格", "Fail", 0m) });
        var p = National.With(weights: WeightTemplate.Sichuan, executionRate: ExecutionRateScoring.Custom("半", "", (r, w) => w / 2m), shortfall: ShortfallScoring.Zero,
            reverseOvershoot: ReverseOvershoot.Ratio, equality: EqualityScoring.Deviation, qualitative: bands, rounding: rounding, grades: grades);
        Assert.Same(WeightTemplate.Sichuan, p.Weights);
        Assert.Equal("半", p.ExecutionRate.Name);
        Assert.Same(ShortfallScoring.Zero, p.Shortfall);
        Assert.Same(ReverseOvershoot.Ratio, p.ReverseOvershoot);
        Assert.Same(EqualityScoring.Deviation, p.Equality);
        Assert.Same(bands, p.Qualitative);
        Assert.Same(rounding, p.Rounding);
        Assert.Same(grades, p.Grades);
        // and what it was not given is the original's.
        var q = National.With(qualitative: bands);
        Assert.Same(National.Weights, q.Weights);
        Assert.Same(National.Grades, q.Grades);
        Assert.Same(National.Rounding, q.Rounding);
        // 7 of 10 is 部分达成 under the national bands (达成 from 80% × 10 = 8) and 达成 under 50/70 (from 70% × 10 = 7).
        Assert.Equal(QualitativeGrade.PartlyAchieved, National.Qualitative.GradeOf(7m, 10m));
        Assert.Equal(QualitativeGrade.Achieved, q.Qualitative.GradeOf(7m, 10m));
        // 60 is 合格 on the custom scale, 中 on the national one.
        Assert.Equal("合格", p.Grades.GradeOf(60m).Name);
    }

    [Fact]
    public void A_policy_needs_every_part_but_its_evidence()
    {
        var p = National;
        Assert.Equal(string.Empty, new ScoringPolicy("x", "x", null!, p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality,
            p.Qualitative, p.Rounding, p.Grades).Evidence);
        var parts = new Func<ScoringPolicy>[]
        {
            () => new(null!, "x", "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", null!, "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", null!, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, null!, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, null!, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, p.Shortfall, null!, p.Equality, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, null!, p.Qualitative, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, null!, p.Rounding, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, null!, p.Grades),
            () => new("x", "x", "", p.Weights, p.ExecutionRate, p.Shortfall, p.ReverseOvershoot, p.Equality, p.Qualitative, p.Rounding, null!),
        };
        var names = new[] { "id", "name", "weights", "executionRate", "shortfall", "reverseOvershoot", "equality", "qualitative", "rounding", "grades" };
        for (int i = 0; i < parts.Length; i++) Assert.Equal(names[i], Assert.Throws<ArgumentNullException>(parts[i]).ParamName);
    }

    [Fact]
    public void A_target_met_exactly_earns_full_marks_whatever_the_rule_for_a_miss()
    {
        // With rules that give 0 for any miss, only the comparison itself can award the 分值.
        var strict = National.With(shortfall: ShortfallScoring.Zero);
        Assert.Equal(5m, strict.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 10m, 5m));   // 10 ≥ 10
        Assert.Equal(0m, strict.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 9.99m, 5m));
        Assert.Equal(5m, ScoringPolicy.NationalZeroOvershoot.ScoreQuantitative(IndicatorDirection.AtMost, 10m, 10m, 5m)); // 10 ≤ 10
        Assert.Equal(0m, ScoringPolicy.NationalZeroOvershoot.ScoreQuantitative(IndicatorDirection.AtMost, 10m, 10.01m, 5m));
        Assert.Equal(5m, National.ScoreQuantitative(IndicatorDirection.Exactly, 10m, 10m, 5m));
        Assert.Equal(0m, National.ScoreQuantitative(IndicatorDirection.Exactly, 10m, 10.01m, 5m));
    }

    [Fact]
    public void A_negative_actual_counts_as_zero()
    {
        // −5 counts as 0, which meets an = target of 0 (the national = rule gives 0 for any other value).
        Assert.Equal(5m, National.ScoreQuantitative(IndicatorDirection.Exactly, 0m, -5m, 5m));
        // and a ≤ target of 0.
        Assert.Equal(5m, ScoringPolicy.NationalZeroOvershoot.ScoreQuantitative(IndicatorDirection.AtMost, 0m, -5m, 5m));
    }

    [Fact]
    public void No_weight_no_points_and_no_formula_for_a_qualitative_row()
    {
        var generous = National.With(shortfall: ShortfallScoring.Custom("常数", "", (t, a, w) => 3m));
        Assert.Equal(0m, generous.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 5m, 0m));  // a 分值 of 0 scores 0, whatever the rule
        Assert.Equal(0m, generous.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 5m, -1m));
        Assert.Equal(3m, generous.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 5m, 4m));  // the rule's 3, within [0, 4]
        Assert.Equal(2m, generous.ScoreQuantitative(IndicatorDirection.AtLeast, 10m, 5m, 2m));  // the rule's 3 capped at the 分值 2
        Assert.Equal("direction", Assert.Throws<ArgumentException>(() => National.ScoreQuantitative(IndicatorDirection.Qualitative, 1m, 1m, 5m)).ParamName);

        var overpaying = National.With(executionRate: ExecutionRateScoring.Custom("过", "", (r, w) => w + 1m));
        Assert.Equal(0m, overpaying.ScoreExecution(50m, 0m));
        Assert.Equal(0m, overpaying.ScoreExecution(50m, -1m));    // a negative 分值 scores 0, not the 分值
        Assert.Equal(10m, overpaying.ScoreExecution(50m, 10m));   // 11 clamped to the 分值 10
        var negative = National.With(executionRate: ExecutionRateScoring.Custom("负", "", (r, w) => -1m));
        Assert.Equal(0m, negative.ScoreExecution(50m, 10m));      // −1 clamped to 0
    }

    [Fact]
    public void Rounding_keeps_full_marks_as_printed_and_stays_within_the_weight()
    {
        var oneDecimal = National.With(rounding: ScoreRounding.HalfUp(1));
        Assert.Equal(17.54m, oneDecimal.Round(17.54m, 17.54m));  // full marks: not 17.5
        Assert.Equal(17.56m, oneDecimal.Round(17.56m, 17.56m));  // full marks: not 17.6
        Assert.Equal(17.56m, oneDecimal.Round(17.55m, 17.56m));  // 17.55 → 17.6 would pass the 分值: capped
        Assert.Equal(17.5m, oneDecimal.Round(17.45m, 17.56m));   // 17.45 → 17.5 (half up)
        Assert.Equal(0m, oneDecimal.Round(-1m, 5m));             // never below 0
    }

    [Fact]
    public void A_weight_template_is_described_and_checked_when_made()
    {
        Assert.Equal("执行率 10 / 产出指标 50 / 效益指标 30 / 满意度指标 10", WeightTemplate.National.Describe());
        Assert.Equal("执行率 10 / 绩效指标 90", WeightTemplate.Sichuan.Describe());
        Assert.Equal("执行率 20 / 绩效指标 80", WeightTemplate.Yunnan.Describe());
        Assert.Equal("执行率 12.5 / 绩效指标 87.5", new WeightTemplate("t", "e", 12.5m, 87.5m).Describe());
        Assert.Equal("执行10+绩效指标90", WeightTemplate.Sichuan.ToString());
        Assert.Equal(string.Empty, new WeightTemplate("t", null!, 10m, 90m).Evidence);

        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new WeightTemplate(null!, "e", 10m, 90m)).ParamName);
        var notHundred = Assert.Throws<ArgumentException>(() => new WeightTemplate("t", "e", 10m, 80m));
        Assert.Equal("indicatorTotal", notHundred.ParamName);
        Assert.Contains("t: 10 + 80 is not 100.", notHundred.Message);
        var parts = new[] { new KeyValuePair<string, decimal>("产出指标", 50m), new KeyValuePair<string, decimal>("效益指标", 30m) };
        var badParts = Assert.Throws<ArgumentException>(() => new WeightTemplate("t", "e", 10m, 90m, parts)); // 50 + 30 = 80, not 90
        Assert.Equal("level1Weights", badParts.ParamName);
        Assert.Contains("t: the 一级指标 weights do not add up to 90.", badParts.Message);
        Assert.Equal(2, new WeightTemplate("t", "e", 20m, 80m, parts).Level1Weights.Count);
    }
}
