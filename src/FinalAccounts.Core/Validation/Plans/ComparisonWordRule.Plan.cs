using FinalAccounts.Validation.Plans;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ComparisonWordRule : IPlannedRule
{
    private static readonly PlanName s_planActual = new(Actual);
    private static readonly PlanName[] s_planBases = PlanName.Of(PreviousActual, FullYearBudget, InitialBudget);

    // A sentence is judged only with its pair: a 决算 money figure and the same key on 上年决算, 全年预算 or 年初预算.
    public bool MayCheck(in ReportPresence presence) => presence.StatesBasis(s_planActual) && presence.StatesAnyBasis(s_planBases);
}
