using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Import;

/// <summary>
/// The report as read from the generated report file, with each location's file line cleared: a finding on an imported
/// PDF or XLSX points at the page, table, row and column (or sentence) of the source, not at a line of a file the user
/// has not seen. The JSON path stays, for <c>finacct import -o</c> users who open the written file.
/// </summary>
internal static class SourceLocations
{
    public static FinalAccountsReport WithoutFileLines(FinalAccountsReport report)
    {
        var tables = report.Tables.Select(t => new ReportTable(t.Id, t.Title, t.Unit, t.Cells.Select(Figure).ToList(), t.EmptyNote, t.Page)).ToList();
        var statements = report.Statements.Select(s => new Statement(s.Id, s.Section, s.Subsection, s.Sentence, s.Figures.Select(Figure).ToList(),
            s.Explanations.Select(e => new Explanation(e.Explains, e.AlsoExplains, e.IsPartial, e.Marker,
                e.Parts.Select(p => new ExplanationPart(p.Text, p.Figure == null ? null : Figure(p.Figure), p.Reference, p.ReferenceId)).ToList(),
                Location(e.Location))).ToList())).ToList();
        return new FinalAccountsReport(report.Info, tables, statements, report.Evaluations);
    }

    private static StatedFigure Figure(StatedFigure f) => new(f.Key, f.Value, f.Unit, Location(f.Location), f.Code.Length > 0 ? f.Code : null, f.ShareOf);

    private static FigureLocation Location(FigureLocation l)
        => new(l.StatementId, l.Section, l.Subsection, l.Sentence, l.JsonPath, l.Row, l.Column, 0, l.Page);
}
