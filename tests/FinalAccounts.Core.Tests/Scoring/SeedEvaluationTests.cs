using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// The seed's five 绩效自评表 scored and verified; every expected value worked out by hand from the printed table.
public sealed class SeedEvaluationTests
{
    [Fact]
    public void The_reader_reads_five_evaluations_as_printed()
    {
        Assert.Equal(new[] { "E1", "E2", "E3", "E4", "E5" }, Seed.Report.Evaluations.Select(e => e.Id));
        var row = Seed.Row("E1", "专业技术资格考试");
        Assert.Equal(IndicatorDirection.AtMost, row.Direction);
        Assert.Equal(134m, row.Target.Number);
        Assert.Equal(137.40m, row.Actual.Number);
        Assert.Equal(2, row.Actual.Decimals);
        Assert.Equal("万元", row.Actual.Unit);
        Assert.Equal("0", row.Score!.Value);
        Assert.Equal("E1", row.Score.Location.StatementId);
        Assert.Equal("$.evaluations[0].indicators[8].score", row.Score.Location.JsonPath);
        Assert.True(row.Score.Location.Line > 0);
        Assert.Equal(IndicatorValueKind.Text, Seed.Row("E1", "有效提升专业技术人员队伍建设").Actual.Kind);
        Assert.Equal("年度资金总额", Seed.Evaluation("E4").TotalFunds!.Name);
    }

    [Fact]
    public void E1_totals_95_and_only_zero_overshoot_explains_the_0_for_an_overshot_cost()
    {
        var e = Seed.Evaluation("E1");
        // 专业技术资格考试 ≤134 万元, actual 137.40, 分值 5, stated 0. By hand:
        //   linear to 2×: (1 − 3.40/134) × 5 = 4.8731… → 4.87;  ratio: 134/137.40 × 5 = 4.8762… → 4.88;  zero: 0.
        var row = Seed.Row("E1", "专业技术资格考试");
        Assert.Equal(4.87m, EvaluationScorer.ScoreIndicator(row, ScoringPolicy.National).Score);
        Assert.Equal(4.88m, EvaluationScorer.ScoreIndicator(row, ScoringPolicy.NationalRatio).Score);
        Assert.Equal(0m, EvaluationScorer.ScoreIndicator(row, ScoringPolicy.NationalZeroOvershoot).Score);
        // Under zero: 10 + (5+5+5+5+10+5+5+5+0) + 15 + 15 + 10 = 95 = stated 95.00; grade 优 (≥ 90).
        var zero = EvaluationScorer.Score(e, ScoringPolicy.NationalZeroOvershoot);
        Assert.Equal(95m, zero.Total);
        Assert.Equal("优", zero.Grade.Name);
        // Under national the same row gives 4.87, so the total would be 99.87.
        Assert.Equal(99.87m, EvaluationScorer.Score(e, ScoringPolicy.National).Total);
        Assert.Equal(new[] { ScoringPolicy.NationalZeroOvershoot }, EvaluationVerifier.PoliciesExplaining(e));
        var national = EvaluationVerifier.Compare(e, ScoringPolicy.National);
        var disagreeing = national.Disagreements.Where(d => d.Indicator != null).ToList();
        Assert.Single(disagreeing);
        Assert.Equal(-4.87m, disagreeing[0].Difference);
    }

    [Fact]
    public void E2_shortfalls_are_proportional_and_total_94_64()
    {
        var e = Seed.Evaluation("E2");
        // 整卷档案数字化 443/630 × 8 = 5.6253… → 5.63; 散材料投放与数字化 361/630 × 7 = 4.0111… → 4.01.
        Assert.Equal(5.63m, EvaluationScorer.ScoreIndicator(Seed.Row("E2", "整卷档案数字化"), ScoringPolicy.National).Score);
        Assert.Equal(4.01m, EvaluationScorer.ScoreIndicator(Seed.Row("E2", "散材料投放与数字化"), ScoringPolicy.National).Score);
        // 10 + 5.63 + 4.01 + 7 + 8 + 5 + 5 + 5 + 5 + 15 + 15 + 10 = 94.64.
        Assert.Equal(94.64m, EvaluationScorer.Score(e, ScoringPolicy.National).Total);
        // No ≤ row overshoots, so every shipped policy gives the same scores; all but 云南 20 + 80 admit 10/50/30/10 (Sichuan: 10 + 90).
        Assert.Equal(ScoringPolicy.Known.Where(p => p != ScoringPolicy.Yunnan), EvaluationVerifier.PoliciesExplaining(e));
        Assert.Equal(ScoringPolicy.Known, EvaluationVerifier.Verify(e).ScoresExplainedBy);
    }

