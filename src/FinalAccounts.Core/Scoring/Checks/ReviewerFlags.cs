using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using static FinalAccounts.Scoring.Checks.ScoreFindings;

namespace FinalAccounts.Scoring.Checks;

/// <summary>FA2010–FA2030: what reviewers flag in a stated table.</summary>
internal static class ReviewerFlags
{
    /// <summary>FA2010: 执行率 分值 + Σ 指标 分值 = 总分 分值 = 100, on whole tables.</summary>
    public static void WeightSum(PerformanceEvaluation e, RuleContext sink)
    {
        var execution = WeightTemplate.ExecutionWeightOf(e);
        var inputs = WeightInputs(e);
        // FA2010 adds every weight: of a table the reader has only part of, rows are missing and no sum is judged.
        if (!e.IsPartial && e.TotalWeight is StatedFigure totalWeight)
        {
            var sum = execution + e.Indicators.Sum(i => i.WeightPoints);
            var stated = totalWeight.Points.Value;
            var result = stated == 100m ? WeightTemplate.CheckSum(100m, inputs) : new CheckResult(CheckOutcome.Inconsistent, sum, new Interval(100m, 100m), stated - sum);
            sink.Record(EvaluationRules.WeightSum, totalWeight, result, inputs, () => (
                $"{e.Id}「{e.Project}」分值：执行率 {F(execution)} + 各指标 {F(sum - execution)} = {F(sum)}，总分分值列示 {totalWeight.Value}，应均为 100。",
                $"{e.Id}: weights add up to {F(sum)} (execution {F(execution)} + indicators {F(sum - execution)}), total weight stated {totalWeight.Value}; both should be 100."));
        }
    }

    private static System.Collections.Generic.List<StatedFigure> WeightInputs(PerformanceEvaluation e)
    {
        var inputs = e.Indicators.Select(i => i.Weight).ToList();
        if (e.ScoredFunds?.Weight is StatedFigure w) inputs.Insert(0, w);
        return inputs;
    }

    /// <summary>FA2012: a printed 一级 weight = Σ its indicators' weights, on blocks the table has whole.</summary>
    public static void BlockWeights(PerformanceEvaluation e, RuleContext sink)
    {
        foreach (var block in e.Blocks)
        {
            if (!block.IsComplete || block.StatedWeight is not StatedFigure printedWeight) continue;
            var result = WeightTemplate.CheckSum(printedWeight.Points.Value, block.Indicators.Select(i => i.Weight));
            sink.Record(EvaluationRules.BlockWeight, printedWeight, result, block.Indicators.Select(i => i.Weight).ToList(), () => (
                $"{e.Id}「{e.Project}」{block.Name}列示 {printedWeight.Value} 分，其下 {block.Indicators.Count} 项指标分值合计 {F(block.WeightSum)}，相差 {F(result.Difference)} 分。",
                $"{e.Id} {block.Name}: printed weight {printedWeight.Value}, its {block.Indicators.Count} indicators' weights add up to {F(block.WeightSum)}."));
        }
    }

    /// <summary>FA2011: the 执行率 and 一级 weights follow the chosen policy's template, or a known one.</summary>
    public static void Template(PerformanceEvaluation e, RuleContext sink)
    {
        var declared = sink.Policy;
        var execution = WeightTemplate.ExecutionWeightOf(e);
        var inputs = WeightInputs(e);
        var anchor = e.TotalWeight ?? e.ScoredFunds?.Weight ?? (e.Indicators.Count > 0 ? e.Indicators[0].Weight : null);
        if (anchor == null) return;
        var templates = declared != null ? new[] { declared.Weights } : WeightTemplate.Known;
        var admitted = templates.Any(t => t.Admits(e));
        var level1 = WeightTemplate.StatedLevel1Weights(e);
        var printed = "执行率 " + F(execution) + " / " + string.Join(" / ", level1.Select(p => p.Key + " " + F(p.Value)));
        var partial = e.IsPartial ? "（表格不完整，仅核对完整的一级指标）" : string.Empty;
        sink.Flag(EvaluationRules.WeightTemplate, anchor, admitted, inputs, () => (
            $"{e.Id}「{e.Project}」一级指标分值为 {printed}{partial}，不符合{(declared != null ? "所选" : "任何已知")}权重模板（{string.Join("；", templates.Select(t => t.Name + "：" + t.Describe()))}）。",
            $"{e.Id}: first-level weights {printed} match no {(declared != null ? "chosen" : "known")} template ({string.Join("; ", templates.Select(t => t.Describe()))})."));
    }

    /// <summary>FA2020: a 定性 indicator with no evidence does not score full marks.</summary>
    public static void Evidence(PerformanceEvaluation e, RuleContext sink)
    {
        foreach (var i in e.Indicators)
        {
            if (i.IsQualitative) Evidence(e, i, sink);
        }
    }

