using System;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Validation.Rules;

namespace FinalAccounts.Reports;

/// <summary>
/// The report's figures grouped by concept and by basis, in printed order: most rules start from "every figure of this
/// concept" (SumIdentity) or "of this basis" (rates, differences), and a scan of all figures per rule was most of a check's
/// time. Built once per report on first use (<see cref="FinalAccountsReport.Index"/>) and shared by every rule and check.
/// </summary>
/// <remarks>
/// The same walk keeps what the rule engine's plans ask before running a rule (FinalAccounts.Validation.Plans): which of the
/// plans' concepts and bases are stated (<see cref="MayState"/>), and whether any figure is a count, a share of a named whole
/// or a 功能分类 row, whether any stands in a row, whether they stand in more than one place, and whether any breakdown is complete or partial.
/// What only some rules use (<see cref="Repeats"/>, <see cref="FunctionSums"/>) is found on its first use instead, so a check that runs none of them
/// does not pay for it.
/// </remarks>
internal sealed class FigureIndex
{
    private static readonly IReadOnlyList<StatedFigure> s_none = Array.Empty<StatedFigure>();
    private static readonly IReadOnlyList<(StatedFigure Figure, StatedFigure First)> s_noRepeats = Array.Empty<(StatedFigure, StatedFigure)>();

    private readonly FinalAccountsReport _report;
    private IReadOnlyList<(StatedFigure Figure, StatedFigure First)>? _repeats;
    private FunctionSumSet? _functionSums;

    private readonly Dictionary<string, List<StatedFigure>> _byConcept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StatedFigure>> _byBasis = new(StringComparer.Ordinal);

    // Bit n of the first half: the concept numbered n is stated; of the second half: the basis numbered n.
    private readonly ulong[] _stated;
    private readonly int _known;
    private readonly int _words;

