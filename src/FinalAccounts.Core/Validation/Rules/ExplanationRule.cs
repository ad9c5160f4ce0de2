using System.Linq;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The parts of a breakdown add up to the figure it explains: exactly for a complete one (其中, 一是…二是…), at most for
/// a partial one (主要包括…等). A complete breakdown with a part given only in words cannot be checked.
/// </summary>
internal sealed class ExplanationRule : IReportRule
{
    private readonly bool _partial;

    public ExplanationRule(RuleDescriptor descriptor, bool partial)
    {
        Descriptor = descriptor;
        _partial = partial;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var breakdown in Breakdown.In(context.Report, _partial))
        {
            var parts = breakdown.Parts.Where(p => p != null && p.IsMoney).Select(p => p!).ToList();
            // A part given only in words leaves a complete breakdown's sum unknown; a partial list's known parts still bound it.
            bool wordsOnly = parts.Count < breakdown.Parts.Count;
            if (parts.Count == 0 || (wordsOnly && !_partial)) continue;
            foreach (var total in breakdown.Totals().Where(t => t.IsMoney))
            {
                if (_partial) context.PartialSum(total, parts, breakdown.Relation, "the sum of the parts listed");
                else context.Sum(total, parts.Select(p => (p, 1)).ToList(), breakdown.Relation, "the sum of the parts listed");
            }
        }
    }
}
