using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>A sentence of the report's 说明 with the figures it states and the breakdowns it gives.</summary>
public sealed class Statement
{
    /// <summary>Creates a statement.</summary>
    public Statement(string id, string section, string subsection, string sentence, IReadOnlyList<StatedFigure> figures, IReadOnlyList<Explanation> explanations)
        : this(id, section, subsection, sentence, figures, explanations, null)
    {
    }

    /// <summary>
    /// Creates a statement that speaks for <paramref name="coverage"/>: a wider whole than the reporting unit (全区, 全市,
    /// 全区各部门 …) whose figures are checked among themselves and never against the unit's (null or empty: the unit itself).
    /// </summary>
    /// <exception cref="ArgumentException">The coverage is blank but not empty, or has surrounding spaces.</exception>
    public Statement(string id, string section, string subsection, string sentence, IReadOnlyList<StatedFigure> figures, IReadOnlyList<Explanation> explanations, string? coverage)
    {
        coverage ??= string.Empty;
        if (coverage.Length > 0 && (coverage.Trim().Length != coverage.Length || coverage.Trim().Length == 0))
        {
            throw new ArgumentException("a coverage names the whole a statement speaks for (全区, 全市 …) without surrounding spaces, or is empty for the unit itself", nameof(coverage));
        }
        Coverage = coverage;
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

    /// <summary>
    /// Whom the sentence's figures cover: empty for the reporting unit itself (the default), otherwise the wider whole as
    /// printed — 全区, 全市, 全区各部门 … — a region-wide summary whose figures are never the unit's own.
    /// </summary>
    public string Coverage { get; }

    /// <summary>The breakdowns the sentence gives.</summary>
    public IReadOnlyList<Explanation> Explanations { get; }
}
