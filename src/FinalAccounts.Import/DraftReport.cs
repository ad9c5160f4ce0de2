using System.Collections.Generic;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tables;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Import;

/// <summary>
/// What was recognised, as a <see cref="FinalAccountsReport"/>: the model's constructors check what they own (a
/// table's unit, unique ids, a part that says something, a money value that parses, a 功能分类 path that names a code).
/// The importer writes it with <see cref="ReportWriter"/> and reads that back, so <see cref="ReportReader"/> checks the
/// rest (vocabulary, bases and units, limits, codes) and gives 功能分类 paths their canonical names.
/// </summary>
internal static class DraftReport
{
    /// <summary>The recognised header, tables and statements as a report; figures are located without a file line.</summary>
    /// <exception cref="System.ArgumentException">A recognised part breaks a model invariant (a bug in a recogniser).</exception>
    /// <exception cref="System.FormatException">A recognised money value is not a number as printed.</exception>
    public static FinalAccountsReport Build(HeaderDraft header, IReadOnlyList<TableDraft> tables, IReadOnlyList<StatementDraft> statements)
    {
        var info = new ReportInfo(header.Title, header.Year, header.UnitName, header.Level, header.UnitKind,
            header.CurrencyUnit == "元" ? CurrencyUnit.Yuan : CurrencyUnit.WanYuan, header.Source, header.Notes,
            header.Kind == "预算" ? ReportKind.Budget : ReportKind.FinalAccounts);
        var modelTables = new List<ReportTable>(tables.Count);
        foreach (var table in tables) modelTables.Add(Table(table));
        var modelStatements = new List<Statement>(statements.Count);
        foreach (var statement in statements) modelStatements.Add(Statement(statement));
        return new FinalAccountsReport(info, modelTables, modelStatements);
    }

    private static ReportTable Table(TableDraft table)
    {
        var cells = new List<StatedFigure>(table.Cells.Count);
        foreach (var c in table.Cells)
        {
            var location = new FigureLocation(table.Id, table.Title, string.Empty, string.Empty, string.Empty, c.Row, c.Column, 0, c.Page);
            cells.Add(new StatedFigure(new FigureKey(c.Concept, c.Basis, c.Scope, c.FunctionPath, c.Item), c.Value, table.Unit, location, c.Code));
        }
        return new ReportTable(table.Id, table.Title, table.Unit, cells, table.EmptyNote, table.Page);
    }

    private static Statement Statement(StatementDraft s)
    {
        var location = new FigureLocation(s.Id, s.Section, s.Subsection, s.Sentence, string.Empty, string.Empty, string.Empty, 0, s.Page);
        var figures = new List<StatedFigure>(s.Figures.Count);
        foreach (var f in s.Figures) figures.Add(Figure(f, location));
        var explanations = new List<Explanation>(s.Explanations.Count);
        foreach (var e in s.Explanations)
        {
            var also = new List<FigureKey>(e.Also.Count);
            foreach (var a in e.Also) also.Add(Key(a));
            var parts = new List<ExplanationPart>(e.Parts.Count);
            foreach (var p in e.Parts)
            {
                // A part with a value states a figure; one without is a reason given in words.
                parts.Add(p.Value.Length > 0 ? new ExplanationPart(p.Text ?? string.Empty, Figure(p, location), null) : new ExplanationPart(p.Text ?? string.Empty, null, null));
            }
            explanations.Add(new Explanation(Key(e.Explains), also, e.Partial, e.Marker, parts, location));
        }
        return new Statement(s.Id, s.Section, s.Subsection, s.Sentence, figures, explanations);
    }

    private static StatedFigure Figure(FigureDraft f, FigureLocation location)
    {
        FigureKey? of = f.Of is { } o ? new FigureKey(o.Concept, o.Basis, o.Scope) : null;
        return new StatedFigure(Key(f), f.Value, f.Unit, location, null, of);
    }

    private static FigureKey Key(FigureDraft f) => new(f.Concept, f.Basis, f.Scope, f.FunctionPath);
}
