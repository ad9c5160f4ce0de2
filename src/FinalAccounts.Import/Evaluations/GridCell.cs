using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Evaluations;

/// <summary>A cell of a ruled table: the rules around it on one page, and the words whose centre stands inside it.</summary>
internal sealed class GridCell
{
    public GridCell(int page, double top, double bottom, double left, double right)
    {
        Page = page;
        Top = top;
        Bottom = bottom;
        Left = left;
        Right = right;
    }

    public int Page { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Left { get; }

    public double Right { get; }

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public List<LayoutWord> Words { get; } = new();

    /// <summary>
    /// The words in reading order (added line by line, each line left to right), joined without spaces: a wrapped cell
    /// reads as one text, and runs of two fonts on one line (≥ and 95%) keep their order even where their boxes' bottoms differ.
    /// </summary>
    public string Text => string.Concat(Words.Select(w => w.Text)).Trim();

    /// <summary>The text without any white space, for matching labels.</summary>
    public string Label => new(Text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>True when this cell stands in the same row band as <paramref name="other"/> (same page, same top and bottom rules).</summary>
    public bool SameRowAs(GridCell other) => Page == other.Page && System.Math.Abs(Top - other.Top) < 1 && System.Math.Abs(Bottom - other.Bottom) < 1;

    /// <summary>True when this cell's rows include all of <paramref name="other"/>'s (a merged label over several rows).</summary>
    public bool Covers(GridCell other) => Page == other.Page && Top <= other.Top + 1 && Bottom >= other.Bottom - 1;

    /// <summary>True when this cell lies within the column band [left, right].</summary>
    public bool Within(double left, double right) => Left >= left - 1 && Right <= right + 1;

    public override string ToString() => Text + "@p" + Page + "[" + Left.ToString("0") + "-" + Right.ToString("0") + "," + Top.ToString("0") + "-" + Bottom.ToString("0") + "]";
}
