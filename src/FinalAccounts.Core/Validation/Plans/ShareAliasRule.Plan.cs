using FinalAccounts.Reports;
using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ShareAliasRule : IPlannedRule
{
    private static readonly PlanName s_planShare = new(ReportVocabulary.Share);

    // It starts from a 占比 that names its whole.
    public bool MayCheck(in ReportPresence presence) => presence.AnyShareOfNamedWhole && presence.StatesBasis(s_planShare);
}
