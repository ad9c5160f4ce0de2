using System;
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
internal sealed partial class FunctionTreeRule : IReportRule
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

    /// <summary>A coded money figure: its group (concept, basis, scope, item), code and printed position.</summary>
    private readonly struct Entry
    {
        public Entry(int group, FunctionCode code, int order, StatedFigure figure)
        {
            Group = group;
            Code = code;
            Order = order;
            Figure = figure;
        }

        public int Group { get; }
        public FunctionCode Code { get; }
        public int Order { get; }
        public StatedFigure Figure { get; }
    }

    /// <summary>By group (in order of first appearance), then code, then printed position.</summary>
    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry x, Entry y)
        {
            if (x.Group != y.Group) return x.Group.CompareTo(y.Group);
            var byCode = x.Code.CompareTo(y.Code);
            return byCode != 0 ? byCode : x.Order.CompareTo(y.Order);
        }
    }

    private static void CheckTree(RuleContext context, List<(StatedFigure, int)> parts)
    {
        // The coded money figures by concept, basis, scope and item (groups in order of first appearance), sorted by code
        // in one array; one figure per code: the first place it is stated (agreement between places is FA1030's job).
        var figures = context.Report.Figures;
        var coded = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].IsMoney && figures[i].Function != null) coded++;
        }
        if (coded == 0) return;
        var groups = new Dictionary<(string, string, string, string), int>();
        var entries = new Entry[coded];
        var n = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (!f.IsMoney || f.Function is not FunctionCode code) continue;
            var dims = (f.Key.Concept, f.Key.Basis, f.Key.Scope, f.Key.Item);
            if (!groups.TryGetValue(dims, out var group)) groups.Add(dims, group = groups.Count);
            entries[n++] = new Entry(group, code, i, f);
        }
        Array.Sort(entries, 0, n, EntryOrder.Instance);
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (m > 0 && entries[m - 1].Group == entries[i].Group && entries[m - 1].Code == entries[i].Code) continue;
            entries[m++] = entries[i];
        }
        // Each code's nearest stated ancestor in its group, then every parent in code order with its children (the codes
        // whose nearest stated ancestor it is) in code order.
        int[]? firstChild = null, lastChild = null, nextSibling = null;
        for (var start = 0; start < m;)
        {
            var end = start + 1;
            while (end < m && entries[end].Group == entries[start].Group) end++;
            if (end - start >= 2)
            {
                firstChild ??= new int[m];
                lastChild ??= new int[m];
                nextSibling ??= new int[m];
                for (var c = start; c < end; c++) firstChild[c] = lastChild[c] = nextSibling[c] = -1;
                for (var c = start; c < end; c++)
                {
                    var parent = NearestStatedAncestor(entries[c].Code, entries, start, end);
                    if (parent < 0) continue;
                    if (firstChild[parent] < 0) firstChild[parent] = c;
                    else nextSibling[lastChild[parent]] = c;
                    lastChild[parent] = c;
                }
                for (var p = start; p < end; p++)
                {
                    if (firstChild[p] < 0) continue;
                    parts.Clear();
                    for (var c = firstChild[p]; c >= 0; c = nextSibling[c]) parts.Add((entries[c].Figure, 1));
                    var total = entries[p].Figure;
                    if (!context.SumPasses(total, parts)) context.Sum(total, parts, entries[p].Code.Code + " 下级科目之和", "the sum of the codes below " + entries[p].Code.Code);
                }
            }
            start = end;
        }
    }

    /// <summary>The index in entries[start..end) (sorted by code) of the nearest ancestor of <paramref name="code"/> there, or −1.</summary>
    private static int NearestStatedAncestor(FunctionCode code, Entry[] entries, int start, int end)
    {
        for (var p = code.Parent; p is FunctionCode parent; p = parent.Parent)
        {
            var lo = start;
            var hi = end - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var order = entries[mid].Code.CompareTo(parent);
                if (order == 0) return mid;
                if (order < 0) lo = mid + 1;
                else hi = mid - 1;
            }
        }
        return -1;
    }
}
