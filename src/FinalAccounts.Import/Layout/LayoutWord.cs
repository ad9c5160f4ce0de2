using System;

namespace FinalAccounts.Import.Layout;

/// <summary>
/// One word of a source document with its box: a PDF word from PdfPig, or a spreadsheet cell. Coordinates run left to
/// right (<see cref="Left"/>, <see cref="Right"/>) and top to bottom (<see cref="Top"/>, <see cref="Bottom"/>, both
/// measured down from the top of the page), in points for PDF and in a fixed grid for XLSX.
/// </summary>
internal sealed class LayoutWord
{
    public LayoutWord(string text, double left, double right, double top, double bottom, int page, double[]? letterEdges = null)
    {
        // Two edges per character or none: a word whose letters do not map one to one onto its characters has no letter
        // positions rather than wrong ones.
        LetterEdges = letterEdges != null && letterEdges.Length == 2 * text.Length ? letterEdges : null;
        Text = text;
        Left = left;
        Right = right;
        Top = top;
        Bottom = bottom;
        Page = page;
    }

    /// <summary>The word as extracted.</summary>
    public string Text { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    /// <summary>1-based page (PDF) or sheet (XLSX).</summary>
    public int Page { get; }

    /// <summary>
    /// For a PDF word: the left and right x of each character, character i at [2i] and [2i + 1]; null for XLSX cells. A
    /// 说明 line is one word, so this is what places a figure inside a sentence.
    /// </summary>
    public double[]? LetterEdges { get; }

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    /// <summary>True when the horizontal extents overlap by more than <paramref name="tolerance"/>.</summary>
    public bool OverlapsX(double left, double right, double tolerance = 0.5) => Math.Min(Right, right) - Math.Max(Left, left) > tolerance;

    public override string ToString() => Text + "@p" + Page + "(" + Left.ToString("0") + "-" + Right.ToString("0") + "," + Bottom.ToString("0") + ")";
}
