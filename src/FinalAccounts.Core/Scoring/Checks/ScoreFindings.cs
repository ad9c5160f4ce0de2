using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Quantities;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring.Checks;

/// <summary>FA2001–FA2005: the figures of the 项目资金 block and the scores, recomputed.</summary>
internal static class ScoreFindings
{
    /// <summary>The policies a context checks under: the chosen one, or every known one.</summary>
    internal static IReadOnlyList<ScoringPolicy> PoliciesOf(RuleContext sink) => sink.Policy != null ? new[] { sink.Policy } : ScoringPolicy.Known;

    /// <summary>FA2001: each 项目资金 row's 执行率 = 全年执行数 ÷ 全年预算数.</summary>
    public static void ExecutionRate(PerformanceEvaluation e, RuleContext sink)
    {
        var policies = PoliciesOf(sink);
        foreach (var row in e.Funds)
        {
            if (row.Executed == null || row.FullYearBudget == null || row.ExecutionRate == null) continue;
            var result = RoundingCheck.Ratio(row.ExecutionRate.Percentage, RuleContext.AmountOf(row.Executed), RuleContext.AmountOf(row.FullYearBudget));
            if (!result.HasNumbers)
            {
                var (hint, hintEn) = row == e.ScoredFunds ? Explaining(e, row, policies[0]) : (string.Empty, string.Empty);
                sink.Record(EvaluationRules.ExecutionRate, row.ExecutionRate, result, new[] { row.Executed, row.FullYearBudget }, () => (
                    $"{e.Id}「{e.Project}」{row.Name} 执行率 列示 {row.ExecutionRate.Value}%，但全年预算数为 {row.FullYearBudget.Value}，执行率无定义（全年执行数 {row.Executed.Value}）{hint}。",
                    $"{e.Id} {row.Name}: execution rate stated {row.ExecutionRate.Value}%, but the full-year budget is {row.FullYearBudget.Value}: the rate is undefined (executed {row.Executed.Value}){hintEn}."));
                continue;
            }
            sink.Record(EvaluationRules.ExecutionRate, row.ExecutionRate, result, new[] { row.Executed, row.FullYearBudget }, () => (
                $"{e.Id}「{e.Project}」{row.Name} 执行率 列示 {row.ExecutionRate.Value}%，全年执行数 {row.Executed.Value} ÷ 全年预算数 {row.FullYearBudget.Value} = {F(result.Exact)}%，差额 {F(result.Difference)}%。",
                $"{e.Id} {row.Name}: execution rate stated {row.ExecutionRate.Value}%, executed {row.Executed.Value} / full-year budget {row.FullYearBudget.Value} = {F(result.Exact)}%."));
        }
    }

    /// <summary>FA2002: the 执行率得分 under the closest policy, when no policy explains the table's scores.</summary>
    public static void ExecutionScore(PerformanceEvaluation e, RuleContext sink)
    {
        var verification = sink.VerificationOf(e);
        var closest = verification.Closest;
        if (closest.Execution is ScoreComparison ex)
        {
            var rate = closest.Score.ExecutionRate;
            Record(EvaluationRules.ExecutionScore, ex, verification.ScoresExplainedBy.Count > 0, sink, () => (
                $"{e.Id}「{e.Project}」执行率得分 列示 {ex.Stated.Value}，按{closest.Policy.Name}（{closest.Policy.ExecutionRate.Name}）执行率 {(rate is decimal r ? F(r) + "%" : "未列示")} 应得 {F(ex.Recomputed)}，相差 {F(ex.Difference)} 分。",
                $"{e.Id}: execution score stated {ex.Stated.Value}; under {closest.Policy.Id} it is {F(ex.Recomputed)} (difference {F(ex.Difference)})."));
        }
    }

    /// <summary>FA2007: a stated 执行率得分 whose rate cannot be computed is unverifiable, never "consistent".</summary>
    public static void ExecutionUnverifiable(PerformanceEvaluation e, RuleContext sink)
    {
        if (e.ScoredFunds is not { Score: StatedFigure stated } scored) return;
        var closest = sink.VerificationOf(e).Closest;
        if (closest.Score.ExecutionRate != null) return;
        var (hint, hintEn) = Explaining(e, scored, closest.Policy);
        var why = scored.FullYearBudget == null ? "全年预算数未列示" : "全年预算数为 " + scored.FullYearBudget.Value;
        var whyEn = scored.FullYearBudget == null ? "its full-year budget is not printed" : "its full-year budget is " + scored.FullYearBudget.Value;
        sink.Flag(EvaluationRules.ExecutionUnverifiable, stated, false, Present(scored.Executed, scored.FullYearBudget, scored.ExecutionRate), () => (
            $"{e.Id}「{e.Project}」{scored.Name} 得分 列示 {stated.Value}，但{why}，执行率无法计算，得分无从核实{(hint.Length > 0 ? hint : "；其他各行亦不能解释")}。",
            $"{e.Id} {scored.Name}: score stated {stated.Value}, but {whyEn}: the rate cannot be computed, so the score cannot be verified{(hintEn.Length > 0 ? hintEn : "; no other row explains it")}."));
    }

