using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Gives each word of a table body to a row. A row is anchored by a word that starts it (a code, 合计); the PDF centres
/// wrapped names and values vertically in their cell, so a word may stand above or below its anchor's line.
/// </summary>
internal static class RowAnchors
{
    /// <summary>The anchor on the same page nearest to the word vertically, or -1 when the page has none.</summary>
    public static int Nearest(IReadOnlyList<LayoutWord> anchors, LayoutWord word)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i].Page != word.Page) continue;
            var d = Math.Abs(anchors[i].CenterY - word.CenterY);
            if (d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>
    /// Places values in rows and checks each placement against the row bands: a value goes to the nearest anchor on its
    /// page when that anchor is clearly nearer than any other and no further than the page's row pitch. A value as near
    /// to two rows (a tall wrapped row beside a short one) goes to the one of them whose cell in its column is still
    /// empty, when exactly one is; two values in one cell are both left out. What cannot be placed surely comes back
    /// with the reason, never in a guessed row: a slip would become a false accusation.
    /// </summary>
    /// <param name="anchors">The rows' anchors, in any order.</param>
    /// <param name="values">Each value with its column (any key; values of different columns never compete).</param>
    public static (List<(LayoutWord Value, int Row, TColumn Column)> Placed, List<(LayoutWord Value, string Problem)> LeftOut) Place<TColumn>(
        IReadOnlyList<LayoutWord> anchors, IEnumerable<(LayoutWord Value, TColumn Column)> values)
        where TColumn : class
    {
        var placed = new List<(LayoutWord Value, int Row, TColumn Column)>();
        var leftOut = new List<(LayoutWord, string)>();
        var pitch = Pitches(anchors);
        var ties = new List<(LayoutWord Value, TColumn Column, List<int> Rows)>();
        foreach (var (value, column) in values)
        {
            var near = Enumerable.Range(0, anchors.Count).Where(i => anchors[i].Page == value.Page)
                .Select(i => (Row: i, Distance: Math.Abs(anchors[i].CenterY - value.CenterY))).OrderBy(x => x.Distance).ToList();
            if (near.Count == 0)
            {
                leftOut.Add((value, "stands on a page with no row of the table"));
                continue;
            }
            var height = Math.Max(value.Bottom - value.Top, 4);
            var reach = Math.Max(pitch.TryGetValue(value.Page, out var p) ? p : 0, 2.5 * height);
            if (near[0].Distance > reach)
            {
                leftOut.Add((value, "stands further from every row than the rows stand apart"));
                continue;
            }
            var tie = Math.Max(1.5, 0.25 * height);
            var tied = near.Where(x => x.Distance - near[0].Distance < tie).Select(x => x.Row).ToList();
            if (tied.Count == 1) placed.Add((value, tied[0], column));
            else ties.Add((value, column, tied));
        }
        // Two clearly placed values in one cell: one of them belongs elsewhere, and which one is not known.
        foreach (var clash in placed.GroupBy(x => (x.Row, x.Column)).Where(g => g.Count() > 1).ToList())
        {
            foreach (var x in clash)
            {
                placed.Remove(x);
                leftOut.Add((x.Value, "is one of " + clash.Count() + " values in one cell (" + string.Join(" ", clash.Select(c => c.Value.Text)) + ")"));
            }
        }
        foreach (var (value, column, rows) in ties)
        {
            var free = rows.Where(r => !placed.Any(x => x.Row == r && ReferenceEquals(x.Column, column))).ToList();
            var tiedWith = ties.Count(t => ReferenceEquals(t.Column, column) && t.Rows.Intersect(rows).Any());
            if (free.Count == 1 && tiedWith == 1) placed.Add((value, free[0], column));
            else leftOut.Add((value, "stands as near to " + rows.Count + " rows (" + string.Join(", ", rows.Select(r => anchors[r].Text)) + ") and their cells do not tell which"));
        }
        return (placed, leftOut);
    }

    /// <summary>Per page, the median vertical distance between neighbouring anchors (the row pitch), when a page has two or more.</summary>
    private static Dictionary<int, double> Pitches(IReadOnlyList<LayoutWord> anchors)
    {
        var pitches = new Dictionary<int, double>();
        foreach (var page in anchors.GroupBy(a => a.Page))
        {
            var ys = page.Select(a => a.CenterY).OrderBy(y => y).ToList();
            var gaps = ys.Zip(ys.Skip(1), (a, b) => b - a).Where(g => g > 1).OrderBy(g => g).ToList();
            if (gaps.Count > 0) pitches[page.Key] = gaps[gaps.Count / 2];
        }
        return pitches;
    }

    /// <summary>
    /// The last anchor that starts at or above the word (allowing <paramref name="slack"/> for a value centred a little
    /// above its label), continuing from the previous page when the page starts mid-row; -1 when none.
    /// </summary>
    public static int Above(IReadOnlyList<LayoutWord> anchors, LayoutWord word, double slack)
    {
        var best = -1;
        for (var i = 0; i < anchors.Count; i++)
        {
            var a = anchors[i];
            if (a.Page < word.Page || (a.Page == word.Page && a.Bottom <= word.Bottom + slack)) best = i;
        }
        return best;
    }
}
