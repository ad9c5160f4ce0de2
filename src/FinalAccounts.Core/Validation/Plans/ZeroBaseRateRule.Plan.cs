using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ZeroBaseRateRule : IPlannedRule
{
    // It records only cases of its rates (RateCasesOf), and a rate rule has cases only where its own plan holds.
    public bool MayCheck(in ReportPresence presence)
    {
        for (var i = 0; i < _rates.Count; i++)
        {
            if (_rates[i].MayCheck(presence)) return true;
        }
        return false;
    }
}
