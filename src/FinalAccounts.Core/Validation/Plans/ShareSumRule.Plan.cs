using FinalAccounts.Reports;
using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ShareSumRule : IPlannedRule
{
    private static readonly PlanName s_planShare = new(ReportVocabulary.Share);

    // It adds up shares (占比 percentages naming their whole) of one statement, two at least.
    public bool MayCheck(in ReportPresence presence) => presence.AnyShareOfNamedWhole && presence.StatesBasis(s_planShare);
}
