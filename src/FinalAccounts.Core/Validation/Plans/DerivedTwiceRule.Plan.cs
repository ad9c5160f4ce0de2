using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class DerivedTwiceRule : IPlannedRule
{
    private static PlanName[]? s_planBases;

    // A quantity comes from a figure on one of its bases; it is compared (and a check counted) only when two of its
    // determinations stand on figures of different statements or tables (AnyComparable): never when every figure of the
    // report stands in one place.
    public bool MayCheck(in ReportPresence presence)
    {
        var bases = s_planBases ??= Bases();
        return presence.StatesAnyBasis(bases) && presence.SpansTwoPlaces;
    }

    private static PlanName[] Bases()
    {
        var bases = new PlanName[s_budgetBases.Length + s_previousBases.Length];
        for (var i = 0; i < s_budgetBases.Length; i++) bases[i] = new PlanName(s_budgetBases[i]);
        for (var i = 0; i < s_previousBases.Length; i++) bases[s_budgetBases.Length + i] = new PlanName(s_previousBases[i]);
        return bases;
    }
}
