using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using static FinalAccounts.Reports.PerformanceIndicator;

namespace FinalAccounts.Scoring.Checks;

/// <summary>FA2001–FA2005: the figures of the 项目资金 block and the scores, recomputed.</summary>
internal static class ScoreFindings
{
    public static void Check(PerformanceEvaluation e, IReadOnlyList<ScoringPolicy> policies, RuleContext sink)
    {
        foreach (var row in e.Funds)
        {
            if (row.Executed == null || row.FullYearBudget == null || row.ExecutionRate == null) continue;
            var result = RoundingCheck.Ratio(row.ExecutionRate.Percentage, RuleContext.AmountOf(row.Executed), RuleContext.AmountOf(row.FullYearBudget));
            if (!result.HasNumbers)
            {
                sink.Record(EvaluationRules.ExecutionRate, row.ExecutionRate, result, new[] { row.Executed, row.FullYearBudget }, () => (
                    $"{e.Id}「{e.Project}」{row.Name} 执行率 列示 {row.ExecutionRate.Value}%，但全年预算数为 {row.FullYearBudget.Value}，执行率无定义（全年执行数 {row.Executed.Value}）。",
                    $"{e.Id} {row.Name}: execution rate stated {row.ExecutionRate.Value}%, but the full-year budget is {row.FullYearBudget.Value}: the rate is undefined (executed {row.Executed.Value})."));
                continue;
            }
            sink.Record(EvaluationRules.ExecutionRate, row.ExecutionRate, result, new[] { row.Executed, row.FullYearBudget }, () => (
                $"{e.Id}「{e.Project}」{row.Name} 执行率 列示 {row.ExecutionRate.Value}%，全年执行数 {row.Executed.Value} ÷ 全年预算数 {row.FullYearBudget.Value} = {F(result.Exact)}%，差额 {F(result.Difference)}%。",
                $"{e.Id} {row.Name}: execution rate stated {row.ExecutionRate.Value}%, executed {row.Executed.Value} / full-year budget {row.FullYearBudget.Value} = {F(result.Exact)}%."));
        }

        var verification = EvaluationVerifier.Verify(e, policies);
        var closest = verification.Closest;
        var explained = verification.ScoresExplainedBy;
        var others = string.Join("、", policies.Where(p => p != closest.Policy).Select(p => p.Name));
        // Checked against one chosen policy, the finding may not claim that no known policy explains the table.
        var unexplained = policies.Count > 1 ? "已知评分规则均不能解释该表全部得分" : $"所选评分规则{closest.Policy.Name}不能解释该表全部得分";
        var unexplainedEn = policies.Count > 1 ? "no known policy explains every score of the table" : $"the chosen policy {closest.Policy.Id} does not explain every score of the table";
        if (closest.Execution is ScoreComparison ex)
        {
            var rate = closest.Score.ExecutionRate;
            Record(EvaluationRules.ExecutionScore, ex, explained.Count > 0, sink, () => (
                $"{e.Id}「{e.Project}」执行率得分 列示 {ex.Stated.Value}，按{closest.Policy.Name}（{closest.Policy.ExecutionRate.Name}）执行率 {(rate is decimal r ? F(r) + "%" : "未列示")} 应得 {F(ex.Recomputed)}，相差 {F(ex.Difference)} 分。",
                $"{e.Id}: execution score stated {ex.Stated.Value}; under {closest.Policy.Id} it is {F(ex.Recomputed)} (difference {F(ex.Difference)})."));
        }
        // Every comparison lists the indicators in printed order, so the k-th row of each is the same indicator: one pass
        // over the verification's comparisons (policies × indicators), never a new comparison per row.
        var comparisons = verification.Comparisons;
        for (var k = 0; k < closest.Indicators.Count; k++)
        {
            var c = closest.Indicators[k];
            var i = c.Indicator!;
            var row = k;
            var explainers = comparisons.Where(p => p.Indicators[row].Agrees).Select(p => p.Policy.Name).ToList();
            Record(EvaluationRules.IndicatorScore, c, explained.Count > 0, sink, () => (
                $"{e.Id}「{e.Project}」{i.Level3}（{Direction(i)}{Show(i.Target)}，实际 {Show(i.Actual)}，分值 {i.Weight.Value}）得分 列示 {c.Stated.Value}，"
                + $"按{closest.Policy.Name}应得 {F(c.Recomputed)}，相差 {F(c.Difference)} 分；{unexplained}"
                + (explainers.Count > 0 ? $"（此项可由 {string.Join("、", explainers)} 解释）" : others.Length > 0 ? $"（{others} 亦不能解释此项）" : string.Empty) + "。",
                $"{e.Id} {i.Level3}: score stated {c.Stated.Value}; {closest.Policy.Id} gives {F(c.Recomputed)} (difference {F(c.Difference)}); {unexplainedEn}"
                + (explainers.Count > 0 ? " (this row is explained by " + string.Join(", ", policies.Where(p => explainers.Contains(p.Name)).Select(p => p.Id)) + ")" : string.Empty) + "."));
        }

        var parts = new List<(Amount, int)>();
        var inputs = new List<StatedFigure>();
        if (e.TotalFunds?.Score is StatedFigure execution)
        {
            parts.Add((Points(execution), 1));
            inputs.Add(execution);
        }
        foreach (var i in e.Indicators)
        {
            parts.Add((Points(i.Score), 1));
            inputs.Add(i.Score);
        }
        var sum = RoundingCheck.Sum(Points(e.TotalScore), parts);
        sink.Record(EvaluationRules.Total, e.TotalScore, sum, inputs, () => (
            $"{e.Id}「{e.Project}」总分 列示 {e.TotalScore.Value}，执行率得分与各指标得分之和为 {F(sum.Exact)}，相差 {F(sum.Difference)} 分。",
            $"{e.Id}: total stated {e.TotalScore.Value}; the execution score and indicator scores add up to {F(sum.Exact)} (difference {F(sum.Difference)})."));

        if (e.Grade.Length > 0)
        {
            var scale = (policies.Count == 1 ? policies[0] : ScoringPolicy.National).Grades;
            var grade = scale.GradeOf(EvaluationScorer.Points(e.TotalScore));
            sink.Flag(EvaluationRules.Grade, e.TotalScore, grade.Name == e.Grade.Trim(), new StatedFigure[0], () => (
                $"{e.Id}「{e.Project}」评价等级 列示「{e.Grade}」，总分 {e.TotalScore.Value} 应为「{grade.Name}」。",
                $"{e.Id}: grade printed '{e.Grade}', but a total of {e.TotalScore.Value} is '{grade.NameEn}'."));
        }
    }

    internal static string Direction(PerformanceIndicator i) => i.Direction switch
    {
        IndicatorDirection.AtLeast => "≥",
        IndicatorDirection.AtMost => "≤",
        IndicatorDirection.Exactly => "=",
        _ => "定性",
    };

    internal static string Show(IndicatorValue v) => v.IsNumber ? v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + v.Unit : v.Text.Length > 0 ? v.Text : "（空）";

    internal static string F(decimal value) => decimal.Round(value, 4, System.MidpointRounding.AwayFromZero).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private static Amount Points(StatedFigure figure) => Amount.Parse(figure.Value, CurrencyUnit.WanYuan);

    private static void Record(RuleDescriptor rule, ScoreComparison c, bool explained, RuleContext sink, System.Func<(string, string)> describe)
    {
        // A table some known policy explains in full has nothing to report here; `finacct score` names the policy.
        var result = explained || c.Agrees ? new CheckResult(CheckOutcome.Consistent, c.Result.Exact, c.Result.Expected, c.Result.Difference) : c.Result;
        sink.Record(rule, c.Stated, result, c.Indicator == null ? new StatedFigure[0] : new[] { c.Indicator.Weight }, describe);
    }
}
