using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;

namespace FinalAccounts.Validation;

/// <summary>
/// Checks two reports of one unit against each other (issue 18.4): the later year's 预算 states its change against last
/// year's budget (比2024年预算增加 …), which the earlier 预算 determines (FA1210, FA1211); a 决算 restates the 年初预算 its
/// year's 预算 published (FA1212); the later 决算 restates last year's 决算 as 上年决算 and its changes (FA1213, FA1214). Units are matched by name and level (部门/单位), never guessed: a pair of different
/// units, or of kinds and years no cross rule relates, runs no check and says why (<see cref="CheckReport.RulesNotRun"/>).
/// Figures are compared by key (concept, scope, 功能分类 path) and as intervals at the precision each report prints, so
/// a 元 table against a 万元 sentence is never an error when rounding explains it.
/// </summary>
public static class CrossChecker
{
    private static readonly ReportKind[] s_either = { ReportKind.FinalAccounts, ReportKind.Budget };

    /// <summary>FA1210: the later 预算's 较上年预算增减 = its 预算 − the earlier 预算's.</summary>
    public static RuleDescriptor PreviousBudgetChange { get; } = new("FA1210", "较上年预算增减与上年预算报告一致", "the change against last year's budget agrees with last year's budget report",
        "across two 预算 of one unit, years N−1 and N: 较上年预算增减 (N) = 预算 (N) − 预算 (N−1), same key", RuleKind.Identity, Severity.Error, s_either);

    /// <summary>FA1211: the later 预算's 上年预算, where stated, = the earlier 预算's 预算.</summary>
    public static RuleDescriptor PreviousBudget { get; } = new("FA1211", "上年预算数与上年预算报告一致", "last year's budget as restated agrees with last year's budget report",
        "across two 预算 of one unit, years N−1 and N: 上年预算 (N) = 预算 (N−1), same key", RuleKind.Agreement, Severity.Error, s_either);

    /// <summary>FA1212: a 决算's 年初预算 = the 预算 of the same year and unit.</summary>
    public static RuleDescriptor InitialBudget { get; } = new("FA1212", "决算的年初预算数与当年预算报告一致", "a 决算's initial budget agrees with that year's budget report",
        "a 决算 and the 预算 of the same year and unit: 年初预算 (决算) = 预算 (预算), same key", RuleKind.Agreement, Severity.Error, s_either);

    /// <summary>FA1213: the later 决算's 上年决算 = the earlier 决算's 决算.</summary>
    public static RuleDescriptor PreviousActual { get; } = new("FA1213", "上年决算数与上年决算报告一致", "last year's actual as restated agrees with last year's final accounts",
        "across two 决算 of one unit, years N−1 and N: 上年决算 (N) = 决算 (N−1), same key, table by table and in the 说明", RuleKind.Agreement, Severity.Error, s_either);

    /// <summary>FA1214: the later 决算's 较上年决算增减 (and its rate) follow from the earlier 决算's 决算.</summary>
    public static RuleDescriptor PreviousActualChange { get; } = new("FA1214", "较上年决算增减与上年决算报告一致", "the change against last year's actual agrees with last year's final accounts",
        "across two 决算 of one unit, years N−1 and N: 较上年决算增减 (N) = 决算 (N) − 决算 (N−1), and 较上年决算增减率 = that change ÷ 决算 (N−1), same key", RuleKind.Identity, Severity.Error, s_either);

    /// <summary>FA1215: a 决算's 项目支出绩效自评表 evaluates the targets its year's 预算 set in the project's 绩效目标表.</summary>
    public static RuleDescriptor EvaluatedTargets { get; } = new("FA1215", "自评表的指标与绩效目标表一致", "a self-evaluation's indicators agree with the targets it evaluates",
        "a 决算's 项目支出绩效自评表 and the same year's 预算 绩效目标表 of the same project (name without spaces): the same 三级指标, each with the same 指标值 (年度指标值 = 目标值: direction, number and unit, or the same words) and, where both print one, the same 分值 within rounding (warning: a target may have been adjusted during the year)",
        RuleKind.Agreement, Severity.Warning, s_either);

