using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class RateRule : IPlannedRule
{
    private PlanName? _rateBasis;

    // Every case starts from a rate stated on the rule's basis; a share (no denominator basis) also needs the whole it
    // names, so a report without a share of a named whole has none. FA1027 judges only these cases (ZeroBaseRateRule's plan).
    public bool MayCheck(in ReportPresence presence)
        => presence.StatesBasis(_rateBasis ??= new PlanName(_basis)) && (_denominator.Length != 0 || presence.AnyShareOfNamedWhole);
}
