using System;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The shipped building blocks keep the names their documentation gives them (the XML summary of each, which composed
/// policy names repeat) and each says where it is documented; a rule of your own keeps the evidence you give it; a refused
/// rule says which condition fails.
/// </summary>
public class ShippedRuleEvidenceTests
{
    [Fact]
    public void Each_shipped_rule_has_its_documented_name()
    {
        Assert.Equal("不等不得分", EqualityScoring.Zero.Name);
        Assert.Equal("不等不得分", EqualityScoring.Zero.ToString());
        Assert.Equal("超标不得分", ReverseOvershoot.Zero.Name);
        Assert.Equal("线性扣减至2倍", ReverseOvershoot.LinearToZeroAtDouble.Name);
        Assert.Equal("线性扣减至2倍", ReverseOvershoot.LinearToZeroAtDouble.ToString());
        Assert.Equal("未完成不得分", ShortfallScoring.Zero.Name);
        Assert.Equal("分档", ReverseOvershoot.Bands(new ScoreBand(10m, 50m)).Name);
        // A deduction typed 0.50 is named as a reader writes it, 0.5 (at most two decimals, no trailing zero).
        Assert.Equal("每超1%扣0.5分", ReverseOvershoot.PerPercentOver(0.50m).Name);
        Assert.Equal("每超1%扣0.25分", ReverseOvershoot.PerPercentOver(0.25m).ToString());
    }

    // Read in the test body, not as theory data: theory data is computed when the tests are discovered, so a test over it
    // would not see a change to the shipped rules that happens only when the tests run (a mutant of their initialiser).
    [Fact]
    public void Each_shipped_rule_says_where_it_is_documented()
    {
        var evidence = new (string Rule, string Evidence)[]
        {
            ("EqualityScoring.Zero", EqualityScoring.Zero.Evidence),
            ("EqualityScoring.Deviation", EqualityScoring.Deviation.Evidence),
            ("ExecutionRateScoring.Linear", ExecutionRateScoring.Linear.Evidence),
            ("ReverseOvershoot.Zero", ReverseOvershoot.Zero.Evidence),
            ("ReverseOvershoot.Ratio", ReverseOvershoot.Ratio.Evidence),
            ("ReverseOvershoot.LinearToZeroAtDouble", ReverseOvershoot.LinearToZeroAtDouble.Evidence),
            ("ReverseOvershoot.PerPercentOver", ReverseOvershoot.PerPercentOver(1m).Evidence),
            ("ReverseOvershoot.Bands", ReverseOvershoot.Bands(new ScoreBand(10m, 50m)).Evidence),
            ("ShortfallScoring.Proportional", ShortfallScoring.Proportional.Evidence),
            ("ShortfallScoring.Zero", ShortfallScoring.Zero.Evidence),
            ("ShortfallScoring.Bands", ShortfallScoring.Bands(new ScoreBand(80m, 80m)).Evidence),
        };
        Assert.All(evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Evidence), e.Rule + " names no evidence"));
    }

    [Fact]
    public void A_rule_of_your_own_keeps_its_name_and_evidence()
    {
        Assert.Equal(("我的", "局内规定"), (EqualityScoring.Custom("我的", "局内规定", (t, a, w) => 0m).Name, EqualityScoring.Custom("我的", "局内规定", (t, a, w) => 0m).Evidence));
        var shortfall = ShortfallScoring.Custom("我的", "局内规定", (t, a, w) => 0m);
        Assert.Equal(("我的", "局内规定"), (shortfall.Name, shortfall.Evidence));
        var overshoot = ReverseOvershoot.Custom("我的", "局内规定", (t, a, w) => 0m);
        Assert.Equal(("我的", "局内规定"), (overshoot.Name, overshoot.Evidence));
        var rate = ExecutionRateScoring.Custom("我的", "局内规定", (r, w) => 0m);
        Assert.Equal(("我的", "局内规定", "我的"), (rate.Name, rate.Evidence, rate.ToString()));
        // Without evidence, none (not a placeholder).
        Assert.Equal(string.Empty, ExecutionRateScoring.Custom("我的", null!, (r, w) => 0m).Evidence);
        // The function given is the one used: (target, actual, 分值) = (2, 3, 5) → 2 × 100 + 3 × 10 + 5.
        Assert.Equal(235m, EqualityScoring.Custom("位", "", (t, a, w) => t * 100m + a * 10m + w).Score(2m, 3m, 5m));
        Assert.Equal(235m, ReverseOvershoot.Custom("位", "", (t, a, w) => t * 100m + a * 10m + w).Score(2m, 3m, 5m));
        Assert.Equal(235m, ShortfallScoring.Custom("位", "", (t, a, w) => t * 100m + a * 10m + w).Score(2m, 3m, 5m));
        Assert.Equal(35m, ExecutionRateScoring.Custom("位", "", (r, w) => r * 10m + w).Score(3m, 5m));
    }

    [Fact]
    public void A_refused_rule_says_which_condition_fails()
    {
        var perPercent = Assert.Throws<ArgumentOutOfRangeException>(() => ReverseOvershoot.PerPercentOver(0m));
        Assert.Equal("pointsPerPercent", perPercent.ParamName);
        Assert.Contains("must be positive", perPercent.Message, StringComparison.Ordinal);
        Assert.Contains("at least one band", Assert.Throws<ArgumentException>(() => ReverseOvershoot.Bands()).Message, StringComparison.Ordinal);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => ShortfallScoring.Bands()).ParamName);
        var decimals = Assert.Throws<ArgumentOutOfRangeException>(() => ScoreRounding.HalfUp(7));
        Assert.Equal("decimals", decimals.ParamName);
        Assert.Contains("0 to 6 decimals", decimals.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_are_tried_in_bound_order_whatever_order_they_are_given_in()
    {
        // ≥ rule, bands (60, 60), (90, 100), (80, 80) given unsorted: 85% completion reaches 80 but not 90 → 80% × 10 = 8. A rule
        // trying them as given would stop at (60, 60) → 6.
        Assert.Equal(8m, ShortfallScoring.Bands(new ScoreBand(60m, 60m), new ScoreBand(90m, 100m), new ScoreBand(80m, 80m)).Score(100m, 85m, 10m));
        // ≤ rule, bands (20, 50), (10, 80) given high to low: 5% over is within 10 → 80% × 10 = 8 (as given, (20, 50) → 5).
        Assert.Equal(8m, ReverseOvershoot.Bands(new ScoreBand(20m, 50m), new ScoreBand(10m, 80m)).Score(100m, 105m, 10m));
        // The caller's array is left as given.
        var given = new[] { new ScoreBand(20m, 50m), new ScoreBand(10m, 80m) };
        _ = ReverseOvershoot.Bands(given);
        Assert.Equal(20m, given[0].BoundPercent);
    }
}
