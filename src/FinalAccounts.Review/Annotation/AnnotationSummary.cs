namespace FinalAccounts.Review.Annotation;

/// <summary>How many of the figures the findings name were highlighted, and how many the import could not place.</summary>
public sealed class AnnotationSummary
{
    /// <summary>Creates the counts.</summary>
    public AnnotationSummary(int highlighted, int unplaced)
    {
        Highlighted = highlighted;
        Unplaced = unplaced;
    }

    /// <summary>Figures highlighted.</summary>
    public int Highlighted { get; }

    /// <summary>Figures not placed (no highlight; a stated one has a sticky note in its page's margin).</summary>
    public int Unplaced { get; }
}
