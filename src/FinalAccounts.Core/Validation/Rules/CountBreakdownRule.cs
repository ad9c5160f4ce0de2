using System.Collections.Generic;
using FinalAccounts.Quantities;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A breakdown of a count (共有车辆8辆，其中：…用车…辆; 共5个项目，其中…) adds up to it exactly when it is complete (其中, 一是…
/// 二是…), and to at most it when it is partial (主要包括…等). Money breakdowns are FA1010/FA1011's; a breakdown mixing
/// units, or with a part given only in words, is not a count breakdown and is left alone.
/// </summary>
internal sealed partial class CountBreakdownRule : IReportRule
{
    private readonly bool _partial;

    public CountBreakdownRule(RuleDescriptor descriptor, bool partial)
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
            // Every part must be a count, all in one unit: a breakdown mixing units or words is not a count breakdown.
            if (breakdown.Parts.Count == 0 || breakdown.CountParts < breakdown.Parts.Count) continue;
            IReadOnlyList<StatedFigure> parts = breakdown.Parts!;
            var unit = parts[0].Count.Unit;
            if (!OneUnit(parts, unit)) continue;
            var totalCount = breakdown.TotalCount;
            for (var t = 0; t < totalCount; t++)
            {
                var total = breakdown.Total(t);
                if (!total.IsCount || total.Count.Unit != unit) continue;
                context.CountSum(total, parts, _partial, breakdown.Relation, _partial ? "the sum of the parts listed (a partial list)" : "the sum of the parts listed");
            }
        }
    }

    // A loop rather than Any: a lambda capturing the unit allocates for every breakdown of counts.
    private static bool OneUnit(IReadOnlyList<StatedFigure> parts, CountUnit unit)
    {
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].Count.Unit != unit) return false;
        }
        return true;
    }
}
