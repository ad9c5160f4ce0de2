using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One breakdown a 说明 states — complete (其中, 一是…二是…) or partial (主要包括…等) — with its parts read as figures and
/// the figures it explains. Money breakdowns (FA1010/FA1011) and count breakdowns (FA1150/FA1151) are the same walk over
/// the report; they differ only in what a part and a total must be.
/// </summary>
internal sealed class Breakdown : IReadOnlyList<StatedFigure?>
{
    private readonly Explanation _explanation;

    private Breakdown(FinalAccountsReport report, Statement statement, Explanation explanation)
    {
        _explanation = explanation;
        var parts = explanation.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var figure = part.Figure;
            if (figure == null && part.Reference is FigureKey key)
            {
                figure = FigureLookup.Near(report, key, part.ReferenceId);
                (_references ??= new StatedFigure?[parts.Count])[i] = figure;
            }
            if (figure != null)
            {
                if (figure.IsMoney) MoneyParts++;
                if (figure.IsCount) CountParts++;
            }
        }
        // A breakdown is made once per report (Of) and read by every later check, from any thread: what it explains is
        // looked up now, not on a first read that two checks could race on.
        FindTotals(report, statement, explanation);
        if (MoneyParts > 0 && MoneyParts < parts.Count) MoneyOnly = MoneyOnlyOf(this);
    }

    // The figures of the parts that refer to a figure stated elsewhere, by part; null while no part refers (most lists state
    // their figures): the parts are then the explanation's own figures, read in place rather than copied for every check.
    private readonly StatedFigure?[]? _references;

    /// <summary>Each part as a figure: the figure it states or refers to, null for a part given only in words.</summary>
    /// <remarks>The breakdown itself, a view of the explanation's parts (a finding on its sum lists it as its inputs).</remarks>
    public IReadOnlyList<StatedFigure?> Parts => this;

    /// <summary>How many parts the breakdown lists.</summary>
    public int Count => _explanation.Parts.Count;

    /// <summary>The <paramref name="index"/>th part as a figure (see <see cref="Parts"/>).</summary>
    public StatedFigure? this[int index] => _explanation.Parts[index].Figure ?? _references?[index];

    /// <summary>The parts in order.</summary>
    public IEnumerator<StatedFigure?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>How many parts are money figures.</summary>
    public int MoneyParts { get; }

    /// <summary>How many parts are counts.</summary>
    public int CountParts { get; }

    /// <summary>The relation as messages name it: “其中”所列各项之和, or 所列各项之和 without a marker.</summary>
    public string Relation => _explanation.Marker.Length == 0 ? "所列各项之和"
        : s_relations.GetOrAdd(_explanation.Marker, static marker => "“" + marker + "”所列各项之和");

    // Markers are a handful of words (其中, 一是…); their relation text is made once, not once per breakdown checked.
    private static readonly ConcurrentDictionary<string, string> s_relations = new(StringComparer.Ordinal);

    /// <summary>Whether it is a partial list (主要包括…等) rather than a complete breakdown.</summary>
    public bool IsPartial => _explanation.IsPartial;

    // The figures the breakdown explains: the one total itself when it explains one figure (most do: no array for them),
    // an array when it explains several.
    private int _totalCount;
    private StatedFigure? _total;
    private StatedFigure[]? _totals;

    /// <summary>
    /// How many of the figures the breakdown explains are stated (each as its own statement states it: with reference
    /// parts, a part may stand elsewhere).
    /// </summary>
    public int TotalCount => _totalCount;

    /// <summary>The <paramref name="i"/>th figure the breakdown explains (0 ≤ i &lt; <see cref="TotalCount"/>), in the explanation's order.</summary>
    public StatedFigure Total(int i)
    {
        if ((uint)i >= (uint)_totalCount) throw new ArgumentOutOfRangeException(nameof(i));
        return _totals != null ? _totals[i] : _total!;
    }

    /// <summary>
    /// The money parts alone, in order, when some part is not money (given in words, or a count); null when every part is
    /// money (<see cref="Parts"/> is then the list) or none is. A partial list's sum is bounded by these (FA1011).
    /// </summary>
    public IReadOnlyList<StatedFigure>? MoneyOnly { get; }

    private static List<StatedFigure> MoneyOnlyOf(Breakdown parts)
    {
        var money = new List<StatedFigure>(parts.MoneyParts);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is { IsMoney: true } part) money.Add(part);
        }
        return money;
    }

    private void FindTotals(FinalAccountsReport report, Statement statement, Explanation explanation)
    {
        var total = FigureLookup.Near(report, explanation.Explains, statement.Id);
        // By index: a foreach over the IReadOnlyList boxes an enumerator for every breakdown.
        var also = explanation.AlsoExplains;
        if (also.Count == 0)
        {
            _total = total;
            _totalCount = total != null ? 1 : 0;
            return;
        }
        var totals = new StatedFigure[1 + also.Count];
        var n = 0;
        if (total != null) totals[n++] = total;
        for (var i = 0; i < also.Count; i++)
        {
            total = FigureLookup.Near(report, also[i], statement.Id);
            if (total != null) totals[n++] = total;
        }
        _totals = totals;
        _totalCount = n;
    }

    // The key of the report's breakdowns among its memos (no rule owns them: every 说明 rule reads them).
    private static readonly object s_memo = new();

    /// <summary>
    /// The report's breakdowns (<see cref="All"/>), made on its first check and kept by its index for every later one
    /// (<see cref="FigureIndex.Memo{TOwner, T}"/>): read by FA1010, FA1011, FA1150 and FA1151 through <see cref="RuleContext.Breakdowns"/>.
    /// </summary>
    public static IReadOnlyList<Breakdown> Of(FinalAccountsReport report)
        => report.Index.Memo(s_memo, static (_, r) => All(r));

    /// <summary>
    /// Every breakdown of the report, complete and partial, in report order, made anew (<see cref="Of"/> keeps them).
    /// </summary>
    public static IReadOnlyList<Breakdown> All(FinalAccountsReport report)
    {
        var statements = report.Statements;
        var count = 0;
        for (var s = 0; s < statements.Count; s++) count += statements[s].Explanations.Count;
        if (count == 0) return Array.Empty<Breakdown>();
        // Counted first: one array of the right size instead of a list grown by copying.
        var all = new Breakdown[count];
        var n = 0;
        for (var s = 0; s < statements.Count; s++)
        {
            var explanations = statements[s].Explanations;
            for (var e = 0; e < explanations.Count; e++) all[n++] = new Breakdown(report, statements[s], explanations[e]);
        }
        return all;
    }
}