    /// <summary>FA2003: each indicator's 得分 under the closest policy, when no policy explains every score.</summary>
    public static void IndicatorScores(PerformanceEvaluation e, RuleContext sink)
    {
        var policies = PoliciesOf(sink);
        var verification = sink.VerificationOf(e);
        var closest = verification.Closest;
        var explained = verification.ScoresExplainedBy;
        var others = string.Join("、", policies.Where(p => p != closest.Policy).Select(p => p.Name));
        // Checked against one chosen policy, the finding may not claim that no known policy explains the table.
        var unexplained = policies.Count > 1 ? "已知评分规则均不能解释该表全部得分" : $"所选评分规则{closest.Policy.Name}不能解释该表全部得分";
        var unexplainedEn = policies.Count > 1 ? "no known policy explains every score of the table" : $"the chosen policy {closest.Policy.Id} does not explain every score of the table";

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
    }

    /// <summary>FA2004: 总分 = 执行率得分 + Σ 指标得分, as stated; not judged on a table the reader has only part of.</summary>
    public static void Total(PerformanceEvaluation e, RuleContext sink)
    {
        // Of a table the reader has only part of, the total adds rows that are not there: neither total nor grade is judged.
        if (e.IsPartial || e.TotalScore is not StatedFigure totalScore) return;
        // A blank 得分 is not printed: the rows' sum is not known, so the total is not judged.
        if (e.Indicators.Any(i => i.Score == null)) return;
        var parts = new List<Points>();
        var inputs = new List<StatedFigure>();
        if (e.ScoredFunds?.Score is StatedFigure execution)
        {
            parts.Add(execution.Points);
            inputs.Add(execution);
        }
        foreach (var i in e.Indicators)
        {
            parts.Add(i.Score!.Points);
            inputs.Add(i.Score!);
        }
        var sum = RoundingCheck.Sum(totalScore.Points, parts);
        if (sum.Outcome == CheckOutcome.WithinRounding)
        {
            // A score lies in [0, 分值]: a row printed "5" of 分值 5 stands for [4.5, 5], never 5.5. Rounding that would need a
            // score above its 分值 (or below 0) explains nothing, so the total is then an error, not information.
            var bounded = default(Interval);
            if (e.ScoredFunds?.Score is StatedFigure scored) bounded += Bounded(scored, e.ScoredFunds.Weight);
            foreach (var i in e.Indicators) bounded += Bounded(i.Score!, i.Weight);
            if (!Interval.Of(AmountOf(totalScore)).Intersects(bounded)) sum = new CheckResult(CheckOutcome.Inconsistent, sum.Exact, bounded, sum.Difference);
        }
        sink.Record(EvaluationRules.Total, totalScore, sum, inputs, () => (
            $"{e.Id}「{e.Project}」总分 列示 {totalScore.Value}，执行率得分与各指标得分之和为 {F(sum.Exact)}，相差 {F(sum.Difference)} 分。",
            $"{e.Id}: total stated {totalScore.Value}; the execution score and indicator scores add up to {F(sum.Exact)} (difference {F(sum.Difference)})."));
    }

    /// <summary>FA2005: a printed grade is the grade of the 总分 (the chosen policy's scale, else the national one).</summary>
    public static void Grade(PerformanceEvaluation e, RuleContext sink)
    {
        if (e.IsPartial || e.TotalScore is not StatedFigure totalScore || e.Grade.Length == 0) return;
        var scale = (sink.Policy ?? ScoringPolicy.National).Grades;
        var grade = scale.GradeOf(totalScore.Points.Value);
        sink.Flag(EvaluationRules.Grade, totalScore, grade.Name == e.Grade.Trim(), new StatedFigure[0], () => (
            $"{e.Id}「{e.Project}」评价等级 列示「{e.Grade}」，总分 {totalScore.Value} 应为「{grade.Name}」。",
            $"{e.Id}: grade printed '{e.Grade}', but a total of {totalScore.Value} is '{grade.NameEn}'."));
    }

