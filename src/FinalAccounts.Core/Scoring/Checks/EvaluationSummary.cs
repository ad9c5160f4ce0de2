using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring.Checks;

/// <summary>
/// FA2040: the 说明's summary of the self-evaluation (十 预算绩效管理情况: "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分
/// 99.43分（其中，绩效评级为“优”的项目4个…）", or "在决算中反映5个…项目…的绩效自评结果") against the 自评表 the report publishes. It
/// compares only when the summary's 项目个数 equals the number of tables and every table is whole: a summary of all the
/// projects evaluated, of which the report publishes a few, is about another set and is left alone. Then Σ 年度资金总额 全年预算数
/// (or 年初预算数) = 涉及预算金额, the mean of the 总分 = 平均得分, and each band's count (优 ≥ 90, 良 ≥ 80, 合格/中 ≥ 60,
/// 不合格/差 &lt; 60) = the tables whose 总分 is in it — all rounding-aware: a 总分 printed "90" may be 89.5, so a band count
/// rounding could change is information, never an error.
/// </summary>
internal sealed class EvaluationSummary : IReportRule
{
    private static readonly string[] s_countConcepts = { "绩效自评项目", "决算中反映绩效自评结果的项目" };

    private static readonly (string Concept, string Grade)[] s_bands =
    {
        ("绩效评级为优的项目", "优"), ("绩效评级为良的项目", "良"), ("绩效评级为合格的项目", "中"), ("绩效评级为中的项目", "中"),
        ("绩效评级为不合格的项目", "差"), ("绩效评级为差的项目", "差"),
    };

    public RuleDescriptor Descriptor => EvaluationRules.Summary;

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var tables = report.Evaluations;
        if (tables.Count == 0 || tables.Any(e => e.IsPartial || e.TotalScore == null)) return;
        var figures = report.Statements.SelectMany(s => s.Figures).Where(f => f.Key.Scope.Length == 0 && f.Key.Item.Length == 0).ToList();
        foreach (var count in figures.Where(f => s_countConcepts.Contains(f.Key.Concept) && f.Unit == "个").ToList())
        {
            // A count of another number of projects summarises another set (all the projects evaluated, a few published).
            if (!decimal.TryParse(count.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n != tables.Count) continue;
            var same = figures.Where(f => f.Location.StatementId == count.Location.StatementId).ToList();
            if (same.FirstOrDefault(f => f.Key.Concept == "绩效自评涉及资金" && f.IsMoney) is { } funds) Funds(context, funds, tables);
            if (same.FirstOrDefault(f => f.Key.Concept == "绩效自评平均得分" && f.Unit == "分") is { } average) Average(context, average, tables);
            foreach (var (concept, grade) in s_bands)
            {
                if (same.FirstOrDefault(f => f.Key.Concept == concept && f.Unit == "个") is { } band) Band(context, band, grade, tables);
            }
            return;
        }
    }

    private static void Funds(RuleContext context, StatedFigure stated, IReadOnlyList<PerformanceEvaluation> tables)
    {
        CheckResult best = default;
        var found = false;
        string column = string.Empty;
        List<StatedFigure>? used = null;
        foreach (var (name, cell) in new (string, System.Func<EvaluationFundsRow, StatedFigure?>)[] { ("全年预算数", r => r.FullYearBudget), ("年初预算数", r => r.InitialBudget) })
        {
            var parts = tables.Select(e => e.Funds.FirstOrDefault(r => r.Kind == FundsRowKind.Total) is { } t ? cell(t) : null).ToList();
            if (parts.Any(p => p == null)) continue;
            var result = RoundingCheck.Sum(Amount.Parse(stated.Value, Unit(stated.Unit)), parts.Select(p => (Amount.Parse(p!.Value, Unit(p.Unit)), 1)).ToList());
            if (!found || Rank(result.Outcome) < Rank(best.Outcome))
            {
                found = true;
                best = result;
                column = name;
                used = parts!;
            }
        }
        if (!found) return;
        context.Record(EvaluationRules.Summary, stated, best, used!, () => (
            $"说明所列绩效自评涉及资金 {stated.Value}{stated.Unit}，{used!.Count} 张自评表年度资金总额{column}之和为 {RuleContext.Show(best.Exact)}{stated.Unit}，相差 {RuleContext.Show(best.Difference)}。",
            $"the 说明 states {stated.Value} {stated.Unit} of self-evaluated funds; the {used.Count} tables' 年度资金总额 {column} add up to {RuleContext.Show(best.Exact)} (difference {RuleContext.Show(best.Difference)})."));
    }

