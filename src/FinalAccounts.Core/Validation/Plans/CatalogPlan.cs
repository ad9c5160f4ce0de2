using System;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Plans;

/// <summary>
/// What the catalogue's plans say of one report: the outcome of each rule the report gives nothing to check (not for its
/// kind, or its plan fails) and which rules are to run. Found on the report's first check and kept by it
/// (<see cref="FinalAccountsReport.CatalogPlanOf"/>): the plans ask only what the report states, which never changes, and
/// a batch of small reports asked some 60 plans on every check to run a handful of rules.
/// </summary>
internal sealed class CatalogPlan
{
    private readonly RuleOutcome[] _outcomes;

    /// <summary>
    /// <paramref name="outcomes"/>[i] is what became of catalogue rule i if it is not run; <paramref name="toRun"/> lists, in
    /// catalogue order, the rules whose plans let them run (their entry in <paramref name="outcomes"/> is overwritten by the run).
    /// </summary>
    public CatalogPlan(RuleOutcome[] outcomes, int[] toRun)
    {
        _outcomes = outcomes;
        ToRun = toRun;
    }

    /// <summary>The catalogue rules to run, by index, in catalogue order.</summary>
    public int[] ToRun { get; }

    /// <summary>A new copy of the outcomes, for one check to complete with the outcomes of <see cref="ToRun"/>.</summary>
    public RuleOutcome[] Outcomes()
    {
        var outcomes = new RuleOutcome[_outcomes.Length];
        Array.Copy(_outcomes, outcomes, outcomes.Length);
        return outcomes;
    }
}
