using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>A sentence of the report's 说明 with the figures it states and the breakdowns it gives.</summary>
public sealed class Statement
{
    /// <summary>Creates a statement.</summary>
    public Statement(string id, string section, string subsection, string sentence, IReadOnlyList<StatedFigure> figures, IReadOnlyList<Explanation> explanations)
    {
        Id = id;
        Section = section;
        Subsection = subsection;
        Sentence = sentence;
        Figures = figures;
        Explanations = explanations;
    }

    /// <summary>The statement's id, unique in the report, e.g. "2.1-1".</summary>
    public string Id { get; }

    /// <summary>The heading, e.g. 三、支出决算情况说明.</summary>
    public string Section { get; }

    /// <summary>The sub-heading, or empty.</summary>
    public string Subsection { get; }

    /// <summary>The sentence as printed.</summary>
    public string Sentence { get; }

    /// <summary>The figures the sentence states.</summary>
    public IReadOnlyList<StatedFigure> Figures { get; }

    /// <summary>The breakdowns the sentence gives.</summary>
    public IReadOnlyList<Explanation> Explanations { get; }
}
