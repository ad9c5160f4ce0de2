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

    public static void Assign(IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, FigureKeyIndex byKey)
    {
        // Only reports with tables need to know which figures are cells.
        var inTable = tables.Count > 0 ? new HashSet<StatedFigure>() : null;
        // Loops by index: a foreach over an IReadOnlyList makes an enumerator, and this runs on every read of a report.
        for (var t = 0; t < tables.Count; t++)
        {
            var cells = tables[t].Cells;
            int convention = 0;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.IsMoney && cell.Amount.Decimals > convention) convention = cell.Amount.Decimals;
            }
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (!cell.IsMoney) continue;
                inTable!.Add(cell);
                cell.ReadAt(convention);
            }
        }

        // A report has a dozen headings and two money units: a short list, searched from the heading last found (figures of
        // one statement share it), costs less than hashing every heading's text for every figure.
        var sectionConvention = new List<(string Section, string Unit, int Decimals)>();
        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            for (int i = 0, n = FigureCount(statement); i < n; i++)
            {
                var figure = FigureAt(statement, i);
                if (figure == null || !figure.IsMoney) continue;
                var at = Convention(sectionConvention, statement.Section, figure.Unit);
                int printed = figure.Amount.Decimals > Narrative ? Narrative : figure.Amount.Decimals;
                if (at < 0) sectionConvention.Add((statement.Section, figure.Unit, printed));
                else if (printed > sectionConvention[at].Decimals) sectionConvention[at] = (statement.Section, figure.Unit, printed);
            }
        }

        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            for (int i = 0, n = FigureCount(statement); i < n; i++)
            {
                var figure = FigureAt(statement, i);
                if (figure == null || !figure.IsMoney || (inTable != null && inTable.Contains(figure))) continue;
                int printed = figure.Amount.Decimals;
                if (printed >= Narrative)
                {
                    figure.ReadAt(printed);
                    continue;
                }
                int? fromCopies = FromCopies(figure, byKey);
                figure.ReadAt(fromCopies ?? sectionConvention[Convention(sectionConvention, statement.Section, figure.Unit)].Decimals);
            }
        }
    }

    /// <summary>Where the convention of <paramref name="section"/> in <paramref name="unit"/> stands in the list, or -1.</summary>
    private static int Convention(List<(string Section, string Unit, int Decimals)> conventions, string section, string unit)
    {
        for (var i = conventions.Count - 1; i >= 0; i--)
        {
            var (s, u, _) = conventions[i];
            if (string.Equals(s, section, System.StringComparison.Ordinal) && string.Equals(u, unit, System.StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>How many places <see cref="FigureAt"/> numbers: a statement's figures, then its explanations' parts.</summary>
    private static int FigureCount(Statement statement)
    {
        var n = statement.Figures.Count;
        for (var e = 0; e < statement.Explanations.Count; e++) n += statement.Explanations[e].Parts.Count;
        return n;
    }

    /// <summary>The statement's <paramref name="i"/>th figure in the order of the file (its figures, then its parts' figures), or null for a part without one.</summary>
    private static StatedFigure? FigureAt(Statement statement, int i)
    {
        if (i < statement.Figures.Count) return statement.Figures[i];
        i -= statement.Figures.Count;
        for (var e = 0; e < statement.Explanations.Count; e++)
        {
            var parts = statement.Explanations[e].Parts;
            if (i < parts.Count) return parts[i].Figure;
            i -= parts.Count;
        }
        return null;
    }

    // Walks the key's statements in the index rather than asking for their list: reading makes no list per key.
    private static int? FromCopies(StatedFigure figure, FigureKeyIndex byKey)
    {
        var amount = figure.Amount;
        int? least = null;
        for (var i = byKey.First(figure.Key); i >= 0; i = byKey.Next(i))
        {
            var other = byKey[i];
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
