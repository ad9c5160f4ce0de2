using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ChangeReasonRule : IPlannedRule
{
    // The concepts the rule asks a reason for: a change of one of them (s_explained), or its 决算 against a budget (those of
    // s_againstBudget, all among them). Listed here by name rather than read from the rule's sets, so the plan does not
    // depend on how the rule tests membership; ChangeReasonPlanTests checks each name against the rule.
    private static readonly string[] s_planned =
    {
        "收入总计", "支出总计", "财政拨款收入支出总计", "一般公共预算财政拨款支出", "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "机关运行经费",
    };

    private PlanName[]? _planned;

    // A change it records is a statement's figure of one of those concepts: a report that states none of them has nothing to
    // record. Small generated reports (本年支出合计 and its parts) state none, and the rule walked every statement's
    // figures twice, looking each concept up in a set.
    public bool MayCheck(in ReportPresence presence)
    {
        // The names first: ReportChecker numbers every plan's names before it indexes a report.
        var planned = _planned ??= PlanName.Of(s_planned);
        for (var i = 0; i < planned.Length; i++)
        {
            if (presence.StatesConcept(planned[i])) return true;
        }
        return false;
    }
}
