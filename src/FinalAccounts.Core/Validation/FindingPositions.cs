using System;
using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>
/// Where each finding's figure stands in printed order, for sorting a check's findings: the index of the first of the
/// report's figures that is the finding's figure (by reference); else, for a 绩效自评表's figure, the figure count plus the
/// index of the evaluation whose id is its statement id (its figures follow the report's); else <see cref="int.MaxValue"/>.
/// </summary>
/// <remarks>
/// A scan of every figure per finding was about 3 % of Putuo's check (18 findings, 263 figures, most findings on the 说明
/// at the end). One pass over the figures instead, each looked up among the findings by its key's cached hash in a small
/// table, finds the same first index for every finding (FindingPositionsProperties keeps the scan as the oracle).
/// </remarks>
internal static class FindingPositions
{
    // Tables up to this many ints live on the stack.
    private const int StackLimit = 256;

    /// <summary>Fills <paramref name="positions"/>[i] with the position of <paramref name="findings"/>[i]'s figure.</summary>
    public static void Fill(FinalAccountsReport report, List<Finding> findings, Span<int> positions)
    {
        var n = findings.Count;
        if (positions.Length < n) throw new ArgumentException("one position per finding", nameof(positions));
        var size = 4;
        while (size < 2 * n) size <<= 1;
        var mask = size - 1;
        // heads[bucket]: 1 + the last finding whose figure's key hashes there, or 0; next[i]: the finding before i in its bucket.
        var heads = size <= StackLimit ? stackalloc int[size] : new int[size];
        var next = n <= StackLimit ? stackalloc int[n] : new int[n];
        heads.Clear();
        for (var i = 0; i < n; i++)
        {
            positions[i] = -1;
            ref var head = ref heads[findings[i].Stated.Key.GetHashCode() & mask];
            next[i] = head;
            head = i + 1;
        }
        var left = n;
        var figures = report.Figures;
        // The report keeps its figures in a list: indexed as one, not through the interface, in the one loop that walks them.
        var list = figures as List<StatedFigure>;
        // In printed order, so the first figure that is a finding's figure gives its position; stops once all are placed.
        for (var f = 0; f < figures.Count && left > 0; f++)
        {
            var figure = list != null ? list[f] : figures[f];
            for (var i = heads[figure.Key.GetHashCode() & mask] - 1; i >= 0; i = next[i] - 1)
            {
                if (positions[i] < 0 && ReferenceEquals(findings[i].Stated, figure))
                {
                    positions[i] = f;
                    left--;
                }
            }
        }
        if (left == 0) return;
        var evaluations = report.Evaluations;
        for (var i = 0; i < n; i++)
        {
            if (positions[i] >= 0) continue;
            positions[i] = int.MaxValue;
            var statementId = findings[i].Stated.Location.StatementId;
            for (var e = 0; e < evaluations.Count; e++)
            {
                if (string.Equals(evaluations[e].Id, statementId, StringComparison.Ordinal))
                {
                    positions[i] = figures.Count + e;
                    break;
                }
            }
        }
    }
}
