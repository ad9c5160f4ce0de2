using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class CountRelationRule : IPlannedRule
{
    private PlanName[]? _totals;

    // A check starts from a count whose concept is one of the relations' totals.
    public bool MayCheck(in ReportPresence presence)
    {
        // The names first, count or not: ReportChecker numbers every plan's names before it indexes a report.
        if (_totals == null)
        {
            var totals = new PlanName[_relations.Length];
            for (var i = 0; i < totals.Length; i++) totals[i] = new PlanName(_relations[i].Total);
            _totals = totals;
        }
        if (!presence.AnyCount) return false;
        for (var i = 0; i < _totals.Length; i++)
        {
            if (presence.StatesConcept(_totals[i])) return true;
        }
        return false;
    }
}
