using System;
using System.Collections.Generic;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation.Plans;

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
    public static CheckReport Check(FinalAccountsReport report, IEnumerable<IReportRule> rules, ScoringPolicy? policy) => Check(report, rules, policy, plans: true);

    /// <summary>
    /// <see cref="Check(FinalAccountsReport, IEnumerable{IReportRule}, ScoringPolicy?)"/>, skipping the built-in rules whose
    /// plan (<see cref="IPlannedRule"/>) says the report gives them nothing to check when <paramref name="plans"/> is true: the
    /// outcome is the same either way (PlanProperties), only cheaper.
    /// </summary>
    internal static CheckReport Check(FinalAccountsReport report, IEnumerable<IReportRule> rules, ScoringPolicy? policy, bool plans)
    {
        if (report == null) throw new ArgumentNullException(nameof(report));
        if (rules == null) throw new ArgumentNullException(nameof(rules));
        if (plans && !s_plansNamed) throw new InvalidOperationException("the plans' names are numbered before any report is checked");
        var run = new Run(report, policy);
        if (ReferenceEquals(rules, RuleCatalog.Rules))
        {
            // The catalogue's rules and descriptors never change: the outcome keeps one byte per rule and lists the rules
            // run and not run only when asked (a batch of reports mostly counts findings).
            var catalog = s_catalog;
            RuleOutcome[] outcomes;
            if (plans && report.Coverages.Count == 0)
            {
                // What the plans say of a report is noted on its first check (CatalogPlan): a later check runs only the rules
                // they let run. With region-wide statements, each plan is asked of the unit and of every coverage, as below.
                var plan = report.CatalogPlanOf(s_planCatalog);
                outcomes = plan.Outcomes();
                var toRun = plan.ToRun;
                for (var k = 0; k < toRun.Length; k++)
                {
                    var i = toRun[k];
                    outcomes[i] = run.Apply(catalog[i].Rule, catalog[i].Descriptor, null);
                }
            }
            else
            {
                outcomes = new RuleOutcome[catalog.Length];
                for (var i = 0; i < catalog.Length; i++) outcomes[i] = run.Apply(catalog[i].Rule, catalog[i].Descriptor, plans ? catalog[i].Planned : null);
            }
            return new CheckReport(report, run.Findings(report), run.TotalChecks(), s_catalogDescriptors, outcomes, report.Info.Kind);
        }
        var count = rules is IReadOnlyCollection<IReportRule> collection ? collection.Count : 0;
        var rulesRun = new List<RuleDescriptor>(count);
        var notRun = new List<RuleNotRun>(count);
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            switch (run.Apply(rule, descriptor, plans ? rule as IPlannedRule : null))
            {
                case RuleOutcome.Run:
                    rulesRun.Add(descriptor);
                    break;
                case RuleOutcome.NothingStated:
                    notRun.Add(descriptor.NothingStated);
                    break;
                default:
                    notRun.Add(descriptor.NotFor(report.Info.Kind));
                    break;
            }
        }
        return new CheckReport(report, run.Findings(report), run.TotalChecks(), rulesRun, notRun);
    }

    // Each catalogue rule with its descriptor and its plan, if it has one: found once here, not by a type test per rule on
    // every check (a batch of small reports asks some 60 plans per report).
    private static readonly (IReportRule Rule, RuleDescriptor Descriptor, IPlannedRule? Planned)[] s_catalog = Catalog();
    private static readonly RuleDescriptor[] s_catalogDescriptors = Array.ConvertAll(s_catalog, r => r.Descriptor);

    private static (IReportRule, RuleDescriptor, IPlannedRule?)[] Catalog()
    {
        var rules = RuleCatalog.Rules;
        var catalog = new (IReportRule, RuleDescriptor, IPlannedRule?)[rules.Count];
        for (var i = 0; i < catalog.Length; i++) catalog[i] = (rules[i], rules[i].Descriptor, rules[i] as IPlannedRule);
        return catalog;
    }

    private static readonly Func<FinalAccountsReport, CatalogPlan> s_planCatalog = PlanCatalog;

    /// <summary>
    /// What each catalogue rule's plan says of <paramref name="report"/>, a report without coverages (so its own unit): not for
    /// its kind, nothing stated (the plan fails), or to run — exactly what <see cref="Run.Apply"/> decides before it runs a rule.
    /// </summary>
    private static CatalogPlan PlanCatalog(FinalAccountsReport report)
    {
        var catalog = s_catalog;
        var kind = report.Info.Kind;
        var presence = new ReportPresence(report.UnitView);
        var outcomes = new RuleOutcome[catalog.Length];
        // The indexes on the stack, then an array of the rules to run only: a report keeps only what it needs.
        Span<int> toRun = stackalloc int[catalog.Length];
        var n = 0;
        for (var i = 0; i < catalog.Length; i++)
        {
            var (_, descriptor, planned) = catalog[i];
            if (!descriptor.AppliesTo(kind)) outcomes[i] = RuleOutcome.NotForKind;
            else if (planned != null && !planned.MayCheck(presence)) outcomes[i] = RuleOutcome.NothingStated;
            else toRun[n++] = i;
        }
        return new CatalogPlan(outcomes, toRun.Slice(0, n).ToArray());
    }

    // Every plan numbers its names on its first call: made here, on an empty report, before any report is indexed, so that
    // an index knows every name the plans ask about (an index made before a name was numbered answers "maybe" for it).
    private static readonly bool s_plansNamed = NamePlans();

    private static bool NamePlans()
    {
        var empty = new ReportPresence(new FinalAccountsReport(new ReportInfo(string.Empty, 0, string.Empty, string.Empty, ReportUnitKind.Administrative, Money.CurrencyUnit.WanYuan),
            Array.Empty<ReportTable>(), Array.Empty<Statement>()));
        foreach (var (_, _, planned) in s_catalog) planned?.MayCheck(empty);
        return true;
    }

    /// <summary>
    /// One check's state: the rules see the unit's own figures; each region-wide summary (a statement of wider coverage) is
    /// checked apart, its figures only among themselves, so a 全区 figure never meets the unit's table (issue 13.10).
    /// </summary>
    private struct Run
    {
        private readonly FinalAccountsReport _unit;
        private readonly IReadOnlyList<FinalAccountsReport> _coverages;
        private readonly ReportKind _kind;
        private readonly ScoringPolicy? _policy;
        private List<Finding>? _findings;
        private RuleContext? _context;
        private RuleContext?[]? _contexts;
        private ReportPresence? _presence;
        private ReportPresence?[]? _coveragePresences;

        public Run(FinalAccountsReport report, ScoringPolicy? policy)
        {
            _unit = report.UnitView;
            _coverages = report.Coverages;
            _kind = report.Info.Kind;
            _policy = policy;
            _findings = null;
            _context = null;
            _contexts = null;
            _presence = null;
            _coveragePresences = null;
        }

        /// <summary>
        /// Runs <paramref name="rule"/> on the unit (and on each coverage if it compares figures), unless it does not apply or
        /// its plan <paramref name="planned"/> (the rule itself, or null to run it without one) says it would find nothing.
        /// </summary>
        public RuleOutcome Apply(IReportRule rule, RuleDescriptor descriptor, IPlannedRule? planned)
        {
            if (!descriptor.AppliesTo(_kind)) return RuleOutcome.NotForKind;
            var checks = 0;
            if (planned == null || planned.MayCheck(_presence ??= new ReportPresence(_unit)))
            {
                _findings ??= new List<Finding>();
                _context ??= new RuleContext(_unit, _findings, descriptor, _policy);
                _context.Begin(descriptor);
                rule.Check(_context);
                checks = _context.ChecksRun;
            }
            if (_coverages.Count > 0 && ComparesFigures(descriptor))
            {
                _contexts ??= new RuleContext?[_coverages.Count];
                _coveragePresences ??= planned == null ? null : new ReportPresence?[_coverages.Count];
                for (var c = 0; c < _contexts.Length; c++)
                {
                    if (planned != null && !planned.MayCheck(_coveragePresences![c] ??= new ReportPresence(_coverages[c]))) continue;
                    _findings ??= new List<Finding>();
                    var covered = _contexts[c] ??= new RuleContext(_coverages[c], _findings, descriptor, _policy);
                    covered.Begin(descriptor);
                    rule.Check(covered);
                    checks += covered.ChecksRun;
                }
            }
            return checks > 0 ? RuleOutcome.Run : RuleOutcome.NothingStated;
        }

        /// <summary>The findings in their documented order (none: a shared empty list).</summary>
        public readonly IReadOnlyList<Finding> Findings(FinalAccountsReport report)
        {
            if (_findings == null || _findings.Count == 0) return Array.Empty<Finding>();
            if (_findings.Count > 1) Sort(report, _findings);
            return _findings;
        }

        public readonly int TotalChecks()
        {
            var total = _context?.TotalChecks ?? 0;
            if (_contexts != null)
            {
                foreach (var covered in _contexts) total += covered?.TotalChecks ?? 0;
            }
            return total;
        }
    }

    /// <summary>
    /// Errors first, then in printed order, then by rule ID; findings equal in all three keep the order they were made in
    /// (a stable sort: the keys are computed once per finding and the index breaks ties).
    /// </summary>
    private static void Sort(FinalAccountsReport report, List<Finding> findings)
    {
        var keys = new (Severity Severity, int Position, string RuleId, int Index)[findings.Count];
        var positions = keys.Length <= 256 ? stackalloc int[keys.Length] : new int[keys.Length];
        FindingPositions.Fill(report, findings, positions);
        for (var i = 0; i < keys.Length; i++) keys[i] = (findings[i].Severity, positions[i], findings[i].RuleId, i);
        Array.Sort(keys, static (a, b) =>
        {
            var c = ((int)b.Severity).CompareTo((int)a.Severity);
            if (c == 0) c = a.Position.CompareTo(b.Position);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var unsorted = findings.ToArray();
        for (var i = 0; i < keys.Length; i++) findings[i] = unsorted[keys[i].Index];
    }

    /// <summary>
    /// A region-wide summary is checked by the rules that compare its figures (sums, rates, shares, words against numbers);
    /// reviewer flags judge the unit's own report (its tables, the reasons and wording the template asks of the unit).
    /// </summary>
    private static bool ComparesFigures(RuleDescriptor descriptor) => descriptor.Kind is RuleKind.Identity or RuleKind.Agreement;
}
