using System.IO;
using System.Linq;
using FinalAccounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>import(render(report)) gives back every generated cell, figure by figure, from a PDF and from an XLSX.</summary>
public sealed class RoundTripProperties
{
    // Writing the PDFs needs a CJK font: without one the test skips (fails under CI) before FsCheck runs, which would
    // otherwise report the missing font as a counterexample.
    [SkippableFact]
    public void Pdf_round_trip_gives_back_every_cell()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedReport.Gen().ToArbitrary(), report =>
        {
            var imported = ReportImporter.ImportPdf(PdfRenderer.Render(report), "generated.pdf");
            Assert.Equal(report.ExpectedCells(), GeneratedReport.Cells(imported.Report));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    /// <summary>
    /// Law: a table printed with a footnote, its 合计 on the header line, wrapped names (values centred or at the top of
    /// the tall cell), amounts broken over two lines and page breaks never imports a value into another cell; and as
    /// each of these layouts is unambiguous, every cell comes back.
    /// </summary>
    [SkippableFact]
    public void Pdf_layout_variants_never_import_a_value_into_another_cell()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedReport.Gen(TableLayout.Gen()).ToArbitrary(), report =>
        {
            var imported = GeneratedReport.Cells(ReportImporter.ImportPdf(PdfRenderer.Render(report), "variants.pdf").Report);
            var expected = report.ExpectedCells();
            Assert.Empty(imported.Except(expected)); // no slip: nothing placed in a cell it does not belong to
            Assert.Equal(expected, imported); // no loss
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    /// <summary>
    /// Law: a 基本支出决算表 in one block or two side by side, codes split or joined, wrapped names, blank cells, a
    /// footnote and page breaks never imports a value into another cell, and gives every cell back.
    /// </summary>
    [SkippableFact]
    public void Pdf_basic_expenditure_layouts_never_import_a_value_into_another_cell()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedEconomicTable.Generate().ToArbitrary(), table =>
        {
            var imported = GeneratedEconomicTable.Cells(ReportImporter.ImportPdf(table.Render(), "economic.pdf"));
            var expected = table.ExpectedCells();
            Assert.Empty(imported.Except(expected));
            Assert.Equal(expected, imported);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    /// <summary>Law: a 收入支出决算总表 printed as two halves side by side, with wrapped labels, blank cells and a footnote, never imports a value into another cell, and gives every cell back.</summary>
    [SkippableFact]
    public void Pdf_two_sided_tables_never_import_a_value_into_another_cell()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedSummaryTable.Generate().ToArbitrary(), table =>
        {
            var imported = GeneratedSummaryTable.Cells(ReportImporter.ImportPdf(table.Render(), "summary.pdf"));
            var expected = table.ExpectedCells();
            Assert.Empty(imported.Except(expected));
            Assert.Equal(expected, imported);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    /// <summary>
    /// Law: a workbook table with merged header cells (科目名称 down, 科目编码 over 类 款 项, 合计 across the code columns),
    /// its 合计 on the header's last row, split or joined codes, long names continued in the cell below and a merged
    /// footnote row never imports a value into another cell; and as each layout is unambiguous, every cell comes back.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Xlsx_layout_variants_never_import_a_value_into_another_cell()
        => Prop.ForAll(GeneratedReport.Gen(TableLayout.XlsxGen()).ToArbitrary(), report =>
        {
            using var stream = new MemoryStream(XlsxRenderer.Render(report));
            var imported = GeneratedReport.Cells(ReportImporter.ImportXlsx(stream, "variants.xlsx").Report);
            var expected = report.ExpectedCells();
            Assert.Empty(imported.Except(expected)); // no slip
            Assert.Equal(expected, imported); // no loss
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
