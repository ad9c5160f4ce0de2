using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class DifferenceRule : IPlannedRule
{
    private PlanName[]? _bases;

    // A check needs a change stated on its basis and the base on the change's key (looked up by key).
    public bool MayCheck(in ReportPresence presence)
    {
        var bases = _bases ??= PlanName.Of(_changeBasis, _baseBasis);
        return presence.StatesBasis(bases[0]) && presence.StatesBasis(bases[1]);
    }
}
