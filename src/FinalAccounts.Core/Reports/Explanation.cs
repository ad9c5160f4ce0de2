using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// A breakdown a report gives of one of its figures: "其中：…", "一是…二是…", "主要包括…等". When it is complete its parts
/// should add up to the figure; a partial one (主要包括…等) may add up to less, never more.
/// </summary>
public sealed class Explanation
{
    /// <summary>Creates an explanation.</summary>
    public Explanation(FigureKey explains, IReadOnlyList<FigureKey> alsoExplains, bool isPartial, string marker, IReadOnlyList<ExplanationPart> parts, FigureLocation location)
    {
        Explains = explains;
        AlsoExplains = alsoExplains;
        IsPartial = isPartial;
        Marker = marker;
        Parts = parts;
        Location = location;
    }

    /// <summary>The figure explained.</summary>
    public FigureKey Explains { get; }

    /// <summary>Other figures the same parts explain (收、支总计各减少…).</summary>
    public IReadOnlyList<FigureKey> AlsoExplains { get; }

    /// <summary>True when the list does not claim to be complete (主要包括…等, 主要是…).</summary>
    public bool IsPartial { get; }

    /// <summary>The words that introduce the list as printed, e.g. 其中 or 一是…二是.</summary>
    public string Marker { get; }

    /// <summary>The parts in printed order.</summary>
    public IReadOnlyList<ExplanationPart> Parts { get; }

    /// <summary>Where the explanation stands.</summary>
    public FigureLocation Location { get; }
}
