using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A breakdown of a count (共有车辆8辆，其中：…用车…辆; 共5个项目，其中…) adds up to it exactly when it is complete (其中, 一是…
/// 二是…), and to at most it when it is partial (主要包括…等). Money breakdowns are FA1010/FA1011's; a breakdown mixing
/// units, or with a part given only in words, is not a count breakdown and is left alone.
/// </summary>
internal sealed class CountBreakdownRule : IReportRule
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
        var report = context.Report;
        foreach (var statement in report.Statements)
        {
            foreach (var explanation in statement.Explanations.Where(e => e.IsPartial == _partial))
            {
                var parts = new List<StatedFigure>();
                var counts = true;
                foreach (var part in explanation.Parts)
                {
                    var figure = part.Figure ?? (part.Reference is FigureKey key ? FigureLookup.Near(report, key, part.ReferenceId) : null);
                    if (figure != null && figure.IsCount) parts.Add(figure);
                    else counts = false;
                }
                if (parts.Count == 0 || !counts) continue;
                var unit = parts[0].Count.Unit;
                if (parts.Any(p => p.Count.Unit != unit)) continue;
                foreach (var explained in new[] { explanation.Explains }.Concat(explanation.AlsoExplains))
                {
                    var total = FigureLookup.Near(report, explained, statement.Id);
                    if (total == null || !total.IsCount || total.Count.Unit != unit) continue;
                    var relation = explanation.Marker.Length > 0 ? "“" + explanation.Marker + "”所列各项之和" : "所列各项之和";
                    context.CountSum(total, parts, _partial, relation, _partial ? "the sum of the parts listed (a partial list)" : "the sum of the parts listed");
                }
            }
        }
    }
}