    private static void Average(RuleContext context, StatedFigure stated, IReadOnlyList<PerformanceEvaluation> tables)
    {
        var totals = tables.Select(e => e.TotalScore!).ToList();
        decimal sum = 0m;
        var interval = default(Interval);
        foreach (var t in totals)
        {
            var a = Amount.Parse(t.Value, CurrencyUnit.WanYuan);
            sum += a.Value;
            interval += Interval.Of(a);
        }
        var exact = sum / totals.Count;
        var expected = new Interval(interval.Min / totals.Count, interval.Max / totals.Count);
        var printed = Amount.Parse(stated.Value, CurrencyUnit.WanYuan);
        var outcome = DecimalMath.RoundsTo(exact, printed.Decimals, printed.Value) ? CheckOutcome.Consistent
            : Interval.Of(printed).Intersects(expected) ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent;
        var result = new CheckResult(outcome, exact, expected, printed.Value - exact);
        context.Record(EvaluationRules.Summary, stated, result, totals, () => (
            $"说明所列平均得分 {stated.Value}分，{totals.Count} 张自评表总分的平均值为 {RuleContext.Show(exact)}分（舍入允许 [{RuleContext.Show(expected.Min)}, {RuleContext.Show(expected.Max)}]）。",
            $"the 说明 states an average score of {stated.Value}; the {totals.Count} tables' totals average {RuleContext.Show(exact)} (rounding allows [{RuleContext.Show(expected.Min)}, {RuleContext.Show(expected.Max)}])."));
    }

    private static void Band(RuleContext context, StatedFigure stated, string grade, IReadOnlyList<PerformanceEvaluation> tables)
    {
        if (!decimal.TryParse(stated.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) return;
        var scale = GradeScale.National;
        int surely = 0, possibly = 0, printed = 0;
        foreach (var e in tables)
        {
            var a = Amount.Parse(e.TotalScore!.Value, CurrencyUnit.WanYuan);
            var range = Interval.Of(a);
            var low = scale.GradeOf(range.Min).Name == grade;
            var high = scale.GradeOf(range.Max).Name == grade;
            if (scale.GradeOf(a.Value).Name == grade) printed++;
            if (low && high) surely++;
            // The interval may also cross a band entirely (a total of 60–90 printed at 0 decimals cannot); ends suffice here.
            if (low || high) possibly++;
        }
        var outcome = count == printed ? CheckOutcome.Consistent
            : count >= surely && count <= possibly ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent;
        var result = new CheckResult(outcome, printed, new Interval(surely, possibly), count - printed);
        var name = stated.Key.Concept.Replace("绩效评级为", string.Empty).Replace("的项目", string.Empty);
        context.Record(EvaluationRules.Summary, stated, result, tables.Select(e => e.TotalScore!).ToList(), () => (
            $"说明所列绩效评级为“{name}”的项目 {stated.Value}个，自评表中总分在该档的为 {printed} 个（舍入允许 {surely}–{possibly} 个）。",
            $"the 说明 states {stated.Value} project(s) graded {name}; {printed} table(s) have a total in that band (rounding allows {surely}–{possibly})."));
    }

    private static int Rank(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Consistent => 0,
        CheckOutcome.WithinRounding => 1,
        CheckOutcome.Truncated => 2,
        _ => 3,
    };

    private static CurrencyUnit Unit(string unit) => unit == "元" ? CurrencyUnit.Yuan : CurrencyUnit.WanYuan;
}
