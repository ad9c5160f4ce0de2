using System.Collections.Generic;
using FinalAccounts.Import.Layout;
using FinalAccounts.Reports;

namespace FinalAccounts.Import;

/// <summary>What an import produced: the report, the same report in the report file format, and what the import was unsure of.</summary>
public sealed class ImportResult
{
    internal ImportResult(FinalAccountsReport report, string json, IReadOnlyList<ImportNote> notes, int pages, LayoutDocument layout)
    {
        _locator = new FigureLocator(layout, report);
        Report = report;
        Json = json;
        Notes = notes;
        Pages = pages;
    }

    /// <summary>
    /// The report, exactly as <see cref="ReportReader.Parse(string, string)"/> reads <see cref="Json"/> except that no
    /// location names a line of that file (<see cref="FigureLocation.Line"/> is 0): locations name the source's page,
    /// table, row and column, or sentence.
    /// </summary>
    public FinalAccountsReport Report { get; }

    /// <summary>The report in the report file format (seeds/schema/README.md), for a person to review and correct.</summary>
    public string Json { get; }

    /// <summary>FA4xxx notes: figures left out or inferred rather than guessed.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>Pages (PDF) or sheets (XLSX) read.</summary>
    public int Pages { get; }

    private readonly FigureLocator _locator;

    /// <summary>
    /// Where <paramref name="figure"/> (a figure of <see cref="Report"/>) is printed in the source: its page and box, from
    /// the words the import read. Null when the figure cannot be placed with certainty (its digits printed nowhere on
    /// its page, or in several places its row or sentence do not tell apart): a caller marks no place rather than a wrong one.
    /// </summary>
    public SourceBox? Locate(StatedFigure figure) => _locator.Locate(figure);
}
