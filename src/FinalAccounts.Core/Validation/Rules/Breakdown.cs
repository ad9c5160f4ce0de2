using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One breakdown a 说明 states — complete (其中, 一是…二是…) or partial (主要包括…等) — with its parts read as figures and
/// the figures it explains. Money breakdowns (FA1010/FA1011) and count breakdowns (FA1150/FA1151) are the same walk over
/// the report; they differ only in what a part and a total must be.
/// </summary>
internal sealed class Breakdown
{
    private readonly FinalAccountsReport _report;
    private readonly Statement _statement;
    private readonly Explanation _explanation;

    private Breakdown(FinalAccountsReport report, Statement statement, Explanation explanation)
    {
        _report = report;
        _statement = statement;
        _explanation = explanation;
        Parts = explanation.Parts
            .Select(part => part.Figure ?? (part.Reference is FigureKey key ? FigureLookup.Near(report, key, part.ReferenceId) : null))
            .ToList();
    }

    /// <summary>Each part as a figure: the figure it states or refers to, null for a part given only in words.</summary>
    public IReadOnlyList<StatedFigure?> Parts { get; }

    /// <summary>The relation as messages name it: “其中”所列各项之和, or 所列各项之和 without a marker.</summary>
    public string Relation => _explanation.Marker.Length > 0 ? "“" + _explanation.Marker + "”所列各项之和" : "所列各项之和";

    /// <summary>
    /// The figures the breakdown explains, each as its own statement states it (with reference parts, a part may stand
    /// elsewhere). Looked up only when asked: most rules first decide from the parts whether there is anything to check.
    /// </summary>
    public IEnumerable<StatedFigure> Totals()
    {
        foreach (var explained in new[] { _explanation.Explains }.Concat(_explanation.AlsoExplains))
        {
            var total = FigureLookup.Near(_report, explained, _statement.Id);
            if (total != null) yield return total;
        }
    }

    /// <summary>The report's complete breakdowns, or with <paramref name="partial"/> its partial lists, in report order.</summary>
    public static IEnumerable<Breakdown> In(FinalAccountsReport report, bool partial)
    {
        foreach (var statement in report.Statements)
        {
            foreach (var explanation in statement.Explanations)
            {
                if (explanation.IsPartial == partial) yield return new Breakdown(report, statement, explanation);
            }
        }
    }
}