    /// <summary>The cross-document rules.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = new[] { PreviousBudgetChange, PreviousBudget, InitialBudget, PreviousActual, PreviousActualChange, EvaluatedTargets };

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are one unit (name without spaces, level 部门/单位) and of
    /// kinds and years a cross rule relates: 预算 N and 决算 N, 预算 N and 预算 N+1, 决算 N and 决算 N+1 (either order).
    /// </summary>
    public static bool Relates(ReportInfo a, ReportInfo b)
    {
        if (a == null) throw new ArgumentNullException(nameof(a));
        if (b == null) throw new ArgumentNullException(nameof(b));
        return SameUnit(a, b) && RelationOf(a, b) != Relation.None;
    }

    /// <summary>
    /// Checks <paramref name="first"/> and <paramref name="second"/> (in either order) against each other. The result's
    /// report is the one whose figures are judged (the later 预算 or 决算, or the 决算 of a 预算/决算 pair); findings name
    /// figures of both.
    /// </summary>
    public static CheckReport Check(FinalAccountsReport first, FinalAccountsReport second)
    {
        if (first == null) throw new ArgumentNullException(nameof(first));
        if (second == null) throw new ArgumentNullException(nameof(second));
        var findings = new List<Finding>();
        var run = new List<RuleDescriptor>();
        var notRun = new List<RuleNotRun>();
        var (a, b) = (first.Info, second.Info);
        if (!SameUnit(a, b))
        {
            var reason = "两份报告不是同一单位，未作跨报告核对：" + Describe(a) + " / " + Describe(b) + " (not the same unit and level: no cross check)";
            return new CheckReport(second, findings, 0, run, Rules.Select(r => new RuleNotRun(r, reason)).ToList());
        }
        var relation = RelationOf(a, b);
        if (relation == Relation.None)
        {
            var reason = "两份报告的类型与年度没有可核对的关系：" + Describe(a) + " / " + Describe(b)
                + " (a 预算 and the 决算 of its year, or two 预算 or two 决算 of consecutive years, are needed)";
            return new CheckReport(second, findings, 0, run, Rules.Select(r => new RuleNotRun(r, reason)).ToList());
        }
        var checks = 0;
        FinalAccountsReport judged;
        IReadOnlyList<RuleDescriptor> applied;
        if (relation == Relation.BudgetAndFinal)
        {
            var (budget, final) = a.Kind == ReportKind.Budget ? (first, second) : (second, first);
            judged = final;
            var context = new RuleContext(final, findings, InitialBudget);
            Restated(context, budget, final, ReportVocabulary.InitialBudget, ReportVocabulary.Budget, "当年预算报告所列预算数", "that year's budget report");
            Record(context, InitialBudget, run, notRun, ref checks);
            context.Begin(EvaluatedTargets);
            TargetChecks.Check(context, budget, final);
            Record(context, EvaluatedTargets, run, notRun, ref checks);
            applied = new[] { InitialBudget, EvaluatedTargets };
        }
        else
        {
            var (earlier, later) = a.Year < b.Year ? (first, second) : (second, first);
            judged = later;
            var budgets = relation == Relation.BudgetYears;
            var (change, restated) = budgets ? (PreviousBudgetChange, PreviousBudget) : (PreviousActualChange, PreviousActual);
            var own = budgets ? ReportVocabulary.Budget : ReportVocabulary.Actual;
            var context = new RuleContext(later, findings, change);
            Changes(context, earlier, later, budgets ? ReportVocabulary.ChangeFromPreviousBudget : ReportVocabulary.ChangeFromPrevious,
                budgets ? ReportVocabulary.ChangeFromPreviousBudgetRate : ReportVocabulary.ChangeFromPreviousRate, own);
            Record(context, change, run, notRun, ref checks);
            context.Begin(restated);
            Restated(context, earlier, later, budgets ? ReportVocabulary.PreviousBudget : ReportVocabulary.PreviousActual, own,
                budgets ? "上年预算报告所列预算" : "上年决算报告所列决算", budgets ? "last year's budget report" : "last year's final accounts");
            Record(context, restated, run, notRun, ref checks);
            applied = new[] { change, restated };
        }
        var other = "这两份报告" + (relation == Relation.BudgetAndFinal ? "是同年的预算和决算" : relation == Relation.BudgetYears ? "是相邻两年的预算" : "是相邻两年的决算")
            + "，此规则不适用 (the rule does not relate this pair)";
        notRun.AddRange(Rules.Where(r => !applied.Contains(r)).Select(r => new RuleNotRun(r, other)));
        return new CheckReport(judged, findings, checks, run, notRun.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToList());
    }

