using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ProcurementSmeRule : IPlannedRule
{
    private static readonly PlanName s_planTotal = new("授予中小企业合同金额");

    // It starts from the stated amount awarded to SMEs (looked up by key) and returns without one.
    public bool MayCheck(in ReportPresence presence) => presence.StatesConcept(s_planTotal);
}