    [Fact]
    public void E3_scores_100_under_every_policy()
    {
        // Every target met: 10 + 8 + 7 + 8 + 7 + 5 + 5 + 5 + 5 + 15 + 15 + 10 = 100.
        var e = Seed.Evaluation("E3");
        Assert.Equal(100m, EvaluationScorer.Score(e, ScoringPolicy.National).Total);
        Assert.Equal(ScoringPolicy.Known.Where(p => p != ScoringPolicy.Yunnan), EvaluationVerifier.PoliciesExplaining(e));
    }

    [Fact]
    public void E4_execution_rate_88_57_scores_8_86_and_totals_98_86()
    {
        var e = Seed.Evaluation("E4");
        var score = EvaluationScorer.Score(e, ScoringPolicy.National);
        // 31 ÷ 35 = 0.885714… → 88.5714…%; × 10 = 8.857… → 8.86; indicators all met: 7+8+7+8+5+5+3+3+4+15+8+7+10 = 90.
        Assert.Equal(88.57m, decimal.Round(score.ExecutionRate!.Value, 2));
        Assert.Equal(8.86m, score.ExecutionScore);
        Assert.Equal(98.86m, score.Total);
        var comparison = EvaluationVerifier.Compare(e, ScoringPolicy.National);
        Assert.Equal(CheckOutcome.Consistent, comparison.Execution!.Outcome);
        Assert.True(comparison.Explains);
    }

    [Fact]
    public void E5_scores_100_and_its_zero_evidence_qualitative_row_is_flagged()
    {
        var e = Seed.Evaluation("E5");
        Assert.Equal(100m, EvaluationScorer.Score(e, ScoringPolicy.National).Total);
        var flags = EvaluationChecker.Check(Seed.Report).Findings.Where(f => f.RuleId == "FA2020" && f.Location.StatementId == "E5").ToList();
        // 有效维护了劳动者的权益: 定性, target 长期, actual "0", score 15 of 15.
        var flag = Assert.Single(flags);
        Assert.Equal("有效维护了劳动者的权益", flag.Location.Row);
        Assert.Contains("「0」", flag.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_findings_are_the_ones_worked_out_by_hand()
    {
        var findings = EvaluationChecker.Check(Seed.Report).Findings;
        // FA2020: 定性 rows whose actual repeats the target or is 0, with full marks: E1 2, E2 2, E3 2, E4 3, E5 1 = 10.
        Assert.Equal(10, findings.Count(f => f.RuleId == "FA2020"));
        // FA2021: E1 专业技术资格考试 137.40 > 134 without a reason, while the met 组织职称评审 row carries one.
        var missed = Assert.Single(findings, f => f.RuleId == "FA2021");
        Assert.Equal("专业技术资格考试", missed.Location.Row);
        Assert.Contains("组织职称评审", missed.Message, System.StringComparison.Ordinal);
        // FA2030: E2 成本指标 20.00 + 11.00 = 31 万元 > 全年执行数 20 万元. E1 12.60 + 137.40 = 150 = 150; E3 17 + 17 = 34 = 34;
        // E4 10 + 10 + 11 = 31 = 31; E5 7 + 2 = 9 = 9: no finding.
        var cost = Assert.Single(findings, f => f.RuleId == "FA2030");
        Assert.Equal("E2", cost.Location.StatementId);
        Assert.Equal(31m, cost.Result.Exact);
        // Nothing else: rates, execution scores, totals, weights and templates all agree; E1's scores are explained by 超标不得分.
        Assert.Equal(12, findings.Count);
        // Review flags (FA2020, FA2021) are warnings; a cost sum above the money spent (FA2030) is an error.
        Assert.All(findings.Where(f => f.RuleId != "FA2030"), f => Assert.Equal(FinalAccounts.Validation.Severity.Warning, f.Severity));
        Assert.Equal(FinalAccounts.Validation.Severity.Error, cost.Severity);
    }

    [Fact]
    public void Checked_against_national_only_E1_overshoot_row_and_execution_are_reported()
    {
        var findings = EvaluationChecker.Check(Seed.Report, ScoringPolicy.National).Findings;
        var score = Assert.Single(findings, f => f.RuleId == "FA2003");
        Assert.Equal("专业技术资格考试", score.Location.Row);
        Assert.Contains("4.87", score.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA2002");
    }
}
