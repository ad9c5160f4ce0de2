using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

internal sealed partial class ChangeReasonRule : IPlannedRule
{
    private PlanName[]? _explained;

    // A change it asks a reason for is a statement's figure whose concept is in s_explained (a change) or s_againstBudget
    // (决算 against a budget): a report that states none of those concepts has no change to record. Small generated reports (本年支出合计 and its parts) state none, and the rule walked every statement's figures
    // twice, looking each concept up in a set.
    public bool MayCheck(in ReportPresence presence)
    {
        // The names first: ReportChecker numbers every plan's names before it indexes a report.
        if (_explained == null)
        {
            var explained = new PlanName[s_explained.Count + s_againstBudget.Count];
            var i = 0;
            foreach (var concept in s_explained) explained[i++] = new PlanName(concept);
            foreach (var concept in s_againstBudget) explained[i++] = new PlanName(concept);
            _explained = explained;
        }
        for (var i = 0; i < _explained.Length; i++)
        {
            if (presence.StatesConcept(_explained[i])) return true;
        }
        return false;
    }
}