    private static void Evidence(PerformanceEvaluation e, PerformanceIndicator i, RuleContext sink)
    {
        // A blank 得分 awards nothing: there are no full marks to question.
        if (i.Score is not StatedFigure score) return;
        var actual = i.Actual;
        var none = actual.Kind == IndicatorValueKind.Empty || (actual.IsNumber && actual.Number == 0m) || actual.SameWordsAs(i.Target);
        var full = i.ScorePoints >= i.WeightPoints;
        var why = actual.Kind == IndicatorValueKind.Empty ? "实际完成值为空" : actual.IsNumber ? "实际完成值为「" + actual.Text + "」" : "实际完成值照抄年度指标值「" + i.Target.Text + "」";
        var whyEn = actual.Kind == IndicatorValueKind.Empty ? "the actual is empty" : actual.IsNumber ? "the actual is '" + actual.Text + "'" : "the actual repeats the target '" + i.Target.Text + "'";
        sink.Flag(EvaluationRules.QualitativeEvidence, score, !(none && full), new[] { i.Weight }, () => (
            $"{e.Id}「{e.Project}」定性指标「{i.Level3}」{why}，无实际完成情况佐证，却得满分 {score.Value}（分值 {i.Weight.Value}）。",
            $"{e.Id} {i.Level3}: a qualitative indicator with no evidence ({whyEn}) scores full marks ({score.Value} of {i.Weight.Value})."));
    }

    /// <summary>FA2021: a missed indicator states its 偏差原因.</summary>
    public static void Deviations(PerformanceEvaluation e, RuleContext sink)
    {
        var misplaced = e.Indicators.Where(i => i.IsMet == true && i.Deviation.Length > 0).ToList();
        foreach (var i in e.Indicators.Where(x => x.IsMet == false))
        {
            var hint = misplaced.Count == 0 ? string.Empty : "；偏差原因却写在已完成的「" + string.Join("」「", misplaced.Select(m => m.Level3)) + "」行（" + misplaced[0].Deviation + "）";
            var hintEn = misplaced.Count == 0 ? string.Empty : "; a reason stands instead on the met row(s) " + string.Join(", ", misplaced.Select(m => m.Level3));
            sink.Flag(EvaluationRules.DeviationReason, i.Score ?? i.Weight, i.Deviation.Length > 0, new[] { i.Weight }, () => (
                $"{e.Id}「{e.Project}」「{i.Level3}」年度指标值 {Direction(i)}{Show(i.Target)}，实际完成 {Show(i.Actual)}，未完成，却未填写偏差原因分析及改进措施{hint}。",
                $"{e.Id} {i.Level3}: target {Direction(i)}{Show(i.Target)} missed (actual {Show(i.Actual)}) with no deviation reason{hintEn}."));
        }
    }

    /// <summary>FA2030: Σ 成本指标 实际完成值 ≤ 全年执行数.</summary>
    public static void Costs(PerformanceEvaluation e, RuleContext sink)
    {
        var executed = e.TotalFunds?.Executed;
        if (executed == null) return;
        var costs = e.Indicators.Where(i => i.IsCost && i.Actual.IsNumber && CurrencyUnitSymbol.TryParse(i.Actual.Unit, out _)).ToList();
        if (costs.Count == 0) return;
        var spent = RuleContext(executed);
        var parts = costs.Select(i => (Amount.Stated(i.Actual.Number, CurrencyUnitSymbol.Parse(i.Actual.Unit), i.Actual.Decimals), 1)).ToList();
        var sum = RoundingCheck.Sum(spent, parts);
        // Cost indicators may cover part of the spending, so a sum below 全年执行数 is fine; above it, they contradict the funds block.
        var outcome = sum.Exact <= spent.Value ? CheckOutcome.Consistent : sum.Expected.Min <= spent.Interval.Max ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent;
        var result = new CheckResult(outcome, sum.Exact, new Interval(0m, spent.Interval.Max), sum.Difference);
        var list = string.Join(" + ", costs.Select(i => Show(i.Actual)));
        var inputs = costs.Select(i => i.Weight).ToList();
        sink.Record(EvaluationRules.CostVersusFunds, executed, result, inputs, () => (
            $"{e.Id}「{e.Project}」成本指标实际完成值合计 {list} = {F(sum.Exact)}{executed.Unit}，超过年度资金总额全年执行数 {executed.Value}{executed.Unit}，多 {F(sum.Exact - spent.Value)}{executed.Unit}（{string.Join("、", costs.Select(i => i.Level3))}）。",
            $"{e.Id}: the cost indicators' actuals add up to {F(sum.Exact)} {executed.Unit}, more than the {executed.Value} {executed.Unit} executed (by {F(sum.Exact - spent.Value)})."));
    }

    private static Amount RuleContext(StatedFigure figure) => FinalAccounts.Validation.RuleContext.AmountOf(figure);
}
