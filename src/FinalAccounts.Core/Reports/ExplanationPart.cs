using System;

namespace FinalAccounts.Reports;

/// <summary>
/// One part of an explanation: a figure stated in the explanation itself, a figure stated elsewhere (a reference), or
/// a reason given in words only.
/// </summary>
public sealed class ExplanationPart
{
    /// <summary>Creates a part; at most one of <paramref name="figure"/> and <paramref name="reference"/> is set.</summary>
    /// <exception cref="ArgumentException">Both a figure and a reference, a reference id without a reference, or nothing
    /// at all (no figure, no reference and empty text).</exception>
    public ExplanationPart(string text, StatedFigure? figure, FigureKey? reference, string referenceId = "")
    {
        if (figure != null && reference != null) throw new ArgumentException("a part states a figure or stands for one stated elsewhere, not both", nameof(reference));
        if (reference == null && !string.IsNullOrEmpty(referenceId)) throw new ArgumentException("a reference id '" + referenceId + "' needs the key of the figure it names", nameof(referenceId));
        if (figure == null && reference == null && string.IsNullOrEmpty(text)) throw new ArgumentException("a part needs a figure, a reference, or text", nameof(text));
        Text = text ?? string.Empty;
        Figure = figure;
        if (reference is FigureKey key) _reference = new ReferenceTo(key, referenceId ?? string.Empty);
    }

    // A reference's key and id, made only for a part that has one: most parts state a figure or give words, and a key
    // held in every part (a nullable struct of five strings) would make each of them 48 bytes larger.
    private readonly ReferenceTo? _reference;

    /// <summary>The words of the part as printed, or empty.</summary>
    public string Text { get; }

    /// <summary>The figure the part states, or null.</summary>
    public StatedFigure? Figure { get; }

    /// <summary>The figure stated elsewhere that this part stands for, or null.</summary>
    public FigureKey? Reference => _reference?.Key;

    /// <summary>The statement (or table) that states the referenced figure, when the file names it; otherwise empty.</summary>
    public string ReferenceId => _reference?.Id ?? string.Empty;

    private sealed class ReferenceTo
    {
        public ReferenceTo(FigureKey key, string id)
        {
            Key = key;
            Id = id;
        }

        public FigureKey Key { get; }

        public string Id { get; }
    }
}
