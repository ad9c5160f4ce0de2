using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class UnsignedDifferenceRule : IPlannedRule
{
    private static PlanName[]? s_planned;

    // Every check starts from a difference stated on one of its bases.
    public bool MayCheck(in ReportPresence presence) => presence.StatesAnyBasis(s_planned ??= PlanName.Of(s_bases));
}