    /// <summary>FA2006: in each amount column, the 其中 rows printed add up to 年度资金总额 (rounding-aware).</summary>
    public static void FundsSum(PerformanceEvaluation e, RuleContext sink)
    {
        var total = e.Funds.FirstOrDefault(r => r.Kind == FundsRowKind.Total);
        var parts = e.Funds.Where(r => r.IsPart).ToList();
        if (total == null || parts.Count == 0) return;
        foreach (var (column, cell) in new (string, System.Func<EvaluationFundsRow, StatedFigure?>)[]
            { ("年初预算数", r => r.InitialBudget), ("全年预算数", r => r.FullYearBudget), ("全年执行数", r => r.Executed) })
        {
            if (cell(total) is not StatedFigure stated) continue;
            var printed = parts.Where(r => cell(r) != null).ToList();
            if (printed.Count == 0) continue;
            var sum = RoundingCheck.Sum(RuleContext.AmountOf(stated), printed.Select(r => (RuleContext.AmountOf(cell(r)!), 1)).ToList());
            var blank = parts.Where(r => cell(r) == null).Select(r => r.Name).ToList();
            var list = string.Join(" + ", printed.Select(r => r.Name + " " + cell(r)!.Value));
            sink.Record(EvaluationRules.FundsSum, stated, sum, printed.Select(r => cell(r)!).ToList(), () => (
                $"{e.Id}「{e.Project}」项目资金 {column}：{total.Name} 列示 {stated.Value}，其中 {list} = {F(sum.Exact)}，相差 {F(sum.Difference)}{stated.Unit}"
                + (blank.Count > 0 ? "（" + string.Join("、", blank) + " 未列示）" : string.Empty) + "。",
                $"{e.Id} funds, {column}: {total.Name} stated {stated.Value}; the 其中 rows add up to {F(sum.Exact)} (difference {F(sum.Difference)})"
                + (blank.Count > 0 ? " (" + string.Join(", ", blank) + " not printed)" : string.Empty) + "."));
        }
    }

    /// <summary>
    /// The other 项目资金 row whose 全年执行数 ÷ 全年预算数 explains the stated 执行率 (and, under <paramref name="policy"/>, the
    /// stated 得分) of <paramref name="scored"/>, as a message tail; empty when no row does.
    /// </summary>
    private static (string, string) Explaining(PerformanceEvaluation e, EvaluationFundsRow scored, ScoringPolicy policy)
    {
        foreach (var row in e.Funds)
        {
            if (row == scored || !(EvaluationScorer.ExecutionRateOf(row) is decimal rate) || row.Executed == null || row.FullYearBudget == null) continue;
            var rateAgrees = scored.ExecutionRate == null
                || RoundingCheck.Ratio(scored.ExecutionRate.Percentage, RuleContext.AmountOf(row.Executed), RuleContext.AmountOf(row.FullYearBudget)).Outcome
                    is CheckOutcome.Consistent or CheckOutcome.WithinRounding;
            var weight = scored.Weight == null ? 0m : scored.Weight.Points.Value;
            var exact = policy.ScoreExecution(rate, weight);
            var scoreAgrees = scored.Score == null || ScoreCheck.Compare(scored.Score, exact, policy.Round(exact, weight)).Outcome == CheckOutcome.Consistent;
            if (!rateAgrees || !scoreAgrees) continue;
            return ($"；「{row.Name}」全年执行数 {row.Executed.Value} ÷ 全年预算数 {row.FullYearBudget.Value} = {F(rate)}%，可解释列示的执行率与得分",
                $"; the row {row.Name} ({row.Executed.Value} / {row.FullYearBudget.Value} = {F(rate)}%) explains the stated rate and score");
        }
        return (string.Empty, string.Empty);
    }

    private static IReadOnlyList<StatedFigure> Present(params StatedFigure?[] figures) => figures.Where(f => f != null).Select(f => f!).ToList();

    internal static string Direction(PerformanceIndicator i) => i.Direction switch
    {
        IndicatorDirection.AtLeast => "≥",
        IndicatorDirection.AtMost => "≤",
        IndicatorDirection.Exactly => "=",
        _ => "定性",
    };

    internal static string Show(IndicatorValue v) => v.IsNumber ? v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + v.Unit : v.Text.Length > 0 ? v.Text : "（空）";

    internal static string F(decimal value) => decimal.Round(value, 4, System.MidpointRounding.AwayFromZero).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    // The rounding interval of a printed score, carried as an amount for its value and printed decimals only.
    private static Amount AmountOf(StatedFigure figure) => Amount.Parse(figure.Value, CurrencyUnit.WanYuan);

    /// <summary>The values a printed score may stand for: its rounding interval within [0, 分值] (unbounded above without a 分值).</summary>
    private static Interval Bounded(StatedFigure score, StatedFigure? weight)
    {
        var printed = Interval.Of(AmountOf(score));
        var max = weight == null ? printed.Max : System.Math.Min(printed.Max, System.Math.Max(weight.Points.Value, printed.Min));
        return new Interval(System.Math.Max(printed.Min, 0m), System.Math.Max(max, System.Math.Max(printed.Min, 0m)));
    }

    private static void Record(RuleDescriptor rule, ScoreComparison c, bool explained, RuleContext sink, System.Func<(string, string)> describe)
    {
        // A table some known policy explains in full has nothing to report here; `finacct score` names the policy.
        var result = explained || c.Agrees ? new CheckResult(CheckOutcome.Consistent, c.Result.Exact, c.Result.Expected, c.Result.Difference) : c.Result;
        sink.Record(rule, c.Stated, result, c.Indicator == null ? new StatedFigure[0] : new[] { c.Indicator.Weight }, describe);
    }
}
