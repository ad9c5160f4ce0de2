using System.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>import(render(report)) gives back every generated cell, figure by figure, from a PDF and from an XLSX.</summary>
public sealed class RoundTripProperties
{
    [Property(MaxTest = 25)]
    public Property Pdf_round_trip_gives_back_every_cell()
        => Prop.ForAll(GeneratedReport.Gen().ToArbitrary(), report =>
        {
            var imported = ReportImporter.ImportPdf(PdfRenderer.Render(report), "generated.pdf");
            Assert.Equal(report.ExpectedCells(), GeneratedReport.Cells(imported.Report));
            return true;
        });

    [Property(MaxTest = 25)]
    public Property Xlsx_round_trip_gives_back_every_cell()
        => Prop.ForAll(GeneratedReport.Gen().ToArbitrary(), report =>
        {
            using var stream = new MemoryStream(XlsxRenderer.Render(report));
            var imported = ReportImporter.ImportXlsx(stream, "generated.xlsx");
            Assert.Equal(report.ExpectedCells(), GeneratedReport.Cells(imported.Report));
            return true;
        });
}
