using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class CountBreakdownRule : IPlannedRule
{
    // A breakdown of its kind whose every part is a count: none without such a breakdown and some count figure (a part is
    // a figure the statement states, or one of the report's figures it refers to).
    public bool MayCheck(in ReportPresence presence) => presence.AnyBreakdown(_partial) && presence.AnyCount;
}
