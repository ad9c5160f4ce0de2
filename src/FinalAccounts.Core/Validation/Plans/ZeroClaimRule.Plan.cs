using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ZeroClaimRule : IPlannedRule
{
    // Every check it runs is about a table's cells or titles: a report without tables gives it none.
    public bool MayCheck(in ReportPresence presence) => presence.HasTables;
}
