using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;
using static FinalAccounts.Core.Tests.Scoring.Tables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// What EvaluationVerifier.Compare compares and how: a 执行率 得分 whose rate cannot be computed (or a funds row that
/// prints no 得分) is compared with nothing; a row the policy cannot score (定性, words) is judged only against [0, 分值];
/// a table cut at its start compares no total even though it prints one; the grade is compared after trimming spaces.
/// Worked by hand under 四川 10 + 90.
/// </summary>
public class VerifierComparisonShapeTests
{
    private static readonly PerformanceIndicator s_output = Quantitative("产出指标", IndicatorDirection.AtLeast, 1m, 1m, 60m, "60", "项");

    private static PerformanceEvaluation Table(decimal budget, string executionScore, PerformanceIndicator benefit, string total, string grade = "")
        => Evaluation(budget, 10m, "100", 10m, executionScore, new[] { s_output, benefit }, total, grade);

    [Fact]
    public void A_stated_execution_score_whose_rate_cannot_be_computed_is_compared_with_nothing()
    {
        // 全年预算数 0: no rate, so the stated 10 is neither consistent nor counted against the policy.
        var zeroBudget = Table(0m, "10", Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "30", "项"), "100");
        Assert.Null(EvaluationVerifier.Compare(zeroBudget, ScoringPolicy.Sichuan).Execution);
        // A budget of 10 spent in full: 100 % → 10 of 10, compared and agreeing.
        var whole = Table(10m, "10", Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "30", "项"), "100");
        var execution = EvaluationVerifier.Compare(whole, ScoringPolicy.Sichuan).Execution;
        Assert.NotNull(execution);
        Assert.Equal(10m, execution!.Recomputed);
        Assert.True(execution.Agrees);
    }

    [Fact]
    public void A_funds_row_printing_no_score_is_compared_with_nothing()
    {
        // The rate is computable (10 of 10), but no 得分 is printed: nothing to compare.
        var funds = Row("年度资金总额", "10", "10", "10", "10", "100", null);
        var table = Read(Evaluation(new[] { funds },
            new[] { Indicator("产出指标", "数量指标", "a", "正向", "大于等于", "1", "1", "个", "90", "90") }, "100", "90"));
        Assert.Null(EvaluationVerifier.Compare(table, ScoringPolicy.Sichuan).Execution);
    }

    [Fact]
    public void A_row_taken_as_stated_is_judged_against_zero_to_its_weight()
    {
        // Words that do not say "met" ("有所提升"), stated 33 of 30: above the 分值. The comparison's interval is [0, 30]
        // (not the rounding interval [29.5, 30.5] of the 30 a policy would clamp it to); difference 33 − 30 = 3.
        var worded = new PerformanceIndicator("效益指标", "社会效益", "培训", IndicatorDirection.AtLeast, IndicatorValue.Of(100m, "人"), IndicatorValue.OfText("有所提升"), "30", "33");
        var c = EvaluationVerifier.Compare(Table(10m, "10", worded, "103"), ScoringPolicy.Sichuan).Indicators[1];
        Assert.Equal(CheckOutcome.Inconsistent, c.Outcome);
        Assert.Equal(new Interval(0m, 30m), c.Result.Expected);
        Assert.Equal(30m, c.Result.Exact);
        Assert.Equal(3m, c.Result.Difference);
        // A 定性 row whose actual reads as met ("达标"), stated 31 of 30: judged the same way.
        var qualitative = Qualitative("效益指标", "服务质量", "有效", "达标", 30m, "31");
        var q = EvaluationVerifier.Compare(Table(10m, "10", qualitative, "101"), ScoringPolicy.Sichuan).Indicators[1];
        Assert.Equal(CheckOutcome.Inconsistent, q.Outcome);
        Assert.Equal(new Interval(0m, 30m), q.Result.Expected);
        // Within the bounds: consistent, the interval still [0, 30].
        var within = EvaluationVerifier.Compare(Table(10m, "10", Qualitative("效益指标", "服务质量", "有效", "达标", 30m, "27"), "97"), ScoringPolicy.Sichuan).Indicators[1];
        Assert.Equal(CheckOutcome.Consistent, within.Outcome);
        Assert.Equal(new Interval(0m, 30m), within.Result.Expected);
    }

    [Fact]
    public void A_table_cut_at_its_start_compares_no_total_though_it_prints_one()
    {
        // No funds block, the 总分 row printed (100): the rows before the cut are not there, so the total is not compared.
        var table = Read(Evaluation(null, new[] { Indicator("产出指标", "数量指标", "a", "正向", "大于等于", "1", "1", "个", "20", "20") }, "100", "100", cut: "start"));
        Assert.True(table.IsPartial);
        Assert.NotNull(table.TotalScore);
        Assert.Null(EvaluationVerifier.Compare(table, ScoringPolicy.Sichuan).Total);
    }

    [Fact]
    public void The_printed_grade_is_compared_without_its_surrounding_spaces()
    {
        // 10 + 60 + 30 = 100: 优. " 优 " as printed is 优; "良" is not.
        var benefit = Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "30", "项");
        Assert.True(EvaluationVerifier.Compare(Table(10m, "10", benefit, "100", " 优 "), ScoringPolicy.Sichuan).GradeAgrees);
        Assert.False(EvaluationVerifier.Compare(Table(10m, "10", benefit, "100", "良"), ScoringPolicy.Sichuan).GradeAgrees);
        Assert.Null(EvaluationVerifier.Compare(Table(10m, "10", benefit, "100"), ScoringPolicy.Sichuan).GradeAgrees);
    }

    [Fact]
    public void Verifying_against_no_policy_is_refused()
    {
        var table = Table(10m, "10", Quantitative("效益指标", IndicatorDirection.AtLeast, 1m, 1m, 30m, "30", "项"), "100");
        var refused = Assert.Throws<System.ArgumentException>(() => EvaluationVerifier.Verify(table, new List<ScoringPolicy>()));
        Assert.Equal("policies", refused.ParamName);
        Assert.StartsWith("Verify against at least one policy.", refused.Message);
        // A null table is refused as such, even with no policy to compare it with.
        Assert.Equal("evaluation", Assert.Throws<System.ArgumentNullException>(() => EvaluationVerifier.Verify(null!, new List<ScoringPolicy>())).ParamName);
        Assert.Equal(ScoringPolicy.Known.Count, EvaluationVerifier.Verify(table).Comparisons.Count);
    }
}
