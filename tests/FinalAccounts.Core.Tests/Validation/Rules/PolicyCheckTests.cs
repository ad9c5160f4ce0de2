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

    [Fact]
    public void A_score_only_another_policy_explains_is_an_error_under_the_policy_given()
    {
        // 完成时限 ≤30 天, actual 45, 分值 10, stated 6.67: 比例计分 gives 30 ÷ 45 × 10 = 6.666… → 6.67, national
        // (1 − 15 ÷ 30) × 10 = 5. The table's other scores are full marks under every policy, so 比例计分 explains the whole
        // table: checked against every known policy there is no FA2003; checked under 国家默认 alone, 6.67 is not 5.
        var table = PrintedTables.Evaluation(new[] { PrintedTables.Row("年度资金总额", "100", "100", "100", "10", "100.00", "10") }, new[]
        {
            PrintedTables.Indicator("产出指标", "时效指标", "完成时限", "反向", "小于等于", "30", "45", "天", "10", "6.67", "因故延期"),
            PrintedTables.Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "80", "80"),
        }, "100", "96.67");
        Assert.DoesNotContain(PrintedTables.Findings(table), f => f.RuleId == "FA2003");
        var national = Assert.Single(PrintedTables.Findings(table, ScoringPolicy.National), f => f.RuleId == "FA2003");
        Assert.Equal("6.67", national.Stated.Value);
        Assert.Equal(5m, national.Result.Exact);
    }
}
