using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Evaluations;

/// <summary>
/// The cells a page's rules enclose: the cell at a point is bounded by the nearest rule above, below, left and right of
/// it that passes the point. One cell object per place, so words found in it gather there.
/// </summary>
internal sealed class CellGrid
{
    private readonly Dictionary<int, List<LayoutRule>> _rules;
    private readonly Dictionary<(int, long, long, long, long), GridCell> _cells = new();

    public CellGrid(IReadOnlyList<LayoutRule> rules)
        => _rules = rules.GroupBy(r => r.Page).ToDictionary(g => g.Key, g => g.ToList());

    public bool HasRules(int page) => _rules.ContainsKey(page);

    /// <summary>The cell around (x, y) on the page, or null when the point is not enclosed by rules on all four sides.</summary>
    public GridCell? At(int page, double x, double y)
    {
        if (!_rules.TryGetValue(page, out var rules)) return null;
        double top = double.NegativeInfinity, bottom = double.PositiveInfinity, left = double.NegativeInfinity, right = double.PositiveInfinity;
        foreach (var r in rules)
        {
            if (r.Horizontal)
            {
                if (!r.Spans(x)) continue;
                if (r.At < y && r.At > top) top = r.At;
                if (r.At > y && r.At < bottom) bottom = r.At;
            }
            else
            {
                if (!r.Spans(y)) continue;
                if (r.At < x && r.At > left) left = r.At;
                if (r.At > x && r.At < right) right = r.At;
            }
        }
        if (double.IsInfinity(top) || double.IsInfinity(bottom) || double.IsInfinity(left) || double.IsInfinity(right)) return null;
        var key = (page, (long)System.Math.Round(top * 4), (long)System.Math.Round(bottom * 4), (long)System.Math.Round(left * 4), (long)System.Math.Round(right * 4));
        if (!_cells.TryGetValue(key, out var cell)) _cells[key] = cell = new GridCell(page, top, bottom, left, right);
        return cell;
    }
}
