using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class AgreementRule : IPlannedRule
{
    // Each figure is compared with an earlier statement of its key: when no key is stated twice, every figure's first
    // statement is itself and nothing is compared.
    public bool MayCheck(in ReportPresence presence) => presence.StatesAKeyTwice;
}
