using System.Collections.Generic;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tables;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Import;

/// <summary>
/// What was recognised, built into a <see cref="FinalAccountsReport"/> through <see cref="ReportBuilder"/>: the same
/// rules as a report file read by <see cref="ReportReader"/> (vocabulary, bases and units, limits, codes, unique ids),
/// the same canonical 功能分类 names, and each figure located by the JSON path <see cref="ReportWriter"/> gives it, with
/// no file line (the user has not seen that file: a finding names the source's page, table, row and column).
/// </summary>
internal static class DraftReport
{
    /// <summary>
    /// The recognised header, tables and statements as a report. A number beyond the format's limits
    /// (<see cref="ReportBuilder.IsTooLarge"/>) is left out with an <see cref="ImportNotes.ValueBeyondLimits"/> note in
    /// <paramref name="notes"/>: a 说明 figure alone, an explanation or a table whole, since a list or table without one of
    /// its figures would add up wrong and be accused of it.
    /// </summary>
    /// <exception cref="ReportBuildException">A recognised part is not one the format allows (a bug in a recogniser).</exception>
    /// <exception cref="System.ArgumentException">A recognised part breaks a model invariant (a bug in a recogniser).</exception>
    public static FinalAccountsReport Build(HeaderDraft header, IReadOnlyList<TableDraft> tables, IReadOnlyList<StatementDraft> statements,
        ICollection<ImportNote> notes, IReadOnlyList<PerformanceTargets>? targets = null, IReadOnlyList<PerformanceEvaluation>? evaluations = null)
    {
        var builder = new ReportBuilder(new ReportInfo(header.Title, header.Year, header.UnitName, header.Level, header.UnitKind,
            header.CurrencyUnit == "元" ? CurrencyUnit.Yuan : CurrencyUnit.WanYuan, header.Source, header.Notes,
            header.Kind == "预算" ? ReportKind.Budget : ReportKind.FinalAccounts));
        foreach (var table in tables)
        {
            if (FirstTooLarge(table) is CellDraft big)
            {
                notes.Add(new ImportNote(ImportNotes.ValueBeyondLimits, big.Value + table.Unit + " 超出报告格式的范围，整表略去 / "
                    + big.Value + " " + table.Unit + " is beyond the format's limits; the table was left out", big.Page, table.Id + " · " + big.Row + " · " + big.Column));
                continue;
            }
            builder.AddTable(table.Id, table.Title, table.Unit, table.EmptyNote, table.Page);
            foreach (var c in table.Cells) builder.AddCell(c.Row, c.Column, new FigureKey(c.Concept, c.Basis, c.Scope, c.FunctionPath, c.Item), c.Value, null, c.Code, c.Page);
        }
        foreach (var s in statements)
        {
            builder.AddStatement(s.Id, s.Section, s.Subsection, s.Sentence, s.Page, s.Coverage);
            foreach (var f in s.Figures)
            {
                if (ReportBuilder.IsTooLarge(f.Value, f.Unit)) notes.Add(BeyondLimits(s, f, "已略去", "the figure was left out"));
                else builder.AddFigure(Key(f), f.Value, f.Unit, null, Of(f));
            }
            foreach (var e in s.Explanations)
            {
                if (e.Parts.Find(p => p.Value.Length > 0 && ReportBuilder.IsTooLarge(p.Value, p.Unit)) is FigureDraft part)
                {
                    notes.Add(BeyondLimits(s, part, "其所在的分项说明整体略去", "the breakdown it belongs to was left out"));
                    continue;
                }
                var also = new List<FigureKey>(e.Also.Count);
                foreach (var a in e.Also) also.Add(Key(a));
                builder.AddExplanation(Key(e.Explains), also, e.Partial, e.Marker);
                foreach (var p in e.Parts)
                {
                    // A part with a value states a figure; one without is a reason given in words.
                    if (p.Value.Length > 0) builder.AddFigurePart(Key(p), p.Value, p.Unit, p.Text, null, Of(p));
                    else builder.AddTextPart(p.Text ?? string.Empty);
                }
            }
        }
        foreach (var t in targets ?? System.Array.Empty<PerformanceTargets>()) builder.AddTargets(t);
        foreach (var e in evaluations ?? System.Array.Empty<PerformanceEvaluation>()) builder.AddEvaluation(e);
        return builder.Build();
    }

    private static CellDraft? FirstTooLarge(TableDraft table)
    {
        foreach (var c in table.Cells)
        {
            if (ReportBuilder.IsTooLarge(c.Value, table.Unit)) return c;
        }
        return null;
    }

    private static ImportNote BeyondLimits(StatementDraft s, FigureDraft f, string chinese, string english)
        => new(ImportNotes.ValueBeyondLimits, f.Value + f.Unit + " 超出报告格式的范围，" + chinese + " / " + f.Value + " " + f.Unit + " is beyond the format's limits; " + english,
            s.Page, s.Id + " · " + s.Sentence);

    private static FigureKey? Of(FigureDraft f) => f.Of is { } o ? new FigureKey(o.Concept, o.Basis, o.Scope) : null;

    private static FigureKey Key(FigureDraft f) => new(f.Concept, f.Basis, f.Scope, f.FunctionPath);
}
