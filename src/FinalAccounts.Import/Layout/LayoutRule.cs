namespace FinalAccounts.Import.Layout;

/// <summary>
/// A ruling line of a table on one page: a PDF's drawn border segment, or a cell boundary of a spreadsheet grid (none
/// inside a merged range). <see cref="At"/> is the line's y (horizontal, measured down from the top) or x (vertical);
/// <see cref="From"/> and <see cref="To"/> its extent along the other axis. Cells are what the rules enclose, so a value
/// is placed in its row and column by the lines around it, never by its distance to a label.
/// </summary>
internal sealed class LayoutRule
{
    public LayoutRule(int page, bool horizontal, double at, double from, double to)
    {
        Page = page;
        Horizontal = horizontal;
        At = at;
        From = System.Math.Min(from, to);
        To = System.Math.Max(from, to);
    }

    /// <summary>1-based page (PDF) or sheet (XLSX).</summary>
    public int Page { get; }

    /// <summary>True for a horizontal line (a row boundary), false for a vertical one (a column boundary).</summary>
    public bool Horizontal { get; }

    public double At { get; }

    public double From { get; }

    public double To { get; }

    /// <summary>True when the line passes the point <paramref name="along"/> on its own axis (within <paramref name="tolerance"/>).</summary>
    public bool Spans(double along, double tolerance = 1.0) => along >= From - tolerance && along <= To + tolerance;

    public override string ToString() => (Horizontal ? "H" : "V") + "@p" + Page + " " + At.ToString("0.#") + " [" + From.ToString("0.#") + ", " + To.ToString("0.#") + "]";
}
