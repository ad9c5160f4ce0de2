using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Plans;

/// <summary>
/// What a report (or the unit's view, or one coverage: the report a rule's context holds) states, as the plans ask it: read
/// from the report's <see cref="FigureIndex"/>, which notes it in the walk that indexes the figures, once per report.
/// </summary>
internal readonly struct ReportPresence
{
    private readonly FigureIndex _index;

    /// <summary>The summary of <paramref name="report"/>, indexing it if no check has yet.</summary>
    public ReportPresence(FinalAccountsReport report)
    {
        Report = report;
        _index = report.Index;
    }

    /// <summary>The report summarised.</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>False only when no figure has the concept <paramref name="concept"/>.</summary>
    public bool StatesConcept(PlanName concept) => _index.MayState(concept.Number, basis: false);

    /// <summary>False only when no figure is stated on <paramref name="basis"/>.</summary>
    public bool StatesBasis(PlanName basis) => _index.MayState(basis.Number, basis: true);

    /// <summary>False only when no figure is stated on any of <paramref name="bases"/>.</summary>
    public bool StatesAnyBasis(PlanName[] bases)
    {
        for (var i = 0; i < bases.Length; i++)
        {
            if (StatesBasis(bases[i])) return true;
        }
        return false;
    }

    /// <summary>The report publishes a table.</summary>
    public bool HasTables => Report.Tables.Count > 0;

    /// <summary>Some key is stated in two places (<see cref="FinalAccountsReport.StatesAKeyTwice"/>).</summary>
    public bool StatesAKeyTwice => Report.StatesAKeyTwice;

    /// <summary><see cref="FigureIndex.AnyCount"/>.</summary>
    public bool AnyCount => _index.AnyCount;

    /// <summary><see cref="FigureIndex.AnyShareOfNamedWhole"/>.</summary>
    public bool AnyShareOfNamedWhole => _index.AnyShareOfNamedWhole;

    /// <summary><see cref="FigureIndex.AnyFunctionRow"/>.</summary>
    public bool AnyFunctionRow => _index.AnyFunctionRow;

    /// <summary><see cref="FigureIndex.SpansTwoPlaces"/>.</summary>
    public bool SpansTwoPlaces => _index.SpansTwoPlaces;

    /// <summary><see cref="FigureIndex.AnyRowFigure"/>.</summary>
    public bool AnyRowFigure => _index.AnyRowFigure;

    /// <summary>A complete breakdown (<paramref name="partial"/> false) or a partial list (true) is stated.</summary>
    public bool AnyBreakdown(bool partial) => partial ? _index.AnyPartialBreakdown : _index.AnyCompleteBreakdown;
}
