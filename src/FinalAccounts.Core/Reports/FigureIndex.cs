using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// The report's figures grouped by concept and by basis, in printed order: most rules start from "every figure of this
/// concept" (SumIdentity) or "of this basis" (rates, differences), and a scan of all figures per rule was most of a check's
/// time. Built once per report on first use (<see cref="FinalAccountsReport.Index"/>) and shared by every rule and check.
/// </summary>
internal sealed class FigureIndex
{
    private static readonly IReadOnlyList<StatedFigure> s_none = Array.Empty<StatedFigure>();

    private readonly Dictionary<string, List<StatedFigure>> _byConcept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StatedFigure>> _byBasis = new(StringComparer.Ordinal);

    public FigureIndex(IReadOnlyList<StatedFigure> figures)
    {
        foreach (var figure in figures)
        {
            Add(_byConcept, figure.Key.Concept, figure);
            Add(_byBasis, figure.Key.Basis, figure);
        }
    }

    /// <summary>Every figure of <paramref name="concept"/>, in printed order.</summary>
    public IReadOnlyList<StatedFigure> WithConcept(string concept) => _byConcept.TryGetValue(concept, out var list) ? list : s_none;

    /// <summary>Every figure stated on <paramref name="basis"/>, in printed order.</summary>
    public IReadOnlyList<StatedFigure> WithBasis(string basis) => _byBasis.TryGetValue(basis, out var list) ? list : s_none;

    private static void Add(Dictionary<string, List<StatedFigure>> index, string name, StatedFigure figure)
    {
        if (!index.TryGetValue(name, out var list))
        {
            list = new List<StatedFigure>();
            index.Add(name, list);
        }
        list.Add(figure);
    }
}
