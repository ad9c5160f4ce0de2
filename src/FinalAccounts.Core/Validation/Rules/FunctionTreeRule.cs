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
        CheckTree(context);
        CheckTableTotals(context);
    }

    /// <summary>In each table, the total row (no code) = Σ the 类 rows, per concept, basis and scope.</summary>
    private static void CheckTableTotals(RuleContext context)
    {
        foreach (var table in context.Report.Tables)
        {
            foreach (var dims in table.Cells.Where(c => c.IsMoney).GroupBy(c => (c.Key.Concept, c.Key.Basis, c.Key.Scope, c.Key.Item)))
            {
                var classes = dims.Where(c => c.Function is FunctionCode f && f.Level == ClassificationLevel.Class).ToList();
                var total = dims.FirstOrDefault(c => c.Key.FunctionPath.Length == 0);
                if (classes.Count == 0 || total == null) continue;
                context.Sum(total, classes.Select(c => (c, 1)).ToList(), table.Title + " 各类之和", "the sum of the classes in " + table.Id);
            }
        }
    }

    private static void CheckTree(RuleContext context)
    {
        var groups = new Dictionary<(string, string, string, string), SortedDictionary<FunctionCode, StatedFigure>>();
        foreach (var f in context.Report.Figures)
        {
            if (!f.IsMoney || f.Function is not FunctionCode code) continue;
            var dims = (f.Key.Concept, f.Key.Basis, f.Key.Scope, f.Key.Item);
            if (!groups.TryGetValue(dims, out var byCode)) groups.Add(dims, byCode = new SortedDictionary<FunctionCode, StatedFigure>());
            // One figure per code: the first place it is stated (agreement between places is FA1030's job).
            if (!byCode.ContainsKey(code)) byCode.Add(code, f);
        }
        foreach (var byCode in groups.Values)
        {
            var children = new Dictionary<FunctionCode, List<StatedFigure>>();
            foreach (var pair in byCode)
            {
                if (NearestStatedAncestor(pair.Key, byCode) is not FunctionCode parent) continue;
                if (!children.TryGetValue(parent, out var list)) children.Add(parent, list = new List<StatedFigure>());
                list.Add(pair.Value);
            }
            foreach (var pair in children.OrderBy(p => p.Key))
            {
                context.Sum(byCode[pair.Key], pair.Value.Select(c => (c, 1)).ToList(), pair.Key.Code + " 下级科目之和", "the sum of the codes below " + pair.Key.Code);
            }
        }
    }

    private static FunctionCode? NearestStatedAncestor(FunctionCode code, SortedDictionary<FunctionCode, StatedFigure> stated)
    {
        for (var p = code.Parent; p is FunctionCode parent; p = parent.Parent)
        {
            if (stated.ContainsKey(parent)) return parent;
        }
        return null;
    }
}
