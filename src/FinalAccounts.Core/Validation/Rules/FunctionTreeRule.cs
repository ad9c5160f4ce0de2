using System.Collections.Generic;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// 类 = Σ款 = Σ项: a figure stated for a 功能分类 类 or 款 equals the sum of the figures stated for the codes directly
/// below it (the nearest stated level), on the same concept, basis and scope.
/// </summary>
/// <remarks>
/// A table holds hundreds of coded cells: the groups are kept in lists and one reused buffer of parts, and a relation's
/// words are made only for a sum that does not agree.
/// </remarks>
internal sealed class FunctionTreeRule : IReportRule
{
    public FunctionTreeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var parts = new List<(StatedFigure, int)>();
        CheckTree(context, parts);
        CheckTableTotals(context, parts);
    }

    /// <summary>In each table, the total row (no code) = Σ the 类 rows, per concept, basis and scope.</summary>
    private static void CheckTableTotals(RuleContext context, List<(StatedFigure, int)> parts)
    {
        var tables = context.Report.Tables;
        Dictionary<(string, string, string, string), int>? groupOf = null;
        List<(StatedFigure? Total, bool AnyClass)>? groups = null;
        List<int>? cellGroups = null;
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var cells = table.Cells;
            groupOf?.Clear();
            groups?.Clear();
            cellGroups?.Clear();
            // The groups of money cells by concept, basis, scope and item, in order of first appearance; each with its first
            // uncoded cell (the total) and whether it has a 类 row.
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                cellGroups ??= new List<int>(cells.Count);
                if (!cell.IsMoney)
                {
                    cellGroups.Add(-1);
                    continue;
                }
                groupOf ??= new Dictionary<(string, string, string, string), int>();
                groups ??= new List<(StatedFigure?, bool)>();
                var dims = (cell.Key.Concept, cell.Key.Basis, cell.Key.Scope, cell.Key.Item);
                if (!groupOf.TryGetValue(dims, out var g))
                {
                    g = groups.Count;
                    groupOf.Add(dims, g);
                    groups.Add((null, false));
                }
                var (total, anyClass) = groups[g];
                if (total == null && cell.Key.FunctionPath.Length == 0) total = cell;
                if (IsClass(cell)) anyClass = true;
                groups[g] = (total, anyClass);
                cellGroups.Add(g);
            }
            if (groups == null || groups.Count == 0) continue;
            for (var g = 0; g < groups.Count; g++)
            {
                var (total, anyClass) = groups[g];
                if (total == null || !anyClass) continue;
                parts.Clear();
                for (var i = 0; i < cells.Count; i++)
                {
                    var cell = cells[i];
                    if (cellGroups![i] == g && IsClass(cell)) parts.Add((cell, 1));
                }
                if (!context.SumPasses(total, parts)) context.Sum(total, parts, table.Title + " 各类之和", "the sum of the classes in " + table.Id);
            }
        }
    }

    private static bool IsClass(StatedFigure cell) => cell.Function is FunctionCode f && f.Level == ClassificationLevel.Class;

    private static void CheckTree(RuleContext context, List<(StatedFigure, int)> parts)
    {
        // The coded money figures by concept, basis, scope and item (groups in order of first appearance); one figure per
        // code: the first place it is stated (agreement between places is FA1030's job).
        Dictionary<(string, string, string, string), List<(FunctionCode Code, StatedFigure Figure)>>? groups = null;
        List<List<(FunctionCode Code, StatedFigure Figure)>>? order = null;
        var figures = context.Report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (!f.IsMoney || f.Function is not FunctionCode code) continue;
            groups ??= new Dictionary<(string, string, string, string), List<(FunctionCode, StatedFigure)>>();
            order ??= new List<List<(FunctionCode, StatedFigure)>>();
            var dims = (f.Key.Concept, f.Key.Basis, f.Key.Scope, f.Key.Item);
            if (!groups.TryGetValue(dims, out var byCode))
            {
                groups.Add(dims, byCode = new List<(FunctionCode, StatedFigure)>());
                order.Add(byCode);
            }
            if (IndexOf(byCode, code) < 0) byCode.Add((code, f));
        }
        if (order == null) return;
        for (var g = 0; g < order.Count; g++)
        {
            var byCode = order[g];
            if (byCode.Count < 2) continue;
            byCode.Sort(static (a, b) => a.Code.CompareTo(b.Code));
            // Each code's nearest stated ancestor, then every parent in code order with its children (the codes whose
            // nearest stated ancestor it is) in code order.
            var firstChild = new int[byCode.Count];
            var lastChild = new int[byCode.Count];
            var nextSibling = new int[byCode.Count];
            for (var c = 0; c < byCode.Count; c++)
            {
                firstChild[c] = lastChild[c] = nextSibling[c] = -1;
            }
            for (var c = 0; c < byCode.Count; c++)
            {
                var parent = NearestStatedAncestor(byCode[c].Code, byCode);
                if (parent < 0) continue;
                if (firstChild[parent] < 0) firstChild[parent] = c;
                else nextSibling[lastChild[parent]] = c;
                lastChild[parent] = c;
            }
            for (var p = 0; p < byCode.Count; p++)
            {
                if (firstChild[p] < 0) continue;
                parts.Clear();
                for (var c = firstChild[p]; c >= 0; c = nextSibling[c]) parts.Add((byCode[c].Figure, 1));
                var total = byCode[p].Figure;
                if (!context.SumPasses(total, parts)) context.Sum(total, parts, byCode[p].Code.Code + " 下级科目之和", "the sum of the codes below " + byCode[p].Code.Code);
            }
        }
    }

    private static int IndexOf(List<(FunctionCode Code, StatedFigure Figure)> byCode, FunctionCode code)
    {
        for (var i = 0; i < byCode.Count; i++)
        {
            if (byCode[i].Code == code) return i;
        }
        return -1;
    }

    /// <summary>The index in <paramref name="stated"/> (sorted by code) of the nearest ancestor of <paramref name="code"/> it holds, or −1.</summary>
    private static int NearestStatedAncestor(FunctionCode code, List<(FunctionCode Code, StatedFigure Figure)> stated)
    {
        for (var p = code.Parent; p is FunctionCode parent; p = parent.Parent)
        {
            var lo = 0;
            var hi = stated.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var order = stated[mid].Code.CompareTo(parent);
                if (order == 0) return mid;
                if (order < 0) lo = mid + 1;
                else hi = mid - 1;
            }
        }
        return -1;
    }
}
