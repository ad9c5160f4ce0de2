using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class CodeRowRule : IPlannedRule
{
    // It judges only figures that stand in a 功能分类 row (StatedFigure.Function).
    public bool MayCheck(in ReportPresence presence) => presence.AnyFunctionRow;
}
