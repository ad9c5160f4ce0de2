using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The parts of a breakdown add up to the figure it explains: exactly for a complete one (其中, 一是…二是…), at most for
/// a partial one (主要包括…等). A complete breakdown with a part given only in words cannot be checked.
/// </summary>
internal sealed partial class ExplanationRule : IReportRule
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
        var breakdowns = context.Breakdowns;
        for (var b = 0; b < breakdowns.Count; b++)
        {
            var breakdown = breakdowns[b];
            if (breakdown.IsPartial != _partial) continue;
            // A part given only in words leaves a complete breakdown's sum unknown; a partial list's known parts still bound it.
            bool wordsOnly = breakdown.MoneyParts < breakdown.Parts.Count;
            if (breakdown.MoneyParts == 0 || (wordsOnly && !_partial)) continue;
            IReadOnlyList<StatedFigure>? parts = null;
            var totalCount = breakdown.TotalCount;
            for (var t = 0; t < totalCount; t++)
            {
                var total = breakdown.Total(t);
                if (!total.IsMoney) continue;
                parts ??= wordsOnly ? breakdown.MoneyOnly! : (IReadOnlyList<StatedFigure>)breakdown.Parts!;
                // The relation's words are looked up only for a check that does not pass at once.
                if (_partial)
                {
                    if (!context.PartialSumPasses(total, parts)) context.PartialSum(total, parts, breakdown.Relation, "the sum of the parts listed");
                }
                else if (!context.SumPasses(total, parts)) context.SumOfParts(total, parts, breakdown.Relation, "the sum of the parts listed");
            }
        }
    }
}
