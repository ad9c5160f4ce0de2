using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Rebuilds a header that may span several lines into columns. Read bottom-up: a word over exactly one column is more of
/// that column's label ("本年收入合" above "计"); a word over no column starts one; a word over several columns is a
/// group label (收入, 支出, 本年支出) and is put in front of each of them.
/// </summary>
internal static class HeaderReader
{
    public static List<HeaderColumn> Columns(IEnumerable<LayoutWord> headerWords)
    {
        var columns = new List<HeaderColumn>();
        foreach (var word in headerWords.OrderByDescending(w => w.Bottom).ThenBy(w => w.Left))
        {
            var over = columns.Where(c => word.OverlapsX(c.Left, c.Right, 1.0)).ToList();
            if (over.Count == 0)
            {
                columns.Add(new HeaderColumn(word.Text, word.Left, word.Right));
            }
            else if (over.Count == 1)
            {
                over[0].Label = word.Text + over[0].Label;
            }
            else
            {
                foreach (var c in over) c.Label = word.Text + c.Label;
            }
        }
        return columns.OrderBy(c => c.Left).ToList();
    }

    /// <summary>
    /// The column of each value, read by its right edge first: a column of right-aligned amounts shares one right edge,
    /// and its widest amount (17,887,739) stands under the header where a short one (0, 4,160) may stick out of a short
    /// header word (合计). Values sharing a right edge (within 1.5 pt, on one page) take the column of their widest
    /// member when <see cref="Nearest"/> places it surely; otherwise each value is placed on its own.
    /// </summary>
    public static Dictionary<LayoutWord, HeaderColumn?> ByRightEdge(IReadOnlyList<HeaderColumn> columns, IEnumerable<LayoutWord> values)
    {
        var result = new Dictionary<LayoutWord, HeaderColumn?>();
        var groups = new List<List<LayoutWord>>();
        foreach (var value in values.OrderBy(v => v.Page).ThenBy(v => v.Right))
        {
            var last = groups.Count > 0 ? groups[groups.Count - 1] : null;
            if (last != null && last[0].Page == value.Page && value.Right - last[last.Count - 1].Right <= 1.5) last.Add(value);
            else groups.Add(new List<LayoutWord> { value });
        }
        foreach (var group in groups)
        {
            var widest = group.OrderByDescending(w => w.Right - w.Left).First();
            var column = Nearest(columns, widest);
            foreach (var value in group) result[value] = column ?? Nearest(columns, value);
        }
        return result;
    }

    /// <summary>
    /// The column whose centre is nearest to <paramref name="word"/>'s, or null when it is further than a column width
    /// away from any, or when a second column's centre is as near (within a quarter of the word's height): a value
    /// between two columns is not given to either.
    /// </summary>
    public static HeaderColumn? Nearest(IReadOnlyList<HeaderColumn> columns, LayoutWord word)
    {
        HeaderColumn? best = null;
        var bestDistance = double.MaxValue;
        var second = double.MaxValue;
        foreach (var c in columns)
        {
            var d = System.Math.Abs(c.Center - word.CenterX);
            if (d < bestDistance)
            {
                second = bestDistance;
                best = c;
                bestDistance = d;
            }
            else if (d < second) second = d;
        }
        if (best == null) return null;
        if (second - bestDistance < System.Math.Max(1.0, 0.25 * (word.Bottom - word.Top))) return null;
        // A value printed right-aligned may stick out of its header; one that is nearer the gap than any column is unsure.
        var width = System.Math.Max(best.Right - best.Left, word.Right - word.Left);
        return bestDistance <= width ? best : null;
    }
}
