using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// total = Σ parts on the same basis, scope and 功能分类 path, e.g. 基本支出 = 人员经费 + 公用经费. Optional parts the
/// report does not state count as 0 in a table (the template leaves zero cells blank) and stop the check in a
/// narrative (a sentence may simply not mention them).
/// </summary>
internal sealed partial class SumIdentityRule : IReportRule
{
    private readonly string _total;
    private readonly (string Concept, int Weight, bool Required)[] _parts;

    public SumIdentityRule(RuleDescriptor descriptor, string total, params (string Concept, int Weight, bool Required)[] parts)
    {
        Descriptor = descriptor;
        _total = total;
        _parts = parts;
        _relation = string.Join(" ", parts.Select((p, i) => (i == 0 ? (p.Weight < 0 ? "−" : string.Empty) : p.Weight < 0 ? "− " : "+ ") + p.Concept));
    }

    private readonly string _relation;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var totalList = report.Index.WithConcept(_total);
        // One list of parts for every total: Sum copies the parts it keeps for a finding.
        List<(StatedFigure, int)>? parts = null;
        for (var totalIndex = 0; totalIndex < totalList.Count; totalIndex++)
        {
            var total = totalList[totalIndex];
            if (!total.IsMoney || FigureLookup.IsRepeat(report, total)) continue;
            parts?.Clear();
            var complete = true;
            foreach (var (concept, weight, required) in _parts)
            {
                var key = total.Key.WithConcept(concept);
                var part = FigureLookup.Near(report, key, total);
                if (part != null && part.IsMoney) (parts ??= new List<(StatedFigure, int)>(_parts.Length)).Add((part, weight));
                else if (required || total.Location.Row.Length == 0)
                {
                    complete = false;
                    break;
                }
            }
            if (!complete || parts == null || parts.Count == 0) continue;
            context.Sum(total, parts, _relation, Descriptor.TitleEn);
        }
    }
}
