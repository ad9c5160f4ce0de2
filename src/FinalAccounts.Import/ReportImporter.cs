using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Import.Evaluations;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Pdf;
using FinalAccounts.Import.Tables;
using FinalAccounts.Import.Xlsx;
using FinalAccounts.Reports;

namespace FinalAccounts.Import;

/// <summary>
/// Imports a published 决算公开 report — a PDF with a text layer, or an XLSX export — into the same
/// <see cref="FinalAccountsReport"/> the JSON reader gives: the standard tables (found by title, unit line and header)
/// as cells with table, row, column and page, and the 说明's figures with their sentence and page.
/// </summary>
public static class ReportImporter
{
    /// <summary>Imports the file at <paramref name="path"/>, by its extension: .pdf or .xlsx.</summary>
    /// <exception cref="ImportException">The file is missing, of another kind, damaged, without text, or not a report.</exception>
    public static ImportResult ImportFile(string path, IProgress<ImportProgress>? progress = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".pdf" => Import(PdfLayoutReader.Read(path, progress)),
            ".xlsx" => Import(XlsxLayoutReader.Read(path, progress)),
            _ => throw new ImportException(path, "无法导入「" + extension + "」类文件（只支持 .pdf 和 .xlsx）/ '" + extension + "' is not a file kind that can be imported (.pdf or .xlsx)"),
        };
    }

    /// <summary>Imports a PDF held in memory; <paramref name="name"/> is used in messages and as the source.</summary>
    public static ImportResult ImportPdf(byte[] pdf, string name, IProgress<ImportProgress>? progress = null)
        => Import(PdfLayoutReader.Read(pdf ?? throw new ArgumentNullException(nameof(pdf)), name, progress));

    /// <summary>Imports an XLSX workbook from a stream; <paramref name="name"/> is used in messages and as the source.</summary>
    public static ImportResult ImportXlsx(Stream xlsx, string name, IProgress<ImportProgress>? progress = null)
        => Import(XlsxLayoutReader.Read(xlsx ?? throw new ArgumentNullException(nameof(xlsx)), name, progress));

    internal static ImportResult Import(LayoutDocument document)
    {
        var notes = new List<ImportNote>(document.Notes);
        var regions = TableLocator.Locate(document, notes, out var isBudget);
        var tables = new List<TableDraft>();
        foreach (var region in regions) tables.Add(new TableDraft(region.Id, region.Title, region.Unit, region.Page, TableRecognizer.Read(region, notes)) { EmptyNote = EmptyTableNote.Find(region) });
        if (isBudget) BudgetImport.OwnBasis(tables);
        var statements = isBudget ? new List<StatementDraft>() : NarrativeReader.Read(document, notes);
        // A 自评表 stops at a standard table's title line (a 预算 has none; it runs to the next 自评表 or 第…部分 heading).
        var stops = new HashSet<LayoutLine>(document.Lines.Where(l => regions.Any(r => r.Page == l.Page && r.Title == l.Text)));
        var evaluationNotes = new List<ImportNote>();
        var evaluations = isBudget ? new List<PerformanceEvaluation>() : EvaluationReader.Read(document, stops, evaluationNotes);
        if (tables.Count == 0 && statements.Count == 0 && evaluations.Count == 0 && !evaluationNotes.Any(n => n.Id is ImportNotes.EvaluationNotRead or ImportNotes.EvaluationStartNotRead))
        {
            throw new ImportException(document.Source, "未找到标准表格（收入支出决算总表、收支预算总表 …）和情况说明，不像决算或预算公开报告 / no standard table (收入支出决算总表, 收支预算总表 …) and no 情况说明 was found: this does not look like a 决算 or 预算 report");
        }
        var header = ReportHeaderReader.Read(document, regions, notes);
        notes.AddRange(evaluationNotes);
        if (isBudget) statements = BudgetNarrativeReader.Read(document, header.Year, notes);
        var targets = isBudget ? Targets.TargetTableReader.Read(document, header.Year, notes) : new List<PerformanceTargets>();
        FinalAccountsReport report;
        try
        {
            report = DraftReport.Build(header, tables, statements, notes, targets, evaluations);
        }
        catch (Exception ex) when (ex is FormatException || ex is ArgumentException)
        {
            // The recognisers only produce what the model and the format allow; a failure here is a bug worth reporting
            // with its cause. ReportBuildException (an ArgumentException) names the part that breaks the format's rules
            // (vocabulary, limits, codes, ids); other ArgumentException and FormatException come from the model's own
            // checks. Either way the import's contract is ImportException.
            throw new ImportException(document.Source, "识别出的数字不构成有效的报告 / the recognised figures do not form a valid report: " + ex.Message, ex);
        }
        return new ImportResult(report, ReportWriter.Write(report), ImportNotes.Bounded(notes), document.PageCount, document);
    }
}
