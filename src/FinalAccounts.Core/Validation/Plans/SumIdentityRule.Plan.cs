using System.Collections.Generic;
using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class SumIdentityRule : IPlannedRule
{
    private PlanName[]? _needs, _optional;

    // A check needs a total of its concept and, on the total's key, every required part: a required part whose concept
    // nobody states is never found (Near looks it up by key), so every total stops before its sum. A total outside a row
    // (a sentence's) needs its optional parts too: with no figure in a row, every part's concept must be stated.
    public bool MayCheck(in ReportPresence presence)
    {
        var needs = _needs ??= Needs(required: true);
        var optional = _optional ??= Needs(required: false);
        if (!StatesAll(presence, needs)) return false;
        return presence.AnyRowFigure || StatesAll(presence, optional);
    }

    private static bool StatesAll(in ReportPresence presence, PlanName[] concepts)
    {
        for (var i = 0; i < concepts.Length; i++)
        {
            if (!presence.StatesConcept(concepts[i])) return false;
        }
        return true;
    }

    // The total and the required parts, or the optional parts.
    private PlanName[] Needs(bool required)
    {
        var needs = new List<PlanName>();
        if (required) needs.Add(new PlanName(_total));
        foreach (var (concept, _, isRequired) in _parts)
        {
            if (isRequired == required) needs.Add(new PlanName(concept));
        }
        return needs.ToArray();
    }
}
