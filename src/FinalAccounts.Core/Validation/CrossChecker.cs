using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;

namespace FinalAccounts.Validation;

/// <summary>
/// Checks two reports of one unit against each other (issue 18.4): the later year's 预算 states its change against last
/// year's budget (比2024年预算增加 …), which the earlier 预算 determines (FA1210, FA1211); a 决算 restates the 年初预算 its
/// year's 预算 published (FA1212). Units are matched by name and level (部门/单位), never guessed: a pair of different
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

    /// <summary>The cross-document rules.</summary>
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = new[] { PreviousBudgetChange, PreviousBudget, InitialBudget };

    /// <summary>
    /// Checks <paramref name="first"/> and <paramref name="second"/> (in either order) against each other. The result's
    /// report is the one whose figures are judged (the later 预算, or the 决算); findings name figures of both.
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
        FinalAccountsReport? judged = null;
        var checks = 0;
        if (a.Kind == ReportKind.Budget && b.Kind == ReportKind.Budget && Math.Abs(a.Year - b.Year) == 1)
        {
            var (earlier, later) = a.Year < b.Year ? (first, second) : (second, first);
            judged = later;
            var context = new RuleContext(later, findings, PreviousBudgetChange);
            Changes(context, earlier, later);
            Record(context, PreviousBudgetChange, run, notRun, ref checks);
            context.Begin(PreviousBudget);
            Restated(context, earlier, later, ReportVocabulary.PreviousBudget, "上年预算报告所列预算", "last year's budget report");
            Record(context, PreviousBudget, run, notRun, ref checks);
            notRun.Add(new RuleNotRun(InitialBudget, "两份都是预算，无决算 (two 预算, no 决算)"));
        }
        else if (a.Kind != b.Kind && a.Year == b.Year)
        {
            var (budget, final) = a.Kind == ReportKind.Budget ? (first, second) : (second, first);
            judged = final;
            var context = new RuleContext(final, findings, InitialBudget);
            Restated(context, budget, final, ReportVocabulary.InitialBudget, "当年预算报告所列预算数", "that year's budget report");
            notRun.Add(new RuleNotRun(PreviousBudgetChange, "不是相邻两年的预算 (not two 预算 of consecutive years)"));
            notRun.Add(new RuleNotRun(PreviousBudget, "不是相邻两年的预算 (not two 预算 of consecutive years)"));
            Record(context, InitialBudget, run, notRun, ref checks);
        }
        else
        {
            var reason = "两份报告的类型与年度没有可核对的关系：" + Describe(a) + " / " + Describe(b) + " (two 预算 of consecutive years, or a 决算 and the 预算 of its year, are needed)";
            return new CheckReport(second, findings, 0, run, Rules.Select(r => new RuleNotRun(r, reason)).ToList());
        }
        return new CheckReport(judged, findings, checks, run, notRun.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>Same unit: the names equal once spaces are dropped, and the same level (部门 or 单位).</summary>
    private static bool SameUnit(ReportInfo a, ReportInfo b)
        => string.Equals(Squash(a.UnitName), Squash(b.UnitName), StringComparison.Ordinal) && string.Equals(a.Level, b.Level, StringComparison.Ordinal);

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Describe(ReportInfo info) => info.UnitName + "（" + info.Level + "）" + info.Year + "年" + (info.Kind == ReportKind.Budget ? "预算" : "决算");

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

    private static void Changes(RuleContext context, FinalAccountsReport earlier, FinalAccountsReport later)
    {
        foreach (var change in later.Figures.Where(f => f.Key.Basis == ReportVocabulary.ChangeFromPreviousBudget && f.IsMoney).ToList())
        {
            if (FigureLookup.IsRepeat(later, change)) continue;
            var current = FigureLookup.Near(later, change.Key.WithBasis(ReportVocabulary.Budget), change);
            var previous = Own(earlier, change.Key.WithBasis(ReportVocabulary.Budget));
            if (current == null || previous == null || !current.IsMoney) continue;
            context.Sum(change, new[] { (current, 1), (previous, -1) },
                later.Info.Year + "年预算 − " + earlier.Info.Year + "年预算报告所列预算", "this year's budget − last year's budget report");
        }
    }

    private static void Restated(RuleContext context, FinalAccountsReport source, FinalAccountsReport judged, string basis, string relation, string relationEn)
    {
        foreach (var restated in judged.Figures.Where(f => f.Key.Basis == basis && f.IsMoney).ToList())
        {
            if (FigureLookup.IsRepeat(judged, restated)) continue;
            var original = Own(source, restated.Key.WithBasis(ReportVocabulary.Budget));
            if (original == null) continue;
            context.Sum(restated, new[] { (original, 1) }, source.Info.Year + "年" + relation, relationEn);
        }
    }
}
