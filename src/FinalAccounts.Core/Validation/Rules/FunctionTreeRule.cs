using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// 类 = Σ款 = Σ项: a figure stated for a 功能分类 类 or 款 equals the sum of the figures stated for the codes directly
/// below it (the nearest stated level), on the same concept, basis and scope.
/// </summary>
internal sealed class FunctionTreeRule : IReportRule
{
    public FunctionTreeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var coded = report.Figures
            .Where(f => f.IsMoney && f.Key.FunctionPath.Length > 0 && FunctionCode.TryParse(f.Code, out _))
            .GroupBy(f => (f.Key.Concept, f.Key.Basis, f.Key.Scope, f.Key.Item));
        foreach (var group in coded)
        {
            // One figure per code: the first place it is stated (agreement between places is FA1030's job).
            var byCode = new Dictionary<FunctionCode, StatedFigure>();
            foreach (var f in group)
            {
                var code = FunctionCode.Parse(f.Code);
                if (!byCode.ContainsKey(code)) byCode.Add(code, f);
            }
            foreach (var parent in byCode.Keys.Where(c => c.Level != ClassificationLevel.Item).OrderBy(c => c))
            {
                var children = byCode.Keys.Where(c => NearestStatedAncestor(c, byCode) == parent).OrderBy(c => c).ToList();
                if (children.Count == 0) continue;
                var total = byCode[parent];
                context.Sum(total, children.Select(c => (byCode[c], 1)).ToList(),
                    parent.DisplayName + " 下级科目（" + string.Join("、", children.Select(c => c.Code)) + "）之和",
                    "the sum of the codes below " + parent.Code);
            }
        }
    }

    private static FunctionCode? NearestStatedAncestor(FunctionCode code, Dictionary<FunctionCode, StatedFigure> stated)
    {
        for (var p = code.Parent; p is FunctionCode parent; p = parent.Parent)
        {
            if (stated.ContainsKey(parent)) return parent;
        }
        return null;
    }
}
