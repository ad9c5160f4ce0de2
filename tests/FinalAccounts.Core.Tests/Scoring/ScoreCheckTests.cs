using FinalAccounts.Money;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// The rounding-aware verdict on one stated score (ScoreCheck) and how a comparison reports it. Values worked by hand.
public class ScoreCheckTests
{
    [Fact]
    public void An_integer_score_agrees_with_any_rounding_of_the_policy_score()
    {
        // The policy gives 4.6; printed "5" is 4.6 rounded to the integer the table prints.
        CheckResult r = ScoreCheck.Compare(Fig("指标", "得分", "5", "分"), 4.6m, 4.6m);
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.Equal(4.6m, r.Exact);
        Assert.Equal(new Interval(4.1m, 5.1m), r.Expected);   // 4.6 ± 0.5, half a unit of the printed integer
        Assert.Equal(0.4m, r.Difference);                     // 5 − 4.6
    }

    [Fact]
    public void A_score_cut_instead_of_rounded_is_truncated_and_any_other_is_inconsistent()
    {
        // 4.6 cut to an integer is 4: a truncation, not a rounding.
        Assert.Equal(CheckOutcome.Truncated, ScoreCheck.Compare(Fig("指标", "得分", "4", "分"), 4.6m, 4.6m).Outcome);
        CheckResult three = ScoreCheck.Compare(Fig("指标", "得分", "3", "分"), 4.6m, 4.6m);
        Assert.Equal(CheckOutcome.Inconsistent, three.Outcome);
        Assert.Equal(-1.6m, three.Difference);               // 3 − 4.6
    }

    [Fact]
    public void The_exact_score_rounded_as_printed_agrees_even_when_the_policy_rounds_coarser()
    {
        // A policy keeping 1 decimal gives 8.9 for an exact 8.857; a table printing 2 decimals states 8.86, which 8.857
        // rounds to though 8.9 does not.
        Assert.Equal(CheckOutcome.Consistent, ScoreCheck.Compare(Fig("指标", "得分", "8.86", "分"), 8.857m, 8.9m).Outcome);
        // 8.85 is 8.857 cut at two places.
        Assert.Equal(CheckOutcome.Truncated, ScoreCheck.Compare(Fig("指标", "得分", "8.85", "分"), 8.857m, 8.9m).Outcome);
    }

    [Theory]
    [InlineData("0", CheckOutcome.Consistent, 0, 0)]      // both bounds included
    [InlineData("5", CheckOutcome.Consistent, 5, 0)]
    [InlineData("2.5", CheckOutcome.Consistent, 2.5, 0)]
    [InlineData("-1", CheckOutcome.Inconsistent, 0, -1)]  // nearest allowed score 0, stated 1 below it
    [InlineData("6", CheckOutcome.Inconsistent, 5, 1)]    // nearest allowed score is the 分值 5
    public void A_qualitative_score_agrees_while_within_zero_and_the_weight(string stated, CheckOutcome outcome, double nearest, double difference)
    {
        CheckResult r = ScoreCheck.Within(Fig("指标", "得分", stated, "分"), 5m);
        Assert.Equal(outcome, r.Outcome);
        Assert.Equal((decimal)nearest, r.Exact);
        Assert.Equal((decimal)difference, r.Difference);
        Assert.Equal(new Interval(0m, 5m), r.Expected);
    }

    [Fact]
    public void A_comparison_agrees_when_consistent_or_within_rounding_and_prints_both_scores()
    {
        var stated = Fig("指标", "得分", "3", "分");
        var off = new ScoreComparison(stated, null, 4.6m, ScoreCheck.Compare(stated, 4.6m, 4.6m));
        Assert.False(off.Agrees);
        Assert.Equal(CheckOutcome.Inconsistent, off.Outcome);
        Assert.Equal(-1.6m, off.Difference);                 // 3 − 4.6
        Assert.Equal("3 → 4.6 (Inconsistent)", off.ToString());

        var within = new ScoreComparison(stated, null, 3m, new CheckResult(CheckOutcome.WithinRounding, 3m, new Interval(2.5m, 3.5m), 0m));
        Assert.True(within.Agrees);
        var cut = new ScoreComparison(stated, null, 3m, new CheckResult(CheckOutcome.Truncated, 3m, new Interval(2.5m, 3.5m), 0m));
        Assert.False(cut.Agrees);                            // a cut score is not the policy's score
    }
}
