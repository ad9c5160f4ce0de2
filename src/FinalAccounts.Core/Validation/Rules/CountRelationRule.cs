using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A relation between counts the template makes the report state: total = Σ parts (绩效自评项目 = 优 + 良 + 合格 + 不合格),
/// or, with <c>atMost</c>, Σ parts ≤ total (已完成整改 + 正在整改 ≤ 发现问题; 团组 ≤ 人次, since every group sends at least
/// one person). Checked where the total and every part are stated as counts of one unit, on the total's basis and scope.
/// </summary>
internal sealed partial class CountRelationRule : IReportRule
{
    private readonly (string Total, string[] Parts, bool AtMost, string Relation, string RelationEn)[] _relations;

    public CountRelationRule(RuleDescriptor descriptor, params (string Total, string[] Parts, bool AtMost, string Relation, string RelationEn)[] relations)
    {
        Descriptor = descriptor;
        _relations = relations;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var (totalConcept, partConcepts, atMost, relation, relationEn) in _relations)
        {
            foreach (var total in report.Figures)
            {
                if (total.Key.Concept != totalConcept || !total.IsCount || FigureLookup.IsRepeat(report, total)) continue;
                var parts = new List<StatedFigure>();
                foreach (var concept in partConcepts)
                {
                    var key = total.Key.WithConcept(concept);
                    var part = FigureLookup.Near(report, key, total);
                    if (part == null || !part.IsCount || (!atMost && part.Count.Unit != total.Count.Unit)) break;
                    parts.Add(part);
                }
                if (parts.Count != partConcepts.Length) continue;
                context.CountSum(total, parts, atMost, relation, relationEn);
            }
        }
    }
}
