using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ExplanationRule : IPlannedRule
{
    // It checks only breakdowns of its own kind (complete, or partial), and every breakdown is a statement's explanation.
    public bool MayCheck(in ReportPresence presence) => presence.AnyBreakdown(_partial);
}
