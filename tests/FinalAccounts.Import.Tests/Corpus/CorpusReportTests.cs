using System.IO;
using System.Linq;
using FinalAccounts.Testing;
using Xunit;
using Xunit.Abstractions;

namespace FinalAccounts.Import.Tests.Corpus;

/// <summary>
/// The import corpus report over ../shared/reports/: per PDF the pages, tables of the nine, cells, 说明 figures and notes
/// by id (printed to the test output), and on the 决算 PDF and the template what issue 14 asks: all nine tables
/// recognised (the template's blank: no cells), no FA4005 on a template sentence. The 预算 PDFs under budget/ are
/// another publication: their lines are printed here, their tables asserted in Budget/BudgetPdfTests.
/// </summary>
public sealed class CorpusReportTests
{
    private readonly ITestOutputHelper _output;

    public CorpusReportTests(ITestOutputHelper output) => _output = output;

    // ../shared/reports/, or a skip (a failure under CI) saying where to put it.
    private static string ReportsFolder => Path.GetDirectoryName(Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf"))!;

    private static ImportStatistics Stats(string relative)
    {
        var path = Path.Combine(ReportsFolder, relative);
        return ImportStatistics.Of(ReportImporter.ImportFile(path), relative);
    }

    [SkippableFact]
    public void Every_pdf_is_reported()
    {
        foreach (var path in Directory.EnumerateFiles(ReportsFolder, "*.pdf", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(ReportsFolder, path);
            try
            {
                _output.WriteLine(ImportStatistics.Of(ReportImporter.ImportFile(path), relative).ToString());
            }
            catch (ImportException ex)
            {
                _output.WriteLine(relative + ": not imported: " + ex.Message);
            }
        }
    }

    [SkippableFact]
    public void The_published_report_has_all_nine_tables_and_every_sentence_read()
    {
        var stats = Stats("shanghai-putuo-czj-2024-final-accounts.pdf");
        _output.WriteLine(stats.ToString());
        Assert.Equal(new[] { "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9" }, stats.Tables);
        Assert.Equal(25, stats.Pages);
        Assert.Equal(195, stats.Cells); // the hand count of PutuoTableFacts
        Assert.Equal(103, stats.NarrativeFigures); // 74 + 14 (十) + 5 (中小企业) + 10 (车辆, 8 kinds, 设备), by hand
        Assert.False(stats.NotesById.ContainsKey(ImportNotes.NarrativeNotRead));
    }

    [SkippableFact]
    public void The_template_has_all_nine_tables_blank_and_no_unread_sentence()
    {
        var stats = Stats(Path.Combine("template", "final-accounts-template-2024.pdf"));
        _output.WriteLine(stats.ToString());
        Assert.Equal(new[] { "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9" }, stats.Tables);
        Assert.Equal(0, stats.Cells);
        Assert.Equal(0, stats.NarrativeFigures); // every figure of the template is a placeholder (XXX)
        Assert.False(stats.NotesById.ContainsKey(ImportNotes.NarrativeNotRead));
        Assert.False(stats.NotesById.ContainsKey(ImportNotes.UnknownLabel));
        Assert.False(stats.NotesById.ContainsKey(ImportNotes.ValueNotPlaced));
    }
}
