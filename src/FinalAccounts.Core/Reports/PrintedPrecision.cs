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
            // The statement's figures, then its explanations' parts in order (each read once, not found again by its place).
            var figures = statement.Figures;
            for (var f = 0; f < figures.Count; f++) Learn(sectionConvention, statement.Section, figures[f]);
            for (var e = 0; e < statement.Explanations.Count; e++)
            {
                var parts = statement.Explanations[e].Parts;
                for (var p = 0; p < parts.Count; p++) Learn(sectionConvention, statement.Section, parts[p].Figure);
            }
        }

        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            var figures = statement.Figures;
            for (var f = 0; f < figures.Count; f++) Read(sectionConvention, statement.Section, figures[f], inTable, byKey);
            for (var e = 0; e < statement.Explanations.Count; e++)
            {
                var parts = statement.Explanations[e].Parts;
                for (var p = 0; p < parts.Count; p++) Read(sectionConvention, statement.Section, parts[p].Figure, inTable, byKey);
            }
        }
    }

    /// <summary>What a 说明 money figure says of its section's convention in its unit: the most places printed, up to 2.</summary>
    private static void Learn(List<(string Section, string Unit, int Decimals)> sectionConvention, string section, StatedFigure? figure)
    {
        if (figure == null || !figure.IsMoney) return;
        var at = Convention(sectionConvention, section, figure.Unit);
        int printed = figure.Amount.Decimals > Narrative ? Narrative : figure.Amount.Decimals;
        if (at < 0) sectionConvention.Add((section, figure.Unit, printed));
        else if (printed > sectionConvention[at].Decimals) sectionConvention[at] = (section, figure.Unit, printed);
    }

    /// <summary>Sets the places a 说明 money figure (not a table's cell) is read at.</summary>
    private static void Read(List<(string Section, string Unit, int Decimals)> sectionConvention, string section, StatedFigure? figure,
        HashSet<StatedFigure>? inTable, FigureKeyIndex byKey)
    {
        if (figure == null || !figure.IsMoney || (inTable != null && inTable.Contains(figure))) return;
        int printed = figure.Amount.Decimals;
        if (printed >= Narrative)
        {
            figure.ReadAt(printed);
            return;
        }
        int? fromCopies = FromCopies(figure, byKey);
        figure.ReadAt(fromCopies ?? sectionConvention[Convention(sectionConvention, section, figure.Unit)].Decimals);
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
