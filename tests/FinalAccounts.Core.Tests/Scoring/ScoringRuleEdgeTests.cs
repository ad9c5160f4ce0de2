using System;
using System.Linq;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// The scoring building blocks at their edges (mutation testing, docs/reliability.md): band and grade bounds exactly on
/// the bound and one step below, zero targets, the cap at 分值, rounding modes, refused arguments. Every expected value is
/// worked by hand in the comment beside it.
public class ScoringRuleEdgeTests
{
    [Theory]
    [InlineData("100", "优")]
    [InlineData("90", "优")]     // 90分(含) is 优
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    [InlineData("-1", "差")]     // below every bound: the lowest grade
    public void National_grades_have_inclusive_lower_bounds(string total, string grade) =>
        Assert.Equal(grade, GradeScale.National.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)).Name);

    [Fact]
    public void A_grade_scale_sorts_its_grades_and_refuses_gaps_and_duplicates()
    {
        var scale = new GradeScale(new[] { new Grade("乙", "B", 0m), new Grade("甲", "A", 50m) });
        Assert.Equal(new[] { "甲", "乙" }, scale.Grades.Select(g => g.Name));     // highest bound first
        Assert.Equal("甲", scale.GradeOf(50m).Name);
        Assert.Equal("乙", scale.GradeOf(49.9m).Name);
        Assert.Equal("甲", scale.GradeOf(50m).ToString());
        Assert.Equal("A", scale.GradeOf(50m).NameEn);
        Assert.Equal("乙", new GradeScale(new[] { new Grade("乙", "B", -10m) }).GradeOf(-20m).Name); // a bound below 0 covers 0
        Assert.Throws<ArgumentException>(() => new GradeScale(Array.Empty<Grade>()));
        Assert.Throws<ArgumentException>(() => new GradeScale(new[] { new Grade("甲", "A", 10m) }));                          // nothing from 0
        Assert.Throws<ArgumentException>(() => new GradeScale(new[] { new Grade("甲", "A", 0m), new Grade("乙", "B", 0m) })); // two at 0
        Assert.Throws<ArgumentException>(() => new GradeScale(new[] { new Grade("丙", "C", 0m), new Grade("甲", "A", 60m), new Grade("乙", "B", 60m) }));
        Assert.Throws<ArgumentNullException>(() => new GradeScale(null!));
    }

    [Fact]
    public void Score_rounding_modes()
    {
        Assert.Equal(1.01m, ScoreRounding.HalfUp(2).Round(1.005m));    // half away from zero
        Assert.Equal(1.00m, ScoreRounding.HalfEven(2).Round(1.005m));  // half to the even 0
        Assert.Equal(1.02m, ScoreRounding.HalfEven(2).Round(1.015m));  // half to the even 2
        Assert.Equal(8.86m, ScoreRounding.HalfUp2.Round(8.857142m));
        Assert.Equal(1.23456789m, ScoreRounding.None.Round(1.23456789m));
        Assert.True(ScoreRounding.None.IsNone);
        Assert.False(ScoreRounding.HalfUp2.IsNone);
        Assert.Equal(2, ScoreRounding.HalfUp2.Decimals);
        Assert.Equal(MidpointRounding.AwayFromZero, ScoreRounding.HalfUp2.Mode);
        Assert.Equal(MidpointRounding.ToEven, ScoreRounding.HalfEven(1).Mode);
        Assert.Equal("2位小数四舍五入", ScoreRounding.HalfUp2.ToString());
        Assert.Equal("1位小数银行家舍入", ScoreRounding.HalfEven(1).Name);
        Assert.Equal("不舍入", ScoreRounding.None.Name);
        Assert.Equal(3m, ScoreRounding.HalfUp(0).Round(2.5m));
        Assert.Equal(6, ScoreRounding.HalfUp(6).Decimals);              // 0–6 accepted
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreRounding.HalfUp(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreRounding.HalfEven(-1));
    }

    [Fact]
    public void Shortfall_rules()
    {
        Assert.Equal(4m, ShortfallScoring.Proportional.Score(10m, 8m, 5m));   // 8 ÷ 10 × 5
        Assert.Equal(0m, ShortfallScoring.Proportional.Score(0m, 8m, 5m));    // no target: nothing to be proportional to
        Assert.Equal(0m, ShortfallScoring.Zero.Score(10m, 9.99m, 5m));
        Assert.Equal("按比例", ShortfallScoring.Proportional.ToString());
        Assert.Contains("domain-rules", ShortfallScoring.Proportional.Evidence);

        // Bands given low to high; tried from the highest: ≥ 90% full, ≥ 80% 80%, ≥ 60% 60%, else 0. 分值 5, target 100.
        var bands = ShortfallScoring.Bands(new ScoreBand(60m, 60m), new ScoreBand(90m, 100m), new ScoreBand(80m, 80m));
        Assert.Equal(5m, bands.Score(100m, 90m, 5m));      // 90% reaches the 90 bound
        Assert.Equal(4m, bands.Score(100m, 89.99m, 5m));   // 89.99%: the 80 band, 80% × 5
        Assert.Equal(4m, bands.Score(100m, 80m, 5m));
        Assert.Equal(3m, bands.Score(100m, 60m, 5m));      // 60% × 5
        Assert.Equal(0m, bands.Score(100m, 59.99m, 5m));   // below every band
        Assert.Equal(4m, bands.Score(50m, 40m, 5m));       // 40 ÷ 50 = 80%
        Assert.Equal(0m, bands.Score(0m, 40m, 5m));        // no target
        Assert.Equal("分档", bands.Name);
        Assert.Throws<ArgumentException>(() => ShortfallScoring.Bands());
        Assert.Throws<ArgumentException>(() => ShortfallScoring.Bands(null!));

        var custom = ShortfallScoring.Custom("自定", null!, (t, a, w) => t + a + w);
        Assert.Equal(6m, custom.Score(1m, 2m, 3m));
        Assert.Equal(string.Empty, custom.Evidence);
        Assert.Throws<ArgumentNullException>(() => ShortfallScoring.Custom(null!, "e", (t, a, w) => 0m));
        Assert.Throws<ArgumentNullException>(() => ShortfallScoring.Custom("n", "e", null!));
    }

    [Fact]
    public void Reverse_overshoot_rules()
    {
        Assert.Equal(0m, ReverseOvershoot.Zero.Score(10m, 11m, 5m));
        Assert.Equal(2.5m, ReverseOvershoot.Ratio.Score(10m, 20m, 5m));                 // 10 ÷ 20 × 5
        Assert.Equal(0m, ReverseOvershoot.Ratio.Score(10m, 0m, 5m));                    // no actual to divide by
        Assert.Equal(2m, ReverseOvershoot.LinearToZeroAtDouble.Score(10m, 15m, 4m));    // (1 − 5 ÷ 10) × 4
        Assert.Equal(0m, ReverseOvershoot.LinearToZeroAtDouble.Score(10m, 20m, 4m));    // twice the target: 0
        Assert.Equal(0m, ReverseOvershoot.LinearToZeroAtDouble.Score(0m, 20m, 4m));

        var perPercent = ReverseOvershoot.PerPercentOver(0.5m);
        Assert.Equal(3m, perPercent.Score(100m, 104m, 5m));                             // 4 points over: 5 − 0.5 × 4
        Assert.Equal(4m, perPercent.Score(50m, 51m, 5m));                               // 1 ÷ 50 = 2% over: 5 − 0.5 × 2
        Assert.Equal(0m, perPercent.Score(0m, 1m, 5m));
        Assert.Equal("每超1%扣0.5分", perPercent.Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReverseOvershoot.PerPercentOver(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReverseOvershoot.PerPercentOver(-0.5m));

        // Bands given high to low; tried from the lowest: overshoot ≤ 10% earns 80%, ≤ 20% earns 50%, beyond 0. 分值 10.
        var bands = ReverseOvershoot.Bands(new ScoreBand(20m, 50m), new ScoreBand(10m, 80m));
        Assert.Equal(8m, bands.Score(100m, 110m, 10m));     // exactly 10% over
        Assert.Equal(5m, bands.Score(100m, 110.01m, 10m));  // 10.01% over: the 20 band
        Assert.Equal(5m, bands.Score(100m, 120m, 10m));     // exactly 20% over
        Assert.Equal(0m, bands.Score(100m, 120.01m, 10m));  // beyond every band
        Assert.Equal(0m, bands.Score(0m, 1m, 10m));
        Assert.Equal("分档", bands.ToString());

        var custom = ReverseOvershoot.Custom("自定", null!, (t, a, w) => w);
        Assert.Equal(7m, custom.Score(1m, 2m, 7m));
        Assert.Equal(string.Empty, custom.Evidence);
        Assert.Throws<ArgumentNullException>(() => ReverseOvershoot.Custom(null!, "e", (t, a, w) => 0m));
        Assert.Throws<ArgumentNullException>(() => ReverseOvershoot.Custom("n", "e", null!));
    }

    [Fact]
    public void Equality_and_execution_rate_rules()
    {
        Assert.Equal(4m, EqualityScoring.Deviation.Score(10m, 12m, 5m));   // (1 − 2 ÷ 10) × 5
        Assert.Equal(4m, EqualityScoring.Deviation.Score(10m, 8m, 5m));    // below the target alike: |8 − 10| = 2
        Assert.Equal(0m, EqualityScoring.Deviation.Score(0m, 1m, 5m));
        Assert.Equal(0m, EqualityScoring.Zero.Score(10m, 10.5m, 5m));
        Assert.Equal("按偏离度", EqualityScoring.Deviation.ToString());
        Assert.Equal(string.Empty, EqualityScoring.Custom("自定", null!, (t, a, w) => 0m).Evidence);
        Assert.Throws<ArgumentNullException>(() => EqualityScoring.Custom(null!, "e", (t, a, w) => 0m));
        Assert.Throws<ArgumentNullException>(() => EqualityScoring.Custom("n", "e", null!));

        Assert.Equal(5m, ExecutionRateScoring.Linear.Score(50m, 10m));      // 50% × 10
        Assert.Equal(10m, ExecutionRateScoring.Linear.Score(100m, 10m));
        Assert.Equal(10m, ExecutionRateScoring.Linear.Score(120m, 10m));    // capped at 100%
        Assert.Equal("执行率×分值", ExecutionRateScoring.Linear.ToString());
        Assert.Equal(3m, ExecutionRateScoring.Custom("自定", null!, (r, w) => 3m).Score(1m, 1m));
        Assert.Throws<ArgumentNullException>(() => ExecutionRateScoring.Custom(null!, "e", (r, w) => 0m));
        Assert.Throws<ArgumentNullException>(() => ExecutionRateScoring.Custom("n", "e", null!));
    }

    [Fact]
    public void Qualitative_bands_edges()
    {
        var bands = QualitativeBands.National;
        // 分值 10: 达成 from 8.00, 部分达成 from 6.00.
        Assert.Equal(QualitativeGrade.Achieved, bands.GradeOf(8m, 10m));
        Assert.Equal(QualitativeGrade.PartlyAchieved, bands.GradeOf(7.99m, 10m));
        Assert.Equal(QualitativeGrade.PartlyAchieved, bands.GradeOf(6m, 10m));
        Assert.Equal(QualitativeGrade.NotAchieved, bands.GradeOf(5.99m, 10m));
        Assert.Equal(8m, bands.Minimum(QualitativeGrade.Achieved, 10m));
        Assert.Equal(6m, bands.Minimum(QualitativeGrade.PartlyAchieved, 10m));
        Assert.Equal(0m, bands.Minimum(QualitativeGrade.NotAchieved, 10m));
        // 分值 3.33: edges 3.33 × 80% = 2.664 → 2.66 and 3.33 × 60% = 1.998 → 2.00 (rounded to 2 decimals).
        Assert.Equal(2.66m, bands.Minimum(QualitativeGrade.Achieved, 3.33m));
        Assert.Equal(2.00m, bands.Minimum(QualitativeGrade.PartlyAchieved, 3.33m));
        Assert.Equal(QualitativeGrade.Achieved, bands.GradeOf(2.66m, 3.33m));
        Assert.Equal(QualitativeGrade.PartlyAchieved, bands.GradeOf(2m, 3.33m));
        Assert.Equal(QualitativeGrade.NotAchieved, bands.GradeOf(1.999m, 3.33m));
        // 分值 0.03125: 0.03125 × 60% = 0.01875 → 0.02 at 2 decimals; 0.03125 × 80% = 0.025 exactly, a midpoint: half away from
        // zero gives 0.03 (half to even would give 0.02).
        Assert.Equal(0.02m, bands.Minimum(QualitativeGrade.PartlyAchieved, 0.03125m));
        Assert.Equal(0.03m, bands.Minimum(QualitativeGrade.Achieved, 0.03125m));
        Assert.Equal(60m, bands.LowerPercent);
        Assert.Equal(80m, bands.UpperPercent);
        Assert.Equal("达成年度指标", QualitativeBands.Label(QualitativeGrade.Achieved));
        Assert.Equal("部分达成年度指标并具有一定效果", QualitativeBands.Label(QualitativeGrade.PartlyAchieved));
        Assert.Equal("未达成年度指标且效果较差", QualitativeBands.Label(QualitativeGrade.NotAchieved));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBands(0m, 80m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBands(80m, 60m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBands(60m, 60m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBands(60m, 100m));
        Assert.Equal(50m, new QualitativeBands(50m, 99m).LowerPercent);
    }
}
