using System.IO;
using System.Linq;
using FinalAccounts.Import.Tests.Putuo;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// One writer: the report an import returns is the report its file (<see cref="ImportResult.Json"/>, written by
/// <see cref="ReportWriter"/>) reads as — written again, both give the same text — and from then on reading and
/// writing changes nothing. The import's own file keeps 功能分类 paths as printed; the reader gives them their
/// canonical names and fills the code they determine, so the first rewrite may differ from the import's text.
/// </summary>
public sealed class ImportedJsonTests
{
    private static void AssertOneWriter(ImportResult imported)
    {
        var back = ReportReader.Parse(imported.Json, "imported.json");
        var written = ReportWriter.Write(back);
        Assert.Equal(written, ReportWriter.Write(imported.Report));
        Assert.Equal(written, ReportWriter.Write(ReportReader.Parse(written, "rewritten.json")));
        // Only the file line tells them apart: the import's locations name the source (line 0), the file's their line.
        Assert.All(imported.Report.Figures, f => Assert.Equal(0, f.Location.Line));
        Assert.All(back.Figures, f => Assert.True(f.Location.Line > 0));
        Assert.Equal(imported.Report.Figures.Select(f => f.Location.JsonPath + "|p" + f.Location.Page), back.Figures.Select(f => f.Location.JsonPath + "|p" + f.Location.Page));
    }

    /// <summary>Law: for any generated workbook, the import's JSON reads as the report the import returns.</summary>
    [Property(MaxTest = 15)]
    public Property An_imported_workbook_is_written_by_the_one_writer()
        => Prop.ForAll(GeneratedReport.Gen().ToArbitrary(), report =>
        {
            using var stream = new MemoryStream(XlsxRenderer.Render(report));
            AssertOneWriter(ReportImporter.ImportXlsx(stream, "generated.xlsx"));
        });

    [SkippableFact]
    public void The_real_pdf_import_is_written_by_the_one_writer() => AssertOneWriter(PutuoPdf.Import);
}
