using System;
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
        // Which figures each sum relates depends on the report alone: found on its first check and kept (FigureIndex.Memo).
        var sums = context.Report.Index.Memo(this, static (rule, report) => rule.Sums(report));
        for (var i = 0; i < sums.Length; i++) context.Sum(sums[i].Total, sums[i].Parts, _relation, Descriptor.TitleEn);
    }

    /// <summary>
    /// Every total of the rule in <paramref name="report"/> with its parts, in the order the rule checks them: each money
    /// figure of the total's concept that repeats no earlier one, with the part of each concept stated nearest it; a total
    /// whose required part (or, in a sentence, any part) is not stated, or with no part at all, is left out.
    /// </summary>
    internal (StatedFigure Total, (StatedFigure Figure, int Weight)[] Parts)[] Sums(FinalAccountsReport report)
    {
        var totalList = report.Index.WithConcept(_total);
        List<(StatedFigure, (StatedFigure, int)[])>? sums = null;
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
            (sums ??= new List<(StatedFigure, (StatedFigure, int)[])>()).Add((total, parts.ToArray()));
        }
        return sums?.ToArray() ?? Array.Empty<(StatedFigure, (StatedFigure, int)[])>();
    }
}
