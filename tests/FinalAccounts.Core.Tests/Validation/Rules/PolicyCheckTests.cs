using System.Linq;
using FinalAccounts.Core.Tests.Scoring;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The 绩效自评表 rules check under the policy given, not under every known one (RuleContext.Policy): the seed's E3 scores
/// 100 under every shipped policy, but its 一级 weights 10/50/30/10 are admitted by all of them except 云南's 20 + 80
/// (SeedEvaluationTests), so 云南 adds findings on it that neither National nor "any known policy" makes.
public sealed class PolicyCheckTests
{
    [Fact]
    public void A_table_only_the_policy_given_fails_is_flagged_under_that_policy()
    {
        // E3 has findings every policy agrees on (a 定性 row copying its target, …); 云南 adds the weights', National none.
        static int OnE3(CheckReport check) => check.Findings.Count(f => f.Location.StatementId == "E3");
        var anyKnown = OnE3(ReportChecker.Check(Seed.Report, EvaluationRules.Rules, null));
        Assert.True(OnE3(ReportChecker.Check(Seed.Report, EvaluationRules.Rules, ScoringPolicy.Yunnan)) > anyKnown);
        Assert.Equal(anyKnown, OnE3(ReportChecker.Check(Seed.Report, EvaluationRules.Rules, ScoringPolicy.National)));
    }
}