    /// <summary>Indexes the figures of <paramref name="report"/>, which must be the report as the rules see the unit (its <see cref="FinalAccountsReport.UnitView"/>).</summary>
    public FigureIndex(FinalAccountsReport report)
    {
        _report = report;
        var figures = report.Figures;
        var statements = report.Statements;
        // Names numbered after this line are answered "maybe stated" (PresenceNames' remarks).
        _known = PresenceNames.Count;
        _words = (_known + 63) >> 6;
        _stated = _words == 0 ? Array.Empty<ulong>() : new ulong[2 * _words];
        string? place = null;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            // Ids are mostly the same string instance figure after figure: the comparison is nearly always a reference test.
            var statementId = figure.Location.StatementId;
            if (place == null) place = statementId;
            else if (!string.Equals(place, statementId, StringComparison.Ordinal)) SpansTwoPlaces = true;
            if (figure.Location.Row.Length > 0) AnyRowFigure = true;
            if (Add(_byConcept, figure.Key.Concept, figure)) Mark(0, figure.Key.Concept);
            if (Add(_byBasis, figure.Key.Basis, figure)) Mark(_words, figure.Key.Basis);
            if (figure.IsCount) AnyCount = true;
            if (figure.ShareOf != null) AnyShareOfNamedWhole = true;
            if (figure.Function != null) AnyFunctionRow = true;
        }
        for (var s = 0; s < statements.Count; s++)
        {
            var explanations = statements[s].Explanations;
            for (var e = 0; e < explanations.Count; e++)
            {
                if (explanations[e].IsPartial) AnyPartialBreakdown = true;
                else AnyCompleteBreakdown = true;
            }
        }
    }

    /// <summary>Every figure of <paramref name="concept"/>, in printed order.</summary>
    public IReadOnlyList<StatedFigure> WithConcept(string concept) => _byConcept.TryGetValue(concept, out var list) ? list : s_none;

    /// <summary>Every figure stated on <paramref name="basis"/>, in printed order.</summary>
    public IReadOnlyList<StatedFigure> WithBasis(string basis) => _byBasis.TryGetValue(basis, out var list) ? list : s_none;

    /// <summary>
    /// False only when no figure is stated with the concept (<paramref name="basis"/> false) or basis (true) numbered
    /// <paramref name="name"/> by <see cref="PresenceNames"/>; true when one is, or when the name was numbered after the walk.
    /// </summary>
    public bool MayState(int name, bool basis)
        => name >= _known || (_stated[(basis ? _words : 0) + (name >> 6)] & (1UL << (name & 63))) != 0;

    /// <summary>
    /// Every figure whose key an earlier figure states (the second and later statements of a key, in printed order), each
    /// with the first statement of its key: FA1030 and FA1140 compare exactly these, and a report repeats few of its
    /// figures, so they walk this list instead of looking up the key of every figure. Found on first use.
    /// </summary>
    public IReadOnlyList<(StatedFigure Figure, StatedFigure First)> Repeats
        => Volatile.Read(ref _repeats) ?? Interlocked.CompareExchange(ref _repeats, FindRepeats(), null) ?? _repeats!;

    /// <summary>
    /// The sums FA1040 checks (<see cref="FunctionTreeRule.Sums"/>): which figures the 功能分类 tree relates is the same on
    /// every check of the report, so it is found on the first and kept. Found on first use.
    /// </summary>
    public FunctionSumSet FunctionSums
        => Volatile.Read(ref _functionSums) ?? Interlocked.CompareExchange(ref _functionSums, FunctionTreeRule.Sums(_report), null) ?? _functionSums!;

    private object?[]? _memos;

    /// <summary>
    /// What memo <paramref name="slot"/> (<see cref="ReportMemo"/>) found about this report: made by <paramref name="find"/>
    /// on first use and kept for every later check. The report is immutable, so what <paramref name="find"/> makes from it
    /// is the same whenever it is made; a second thread making it at the same time only makes an equal copy. A slot numbered
    /// after this report's memos were first sized (a type's static slot is numbered on its first use) grows them.
    /// </summary>
    public T Memo<TState, T>(int slot, TState state, Func<TState, FinalAccountsReport, T> find)
        where T : class
    {
        var memos = Volatile.Read(ref _memos);
        while (memos == null || (uint)slot >= (uint)memos.Length)
        {
            // Copied, then swapped whole: a value kept in the old array meanwhile may be lost and is then made again, equal.
            var grown = new object?[Math.Max(ReportMemo.Count, slot + 1)];
            if (memos != null) Array.Copy(memos, grown, memos.Length);
            var seen = Interlocked.CompareExchange(ref _memos, grown, memos);
            memos = ReferenceEquals(seen, memos) ? grown : seen;
        }
        return (T?)Volatile.Read(ref memos[slot]) ?? (T)(Interlocked.CompareExchange(ref memos[slot], find(state, _report), null) ?? memos[slot]!);
    }

    private IReadOnlyList<(StatedFigure Figure, StatedFigure First)> FindRepeats()
    {
        // The report noted while indexing its figures by key whether any key came twice: most small reports repeat none.
        if (!_report.StatesAKeyTwice) return s_noRepeats;
        List<(StatedFigure, StatedFigure)>? repeats = null;
        var figures = _report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (_report.FindFirst(figure.Key) is StatedFigure first && !ReferenceEquals(first, figure)) (repeats ??= new List<(StatedFigure, StatedFigure)>()).Add((figure, first));
        }
        return repeats ?? s_noRepeats;
    }

    /// <summary>Some figure is a count (辆, 人, 个 …).</summary>
    public bool AnyCount { get; }

    /// <summary>Some figure is a share that names its whole (<see cref="StatedFigure.ShareOf"/>).</summary>
    public bool AnyShareOfNamedWhole { get; }

    /// <summary>Some figure stands in a 功能分类 row (<see cref="StatedFigure.Function"/>).</summary>
    public bool AnyFunctionRow { get; }

    /// <summary>Figures stand in at least two tables or statements (two <see cref="FigureLocation.StatementId"/>s).</summary>
    public bool SpansTwoPlaces { get; }

    /// <summary>Some figure stands in a row (a table cell, or a figure the reader placed in a row).</summary>
    public bool AnyRowFigure { get; }

    /// <summary>Some statement explains a figure by a complete breakdown (其中, 一是…二是…).</summary>
    public bool AnyCompleteBreakdown { get; }

    /// <summary>Some statement explains a figure by a partial list (主要包括…等).</summary>
    public bool AnyPartialBreakdown { get; }

    private void Mark(int offset, string name)
    {
        if (PresenceNames.TryGet(name, out var number) && number < _known) _stated[offset + (number >> 6)] |= 1UL << (number & 63);
    }

    // True when the name's list is new: the name is then looked up among the plans' names once, not once per figure.
    private static bool Add(Dictionary<string, List<StatedFigure>> index, string name, StatedFigure figure)
    {
        if (index.TryGetValue(name, out var list))
        {
            list.Add(figure);
            return false;
        }
        index.Add(name, new List<StatedFigure> { figure });
        return true;
    }
}
