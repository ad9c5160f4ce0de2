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
    /// <summary>The referenced figure in the statement the part names, else the first place the report states it.</summary>
    private static StatedFigure? Referenced(FinalAccountsReport report, FigureKey key, string statementId)
    {
        foreach (var candidate in report.Find(key))
        {
            if (candidate.Location.StatementId == statementId) return candidate;
        }
        return report.FindFirst(key);
    }

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
                    var figure = part.Figure ?? (part.Reference is FigureKey key ? Referenced(report, key, part.ReferenceId) : null);
                    if (figure != null && figure.IsMoney) parts.Add(figure);
                    else wordsOnly = true;
                }
                if (parts.Count == 0 || (wordsOnly && !_partial)) continue;
                foreach (var explained in new[] { explanation.Explains }.Concat(explanation.AlsoExplains))
                {
                    // The figure explained stands in the explanation's own statement; the parts may be elsewhere (ref parts).
                    var total = report.Find(explained).FirstOrDefault(f => f.Location.StatementId == statement.Id)
                        ?? FigureLookup.Near(report, explained, parts[0]);
                    if (total == null || !total.IsMoney) continue;
                    var relation = explanation.Marker.Length > 0 ? "“" + explanation.Marker + "”所列各项之和" : "所列各项之和";
                    if (_partial) context.PartialSum(total, parts, relation, "the sum of the parts listed");
                    else context.Sum(total, parts.Select(p => (p, 1)).ToList(), relation, "the sum of the parts listed");
                }
            }
        }
    }
}
