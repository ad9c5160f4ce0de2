using System;
using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The sums FA1040 checks in a report (<see cref="FigureIndex.FunctionSums"/>) with the parts of all of them in one array,
/// each sum a run of it: an array of parts per sum made a fresh report's first check allocate one array header and a weight
/// per part, though every weight is 1.
/// </summary>
internal sealed class FunctionSumSet
{
    /// <summary>No sum (a report without a 功能分类 tree or 类 rows).</summary>
    public static readonly FunctionSumSet Empty = new(Array.Empty<FunctionSum>(), Array.Empty<StatedFigure>());

    private readonly StatedFigure[] _parts;

    /// <summary>The sums, each naming its run of <paramref name="parts"/>.</summary>
    public FunctionSumSet(IReadOnlyList<FunctionSum> sums, StatedFigure[] parts)
    {
        Sums = sums;
        _parts = parts;
    }

    /// <summary>The sums in the order the rule checks them.</summary>
    public IReadOnlyList<FunctionSum> Sums { get; }

    /// <summary>The parts of <paramref name="sum"/> (one of <see cref="Sums"/>), in code order (a table's 类 rows in printed order).</summary>
    public ReadOnlySpan<StatedFigure> PartsOf(FunctionSum sum) => new(_parts, sum.Start, sum.Count);
}
