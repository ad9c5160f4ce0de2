using System;
using System.Linq;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// Which comparison a verification reports (EvaluationVerification.Closest) on the seed's E1, whose one overshot cost row
/// (专业技术资格考试 ≤134 万元, actual 137.40, 分值 5) is stated 0 and whose total is stated 95.00; worked by hand in
/// SeedEvaluationTests: national gives the row 4.87 (total 99.87), ratio 4.88 (total 99.88), zero overshoot 0 (total 95).
public class ClosestPolicyTests
{
    private static readonly FinalAccounts.Reports.PerformanceEvaluation E1 = Seed.Evaluation("E1");

    [Fact]
    public void The_first_policy_that_explains_the_scores_is_the_closest()
    {
        var v = EvaluationVerifier.Verify(E1);
        Assert.Same(ScoringPolicy.NationalZeroOvershoot, v.Closest.Policy);
        Assert.Equal(new[] { ScoringPolicy.NationalZeroOvershoot }, v.ScoresExplainedBy);
        Assert.Equal(new[] { ScoringPolicy.NationalZeroOvershoot }, v.ExplainedBy);
        Assert.Equal(ScoringPolicy.Known, v.Comparisons.Select(c => c.Policy));
    }

    [Fact]
    public void Among_policies_that_do_not_explain_the_table_ties_go_to_the_earlier()
    {
        // National and ratio each disagree twice (the row and the total).
        var nationalFirst = EvaluationVerifier.Verify(E1, new[] { ScoringPolicy.National, ScoringPolicy.NationalRatio });
        Assert.Equal(2, nationalFirst.Comparisons[0].Disagreements.Count);
        Assert.Equal(2, nationalFirst.Comparisons[1].Disagreements.Count);
        Assert.Same(ScoringPolicy.National, nationalFirst.Closest.Policy);
        Assert.Same(ScoringPolicy.NationalRatio, EvaluationVerifier.Verify(E1, new[] { ScoringPolicy.NationalRatio, ScoringPolicy.National }).Closest.Policy);
        Assert.Empty(nationalFirst.ExplainedBy);
        Assert.Empty(nationalFirst.ScoresExplainedBy);
    }

    [Fact]
    public void Otherwise_the_policy_with_the_fewest_disagreements_is_the_closest()
    {
        // A rule giving 0.4 for the overshoot: the row printed as the integer 0 agrees (0.4 rounds to 0), but the total
        // becomes 95.40 against the stated 95.00: one disagreement, the total, fewer than national's two.
        var nearly = ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.Custom("零点四", "", (t, a, w) => 0.4m));
        foreach (var order in new[] { new[] { ScoringPolicy.National, nearly }, new[] { nearly, ScoringPolicy.National } })
        {
            var closest = EvaluationVerifier.Verify(E1, order).Closest;
            Assert.Same(nearly, closest.Policy);
            var only = Assert.Single(closest.Disagreements);
            Assert.Same(closest.Total, only);
            Assert.Equal(95.40m, only.Recomputed);
            Assert.False(closest.ExplainsScores);
            Assert.False(closest.Explains);
        }
    }

    [Fact]
    public void Verifying_needs_a_table_and_a_policy()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => EvaluationVerifier.Verify(E1, Array.Empty<ScoringPolicy>())).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => EvaluationVerifier.Verify(null!)).ParamName);
    }
}
