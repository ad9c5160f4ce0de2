using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

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
        var report = context.Report;
        foreach (var statement in report.Statements)
        {
            foreach (var explanation in statement.Explanations.Where(e => e.IsPartial == _partial))
            {
                var parts = new List<StatedFigure>();
                var wordsOnly = false;
                foreach (var part in explanation.Parts)
                {
                    var figure = part.Figure ?? (part.Reference is FigureKey key ? FigureLookup.Near(report, key, part.ReferenceId) : null);
                    if (figure != null && figure.IsMoney) parts.Add(figure);
                    else wordsOnly = true;
                }
                if (parts.Count == 0 || (wordsOnly && !_partial)) continue;
                foreach (var explained in new[] { explanation.Explains }.Concat(explanation.AlsoExplains))
                {
                    // The figure explained is the one its own statement states: with reference parts, parts[0] stands elsewhere.
                    var total = FigureLookup.Near(report, explained, statement.Id);
                    if (total == null || !total.IsMoney) continue;
                    var relation = explanation.Marker.Length > 0 ? "“" + explanation.Marker + "”所列各项之和" : "所列各项之和";
                    if (_partial) context.PartialSum(total, parts, relation, "the sum of the parts listed");
                    else context.Sum(total, parts.Select(p => (p, 1)).ToList(), relation, "the sum of the parts listed");
                }
            }
        }
    }
}
