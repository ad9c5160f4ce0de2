using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A relation between counts the template makes the report state: total = Σ parts (绩效自评项目 = 优 + 良 + 合格 + 不合格),
/// or, with <c>atMost</c>, Σ parts ≤ total (已完成整改 + 正在整改 ≤ 发现问题; 团组 ≤ 人次, since every group sends at least
/// one person). Checked where the total and every part are stated as counts of one unit, on the total's basis and scope.
/// </summary>
internal sealed class CountRelationRule : IReportRule
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
        StatedFigure[]? found = null;
        foreach (var (totalConcept, partConcepts, atMost, relation, relationEn) in _relations)
        {
            // The figures of the total's concept, in printed order (the report's index: no pass over every figure).
            var totals = report.Index.WithConcept(totalConcept);
            for (var t = 0; t < totals.Count; t++)
            {
                var total = totals[t];
                if (!total.IsCount || FigureLookup.IsRepeat(report, total)) continue;
                found ??= new StatedFigure[partConcepts.Length];
                if (found.Length < partConcepts.Length) found = new StatedFigure[partConcepts.Length];
                var n = 0;
                for (; n < partConcepts.Length; n++)
                {
                    var key = total.Key.WithConcept(partConcepts[n]);
                    var part = FigureLookup.Near(report, key, total);
                    if (part == null || !part.IsCount || (!atMost && part.Count.Unit != total.Count.Unit)) break;
                    found[n] = part;
                }
                if (n != partConcepts.Length) continue;
                // The list is kept by a finding: its own copy.
                var parts = new StatedFigure[n];
                System.Array.Copy(found, parts, n);
                context.CountSum(total, parts, atMost, relation, relationEn);
            }
        }
    }
}
