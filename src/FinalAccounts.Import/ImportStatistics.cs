using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import;

/// <summary>
/// What an import found in one file, for a corpus report (<c>finacct import --stats</c>): pages, which of the nine
/// standard tables were recognised (a blank table counts: recognised with no cells), table cells, 说明 statements and
/// figures, and the notes by id. Comparing these over many reports shows where the import loses what.
/// </summary>
public sealed class ImportStatistics
{
    private ImportStatistics(string file, int pages, IReadOnlyList<string> tables, int cells, int statements, int narrativeFigures, IReadOnlyDictionary<string, int> notes)
    {
        File = file;
        Pages = pages;
        Tables = tables;
        Cells = cells;
        Statements = statements;
        NarrativeFigures = narrativeFigures;
        NotesById = notes;
    }

    /// <summary>The statistics of <paramref name="result"/>, imported from <paramref name="file"/>.</summary>
    public static ImportStatistics Of(ImportResult result, string file)
    {
        var report = result.Report;
        var narrative = report.Statements.Sum(s => s.Figures.Count + s.Explanations.Sum(e => e.Parts.Count(p => p.Figure != null)));
        var notes = result.Notes.GroupBy(n => n.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal);
        return new ImportStatistics(file, result.Pages, report.Tables.Select(t => t.Id).ToList(), report.Tables.Sum(t => t.Cells.Count), report.Statements.Count, narrative, notes);
    }

    /// <summary>The file, as given.</summary>
    public string File { get; }

    /// <summary>Pages (PDF) or sheets (XLSX) read.</summary>
    public int Pages { get; }

    /// <summary>The ids (表1 … 表9) of the standard tables recognised, blank ones included.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>How many standard tables there are: <see cref="Tables"/> is out of this many.</summary>
    public static int StandardTableCount => StandardTables.All.Count;

    /// <summary>Table cells imported (blank cells are absent).</summary>
    public int Cells { get; }

    /// <summary>说明 statements read.</summary>
    public int Statements { get; }

    /// <summary>说明 figures read: the statements' figures and their explanations' parts with a value.</summary>
    public int NarrativeFigures { get; }

    /// <summary>The import's notes counted by id (FA4001 …), in id order.</summary>
    public IReadOnlyDictionary<string, int> NotesById { get; }

    /// <summary>"file: 25 pages, 9/9 tables, 195 cells, 25 statements with 103 figures, notes FA4006×1".</summary>
    public override string ToString()
        => File + ": " + Pages.ToString(CultureInfo.InvariantCulture) + " pages, " + Tables.Count.ToString(CultureInfo.InvariantCulture) + "/" + StandardTableCount.ToString(CultureInfo.InvariantCulture)
            + " tables" + (Tables.Count < StandardTableCount ? " (missing " + string.Join(" ", StandardTables.All.Select(t => t.Id).Except(Tables)) + ")" : string.Empty)
            + ", " + Cells.ToString(CultureInfo.InvariantCulture) + " cells, " + Statements.ToString(CultureInfo.InvariantCulture) + " statements with "
            + NarrativeFigures.ToString(CultureInfo.InvariantCulture) + " figures, notes "
            + (NotesById.Count == 0 ? "none" : string.Join(" ", NotesById.Select(n => n.Key + "×" + n.Value.ToString(CultureInfo.InvariantCulture))));
}