    private enum Relation
    {
        None,
        BudgetYears,
        FinalYears,
        BudgetAndFinal,
    }

    private static Relation RelationOf(ReportInfo a, ReportInfo b)
    {
        if (a.Kind != b.Kind) return a.Year == b.Year ? Relation.BudgetAndFinal : Relation.None;
        if (Math.Abs(a.Year - b.Year) != 1) return Relation.None;
        return a.Kind == ReportKind.Budget ? Relation.BudgetYears : Relation.FinalYears;
    }

    /// <summary>Same unit: the names equal once spaces are dropped, and the same level (部门 or 单位).</summary>
    private static bool SameUnit(ReportInfo a, ReportInfo b)
        => string.Equals(Squash(a.UnitName), Squash(b.UnitName), StringComparison.Ordinal) && string.Equals(a.Level, b.Level, StringComparison.Ordinal);

    internal static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    internal static string Describe(ReportInfo info) => info.UnitName + (info.Level.Length > 0 ? "（" + info.Level + "）" : string.Empty) + info.Year + "年" + (info.Kind == ReportKind.Budget ? "预算" : "决算");

    private static void Record(RuleContext context, RuleDescriptor rule, List<RuleDescriptor> run, List<RuleNotRun> notRun, ref int checks)
    {
        checks += context.ChecksRun;
        if (context.ChecksRun > 0) run.Add(rule);
        else notRun.Add(new RuleNotRun(rule, "两份报告没有同一数字可供核对 (the two reports state no figure this rule relates)"));
    }

    /// <summary>The earlier report's own figure for <paramref name="key"/>: a table cell first (printed most precisely), else the first statement.</summary>
    private static StatedFigure? Own(FinalAccountsReport report, FigureKey key)
    {
        var all = report.Find(key).Where(f => f.IsMoney).ToList();
        return all.FirstOrDefault(f => f.Location.Row.Length > 0) ?? all.FirstOrDefault();
    }

    /// <summary>
    /// The later report's changes against last year (<paramref name="changeBasis"/>, and the rate <paramref name="rateBasis"/>)
    /// recomputed from its own figure on <paramref name="own"/> and the earlier report's figure of the same key.
    /// </summary>
    private static void Changes(RuleContext context, FinalAccountsReport earlier, FinalAccountsReport later, string changeBasis, string rateBasis, string own)
    {
        var relation = later.Info.Year + "年" + own + " − " + earlier.Info.Year + "年" + (own == ReportVocabulary.Budget ? "预算报告所列预算" : "决算报告所列决算");
        const string RelationEn = "this year's figure − last year's report";
        // The unit's own figures: a region-wide summary (a statement's coverage) is never compared across reports.
        foreach (var change in later.UnitView.Figures.Where(f => (f.Key.Basis == changeBasis && f.IsMoney) || (f.Key.Basis == rateBasis && f.IsPercentage)).ToList())
        {
            if (FigureLookup.IsRepeat(later, change)) continue;
            var current = FigureLookup.Near(later, change.Key.WithBasis(own), change);
            var previous = Own(earlier, change.Key.WithBasis(own));
            if (current == null || previous == null || !current.IsMoney) continue;
            if (change.IsPercentage) context.ChangeRate(change, current, previous, "(" + relation + ") ÷ " + earlier.Info.Year + "年报告所列数", "(" + RelationEn + ") ÷ last year's report");
            else context.Sum(change, new[] { (current, 1), (previous, -1) }, relation, RelationEn);
        }
    }

    private static void Restated(RuleContext context, FinalAccountsReport source, FinalAccountsReport judged, string basis, string sourceBasis, string relation, string relationEn)
    {
        foreach (var restated in judged.UnitView.Figures.Where(f => f.Key.Basis == basis && f.IsMoney).ToList())
        {
            if (FigureLookup.IsRepeat(judged, restated)) continue;
            var original = Own(source, restated.Key.WithBasis(sourceBasis));
            if (original == null) continue;
            context.Sum(restated, new[] { (original, 1) }, source.Info.Year + "年" + relation, relationEn);
        }
    }
}
