using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class UnitSlipRule : IPlannedRule
{
    // As FA1030: a figure is compared only with the first statement of its key, which is itself unless a key is stated twice.
    public bool MayCheck(in ReportPresence presence) => presence.StatesAKeyTwice;
}
