namespace FinalAccounts.Reports;

/// <summary>
/// One part of an explanation: a figure stated in the explanation itself, a figure stated elsewhere (a reference), or
/// a reason given in words only.
/// </summary>
public sealed class ExplanationPart
{
    /// <summary>Creates a part; at most one of <paramref name="figure"/> and <paramref name="reference"/> is set.</summary>
    public ExplanationPart(string text, StatedFigure? figure, FigureKey? reference, string referenceId = "")
    {
        Text = text ?? string.Empty;
        Figure = figure;
        Reference = reference;
        ReferenceId = referenceId ?? string.Empty;
    }

    /// <summary>The words of the part as printed, or empty.</summary>
    public string Text { get; }

    /// <summary>The figure the part states, or null.</summary>
    public StatedFigure? Figure { get; }

    /// <summary>The figure stated elsewhere that this part stands for, or null.</summary>
    public FigureKey? Reference { get; }

    /// <summary>The statement (or table) that states the referenced figure, when the file names it; otherwise empty.</summary>
    public string ReferenceId { get; }
}
