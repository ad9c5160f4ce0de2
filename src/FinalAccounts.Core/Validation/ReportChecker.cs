using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Validation;

/// <summary>Runs rules over a report and collects what they find.</summary>
public static class ReportChecker
{
    /// <summary>Checks <paramref name="report"/> with every built-in rule (<see cref="RuleCatalog.Rules"/>).</summary>
    public static CheckReport Check(FinalAccountsReport report) => Check(report, RuleCatalog.Rules);

    /// <summary>Checks <paramref name="report"/> with <paramref name="rules"/> (built-in ones, your own, or both).</summary>
    public static CheckReport Check(FinalAccountsReport report, IEnumerable<IReportRule> rules) => Check(report, rules, null);

    /// <summary>
    /// Checks <paramref name="report"/> with <paramref name="rules"/>, its 绩效自评表 under <paramref name="policy"/>
    /// (<see cref="RuleContext.Policy"/>; null: against every known policy). The FA2xxx rules are
    /// <see cref="EvaluationRules.Rules"/>; <see cref="EvaluationChecker.CheckAll"/> runs them after the report rules.
    /// </summary>
    public static CheckReport Check(FinalAccountsReport report, IEnumerable<IReportRule> rules, ScoringPolicy? policy)
    {
        if (report == null) throw new ArgumentNullException(nameof(report));
        if (rules == null) throw new ArgumentNullException(nameof(rules));
        var findings = new List<Finding>();
        var count = rules is IReadOnlyCollection<IReportRule> collection ? collection.Count : 0;
        var run = new List<RuleDescriptor>(count);
        var notRun = new List<RuleNotRun>(count);
        RuleContext? context = null;
        // The rules see the unit's own figures; each region-wide summary (a statement of wider coverage) is checked apart,
        // its figures only among themselves, so a 全区 figure never meets the unit's table (issue 13.10).
        var unit = report.UnitView;
        var coverages = report.Coverages;
        var contexts = coverages.Count == 0 ? null : new RuleContext?[coverages.Count];
        var kind = report.Info.Kind;
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            if (!descriptor.AppliesTo(kind))
            {
                notRun.Add(descriptor.NotFor(kind));
                continue;
            }
            context ??= new RuleContext(unit, findings, descriptor, policy);
            context.Begin(descriptor);
            rule.Check(context);
            var checks = context.ChecksRun;
            if (contexts != null && ComparesFigures(descriptor))
            {
                for (var c = 0; c < contexts.Length; c++)
                {
                    var covered = contexts[c] ??= new RuleContext(coverages[c], findings, descriptor, policy);
                    covered.Begin(descriptor);
                    rule.Check(covered);
                    checks += covered.ChecksRun;
                }
            }
            if (checks > 0) run.Add(descriptor);
            else notRun.Add(descriptor.NothingStated);
        }
        var sorted = findings.Count < 2 ? findings : findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => PositionOf(report, f.Stated))
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var total = context?.TotalChecks ?? 0;
        if (contexts != null)
        {
            foreach (var covered in contexts) total += covered?.TotalChecks ?? 0;
        }
        return new CheckReport(report, sorted, total, run, notRun);
    }

    /// <summary>
    /// A region-wide summary is checked by the rules that compare its figures (sums, rates, shares, words against numbers);
    /// reviewer flags judge the unit's own report (its tables, the reasons and wording the template asks of the unit).
    /// </summary>
    private static bool ComparesFigures(RuleDescriptor descriptor) => descriptor.Kind is RuleKind.Identity or RuleKind.Agreement;

    // Findings are few; a scan beats building an index of every figure on each check. A 绩效自评表's figures follow the
    // report's, table by table (located by the evaluation's id), so its findings come after the report's in printed order.
    private static int PositionOf(FinalAccountsReport report, StatedFigure figure)
    {
        var figures = report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            if (ReferenceEquals(figures[i], figure)) return i;
        }
        var evaluations = report.Evaluations;
        for (var e = 0; e < evaluations.Count; e++)
        {
            if (string.Equals(evaluations[e].Id, figure.Location.StatementId, StringComparison.Ordinal)) return figures.Count + e;
        }
        return int.MaxValue;
    }
}
