using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class FunctionTreeRule : IPlannedRule
{
    // The tree needs money figures in 功能分类 rows; a table's total row needs a table.
    public bool MayCheck(in ReportPresence presence) => presence.AnyFunctionRow || presence.HasTables;
}
