using System.Collections.Generic;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>
/// Decides the precision each money figure of a report is read at, from how it and its neighbours are printed. A figure
/// printed with 2 or more decimals is read as printed. One printed with fewer is either a copy whose trailing zeros were
/// dropped ("174" for a table's 174.00, "180.9" for 180.90) or a figure rounded to whole 万元 or one decimal ("三公经费38万元"
/// for 37.85): reading a rounded figure at 2 decimals accuses correct figures, reading a copy at 0 only widens its interval.
/// </summary>
/// <remarks>
/// In order, for a figure printed with d &lt; 2 decimals:
/// <list type="number">
/// <item>a table cell is read at its table's convention: the most decimals any money cell of that table prints (a table of
/// whole 万元 is read at 0, a 2-decimal table that drops trailing zeros at 2);</item>
/// <item>a 说明 figure that another place states with the same key at more decimals is a copy when the values are equal
/// (read at that precision), and a rounded copy when that value rounds to it at d places (read at d);</item>
/// <item>otherwise a 说明 figure follows its section's convention in its unit: the most decimals the money figures of the
/// same heading print, capped at 2 (a section written in whole 万元 is read at 0, one that prints 2936.74 beside "174" at 2).</item>
/// </list>
/// Every step depends only on the set of figures, never on their order.
/// </remarks>
internal static class PrintedPrecision
{
    private const int Narrative = 2;

    public static void Assign(IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, System.Func<FigureKey, IReadOnlyList<StatedFigure>> find)
    {
        var inTable = new HashSet<StatedFigure>();
        foreach (var table in tables)
        {
            int convention = 0;
            foreach (var cell in table.Cells)
            {
                if (cell.IsMoney && cell.Amount.Decimals > convention) convention = cell.Amount.Decimals;
            }
            foreach (var cell in table.Cells)
            {
                if (!cell.IsMoney) continue;
                inTable.Add(cell);
                cell.ReadAt(convention);
            }
        }

        var sectionConvention = new Dictionary<(string Section, string Unit), int>();
        foreach (var statement in statements)
        {
            foreach (var figure in FiguresOf(statement))
            {
                if (!figure.IsMoney) continue;
                var key = (statement.Section, figure.Unit);
                sectionConvention.TryGetValue(key, out int d);
                int printed = figure.Amount.Decimals > Narrative ? Narrative : figure.Amount.Decimals;
                sectionConvention[key] = printed > d ? printed : d;
            }
        }

        foreach (var statement in statements)
        {
            foreach (var figure in FiguresOf(statement))
            {
                if (!figure.IsMoney || inTable.Contains(figure)) continue;
                int printed = figure.Amount.Decimals;
                if (printed >= Narrative)
                {
                    figure.ReadAt(printed);
                    continue;
                }
                int? fromCopies = FromCopies(figure, find(figure.Key));
                figure.ReadAt(fromCopies ?? sectionConvention[(statement.Section, figure.Unit)]);
            }
        }
    }

    private static IEnumerable<StatedFigure> FiguresOf(Statement statement)
    {
        foreach (var figure in statement.Figures) yield return figure;
        foreach (var explanation in statement.Explanations)
        {
            foreach (var part in explanation.Parts)
            {
                if (part.Figure != null) yield return part.Figure;
            }
        }
    }

    /// <summary>
    /// The precision the other statements of the same key give the figure, or null when they say nothing: an equal copy
    /// printed with more decimals gives its own (up to 2), a different one that rounds to the figure gives the figure's
    /// printed decimals; with several, the least, so that no reading accuses a figure another reading explains.
    /// </summary>
    private static int? FromCopies(StatedFigure figure, IReadOnlyList<StatedFigure> sameKey)
    {
        var amount = figure.Amount;
        int? least = null;
        foreach (var other in sameKey)
        {
            if (ReferenceEquals(other, figure) || !other.IsMoney) continue;
            var o = other.Amount.ConvertTo(amount.Unit);
            if (o.Decimals <= amount.Decimals) continue;
            int? d = o.Value == amount.Value ? (o.Decimals < Narrative ? o.Decimals : Narrative)
                : DecimalMath.RoundsTo(o.Value, amount.Decimals, amount.Value) ? amount.Decimals
                : null;
            if (d != null && (least == null || d < least)) least = d;
        }
        return least;
    }
}
