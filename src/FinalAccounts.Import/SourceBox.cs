using System;

namespace FinalAccounts.Import;

/// <summary>
/// A place in an imported source: the 1-based page and a box in the page's coordinates as the import reads them — for a
/// PDF, points from the page's top-left corner with y growing downwards (a PDF user-space y is the page height − y);
/// for an XLSX, the sheet's cell grid.
/// </summary>
public sealed class SourceBox
{
    /// <summary>Creates a box.</summary>
    public SourceBox(int page, double left, double top, double right, double bottom)
    {
        Page = page;
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
    }

    /// <summary>The 1-based page (PDF) or sheet (XLSX).</summary>
    public int Page { get; }

    /// <summary>The left edge.</summary>
    public double Left { get; }

    /// <summary>The top edge, measured down from the top of the page.</summary>
    public double Top { get; }

    /// <summary>The right edge.</summary>
    public double Right { get; }

    /// <summary>The bottom edge, measured down from the top of the page.</summary>
    public double Bottom { get; }

    /// <summary>"p.21 (96.0, 430.2)–(120.5, 440.1)".</summary>
    public override string ToString() => FormattableString.Invariant($"p.{Page} ({Left:0.0}, {Top:0.0})–({Right:0.0}, {Bottom:0.0})");
}
