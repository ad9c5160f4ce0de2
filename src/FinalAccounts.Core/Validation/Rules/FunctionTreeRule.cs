using System;
using System.Buffers;
using System.Collections.Generic;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// 类 = Σ款 = Σ项: a figure stated for a 功能分类 类 or 款 equals the sum of the figures stated for the codes directly
/// below it (the nearest stated level), on the same concept, basis and scope.
/// </summary>
/// <remarks>
/// A table holds hundreds of coded cells: which figures each sum relates depends on the report alone, so they are found on
/// the report's first check (<see cref="Sums"/>, kept as <see cref="FigureIndex.FunctionSums"/>) and a check only adds them
/// up; a relation's words are made only for a sum that does not agree.
/// </remarks>
internal sealed partial class FunctionTreeRule : IReportRule
{
    public FunctionTreeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var set = context.Report.Index.FunctionSums;
        var sums = set.Sums;
        for (var i = 0; i < sums.Count; i++)
        {
            var sum = sums[i];
            var parts = set.PartsOf(sum);
            // The parts are copied into a list of their own only for a sum that does not agree (a finding keeps its inputs).
            if (!context.SumPasses(sum.Total, parts)) context.SumOfParts(sum.Total, parts.ToArray(), sum.Relation, sum.RelationEn);
        }
    }

    /// <summary>
    /// Every sum of <paramref name="report"/>'s 功能分类 tree in the order the rule checks them: each group's parents in code
    /// order, then each table's total rows.
    /// </summary>
    internal static FunctionSumSet Sums(FinalAccountsReport report)
    {
        var sums = new List<FunctionSum>();
        // Every part is written into one pooled buffer, then copied once into an array of the exact length the sums share.
        // A coded figure is a part of at most one code's sum (its nearest stated ancestor's) and a cell of at most one table's
        // total, so twice the report's figures is room for every part.
        var buffer = ArrayPool<StatedFigure>.Shared.Rent(Math.Max(1, 2 * report.Figures.Count));
        var used = 0;
        try
        {
            FindTree(report, sums, buffer, ref used);
            FindTableTotals(report, sums, buffer, ref used);
            if (sums.Count == 0) return FunctionSumSet.Empty;
            var parts = new StatedFigure[used];
            Array.Copy(buffer, parts, used);
            return new FunctionSumSet(sums, parts);
        }
        finally
        {
            ArrayPool<StatedFigure>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>
    /// A hash of a figure's group (concept, basis, scope and item; its 功能分类 path aside) from the strings' lengths and end
    /// characters: an ordinal hash of four strings per figure was most of this rule's time, and the groups of one report are
    /// few and differ in those (a collision costs only a comparison).
    /// </summary>
    private static int GroupHash(in FigureKey key)
    {
        unchecked
        {
            return (((((Mix(key.Concept) * 31) + Mix(key.Basis)) * 31) + Mix(key.Scope)) * 31) + Mix(key.Item);
        }
    }

    private static int Mix(string s) => s.Length == 0 ? 0 : unchecked((((s.Length * 31) + s[0]) * 31) + s[s.Length - 1]);

    private static bool SameGroup(in FigureKey a, in FigureKey b)
        => string.Equals(a.Concept, b.Concept, StringComparison.Ordinal) && string.Equals(a.Basis, b.Basis, StringComparison.Ordinal)
        && string.Equals(a.Scope, b.Scope, StringComparison.Ordinal) && string.Equals(a.Item, b.Item, StringComparison.Ordinal);

    /// <summary>
    /// In each table, the total row (no code) = Σ the 类 rows, per concept, basis, scope and item: the groups that hold a 类
    /// row (the table's columns, a few) are found first, then each one's first uncoded money cell, its total.
    /// </summary>
    private static void FindTableTotals(FinalAccountsReport report, List<FunctionSum> sums, StatedFigure[] buffer, ref int used)
    {
        var tables = report.Tables;
        // Per group: its first 类 cell and its total; the 类 cells with their group, in printed order. (The checks run in
        // the order of the groups' first 类 row: findings are sorted by printed position, each group's at its own total.)
        List<(StatedFigure Class, StatedFigure? Total)>? groups = null;
        List<(StatedFigure Cell, int Group)>? classes = null;
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var cells = table.Cells;
            groups?.Clear();
            classes?.Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (!IsClass(cell) || !cell.IsMoney) continue;
                groups ??= new List<(StatedFigure, StatedFigure?)>();
                classes ??= new List<(StatedFigure, int)>();
                var g = GroupOf(groups, cell);
                if (g < 0)
                {
                    g = groups.Count;
                    groups.Add((cell, null));
                }
                classes.Add((cell, g));
            }
            if (groups == null || groups.Count == 0) continue;
            var open = groups.Count;
            for (var i = 0; i < cells.Count && open > 0; i++)
            {
                var cell = cells[i];
                if (cell.Key.FunctionPath.Length != 0 || !cell.IsMoney) continue;
                var g = GroupOf(groups, cell);
                if (g < 0 || groups[g].Total != null) continue;
                groups[g] = (groups[g].Class, cell);
                open--;
            }
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g].Total is not StatedFigure total) continue;
                var start = used;
                for (var c = 0; c < classes!.Count; c++)
                {
                    if (classes[c].Group == g) buffer[used++] = classes[c].Cell;
                }
                sums.Add(FunctionSum.OfClasses(total, start, used - start, table));
            }
        }
    }

    /// <summary>The index of <paramref name="cell"/>'s group among the 类 rows' groups, or −1.</summary>
    private static int GroupOf(List<(StatedFigure Class, StatedFigure? Total)> groups, StatedFigure cell)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (SameGroup(groups[g].Class.Key, cell.Key)) return g;
        }
        return -1;
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

    /// <summary>Within one group: by code, then printed position.</summary>
    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry x, Entry y)
        {
            var byCode = x.Code.CompareTo(y.Code);
            return byCode != 0 ? byCode : x.Order.CompareTo(y.Order);
        }
    }

    private static void FindTree(FinalAccountsReport report, List<FunctionSum> sums, StatedFigure[] buffer, ref int used)
    {
        // The coded money figures by concept, basis, scope and item (groups in order of first appearance), sorted by code
        // in one array; one figure per code: the first place it is stated (agreement between places is FA1030's job).
        var figures = report.Figures;
        // The groups: an open-addressing table (pooled, 2 slots per figure at least) of group number + 1, each group
        // represented by its first figure.
        List<StatedFigure>? groups = null;
        List<int>? sizes = null;
        int[]? slots = null;
        Entry[]? printed = null;
        var n = 0;
        var mask = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Function is not FunctionCode code || !f.IsMoney) continue;
            if (slots == null)
            {
                var size = 4;
                while (size < 2 * (figures.Count - i)) size <<= 1;
                slots = ArrayPool<int>.Shared.Rent(size);
                Array.Clear(slots, 0, size);
                mask = size - 1;
                groups = new List<StatedFigure>();
                sizes = new List<int>();
            }
            var slot = GroupHash(f.Key) & mask;
            int group;
            while (true)
            {
                group = slots[slot] - 1;
                if (group < 0)
                {
                    group = groups!.Count;
                    slots[slot] = group + 1;
                    groups.Add(f);
                    sizes!.Add(0);
                    break;
                }
                if (SameGroup(groups![group].Key, f.Key)) break;
                slot = (slot + 1) & mask;
            }
            sizes![group]++;
            printed ??= ArrayPool<Entry>.Shared.Rent(figures.Count - i);
            printed[n++] = new Entry(group, code, i, f);
        }
        if (slots != null) ArrayPool<int>.Shared.Return(slots);
        if (printed == null) return;
        var entries = ArrayPool<Entry>.Shared.Rent(n);
        var sizeList = sizes!;
        var lists = ArrayPool<int>.Shared.Rent(sizeList.Count + (3 * n));
        try
        {
            // Grouped by a stable counting pass (each group keeps printed order), then each group sorted by code where printing
            // did not already put it so (a table lists 类, 款, 项 in code order): sorted by (group, code, position) either way,
            // a total order, so the result is the one a full sort gives.
            var startOf = lists;
            var at = 0;
            for (var g = 0; g < sizeList.Count; g++)
            {
                startOf[g] = at;
                at += sizeList[g];
            }
            for (var i = 0; i < n; i++) entries[startOf[printed[i].Group]++] = printed[i];
            var m = 0;
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && entries[end].Group == entries[start].Group) end++;
                for (var i = start + 1; i < end; i++)
                {
                    if (entries[i].Code.CompareTo(entries[i - 1].Code) < 0)
                    {
                        Array.Sort(entries, start, end - start, EntryOrder.Instance);
                        break;
                    }
                }
                // One figure per code: the first place it is stated.
                var groupStart = m;
                for (var i = start; i < end; i++)
                {
                    if (m > groupStart && entries[m - 1].Code == entries[i].Code) continue;
                    entries[m++] = entries[i];
                }
                start = end;
            }
            FindParents(sums, entries, m, lists.AsSpan(sizeList.Count, 3 * n), buffer, ref used);
        }
        finally
        {
            ArrayPool<Entry>.Shared.Return(printed, clearArray: true);
            ArrayPool<Entry>.Shared.Return(entries, clearArray: true);
            ArrayPool<int>.Shared.Return(lists);
        }
    }

    /// <summary>
    /// Each code's nearest stated ancestor in its group, then every parent in code order with its children (the codes whose
    /// nearest stated ancestor it is) in code order.
    /// </summary>
    private static void FindParents(List<FunctionSum> sums, Entry[] entries, int m, Span<int> links, StatedFigure[] buffer, ref int used)
    {
        var firstChild = links.Slice(0, m);
        var lastChild = links.Slice(m, m);
        var nextSibling = links.Slice(2 * m, m);
        for (var start = 0; start < m;)
        {
            var end = start + 1;
            while (end < m && entries[end].Group == entries[start].Group) end++;
            if (end - start >= 2)
            {
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
                    var first = used;
                    for (var c = firstChild[p]; c >= 0; c = nextSibling[c]) buffer[used++] = entries[c].Figure;
                    sums.Add(FunctionSum.BelowCode(entries[p].Figure, first, used - first, entries[p].Code.Code));
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
