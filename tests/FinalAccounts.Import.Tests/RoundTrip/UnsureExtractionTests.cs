using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>What the import cannot place it leaves out and says so (FA4xxx), in a PDF and in an XLSX alike.</summary>
public sealed class UnsureExtractionTests
{
    private static GeneratedReport WithUnknownColumn()
    {
        // 支出决算表 with a seventh column the standard table does not have: its values must not be taken for another column's.
        var columns = new[] { "本年支出合计", "基本支出", "项目支出" }.Select(c => new GeneratedColumn(c, c)).Append(new GeneratedColumn("备注金额", "?")).ToArray();
        var code = FunctionCode.Parse("2010601");
        var rows = new[] { (code.Parent!.Value.Parent!.Value, new string?[] { "10.00", "4.00", "6.00", "1.23" }), (code.Parent!.Value, new string?[] { "10.00", "4.00", "6.00", null }), (code, new string?[] { "10.00", "4.00", "6.00", "7.89" }) };
        return new GeneratedReport(new[] { new GeneratedTable("表3", "支出决算表", columns, new string?[] { "10.00", "4.00", "6.00", null }, rows, false) });
    }

    private static void AssertLeftOut(ImportResult result)
    {
        var cells = GeneratedReport.Cells(result.Report);
        Assert.Equal(12, cells.Length); // 4 rows × 本年支出合计 / 基本支出 / 项目支出
        Assert.DoesNotContain(cells, c => c.EndsWith("= 1.23", System.StringComparison.Ordinal) || c.EndsWith("= 7.89", System.StringComparison.Ordinal));
        var notes = result.Notes.Where(n => n.Id == ImportNotes.ValueNotPlaced).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, n => n.Message.Contains("value 7.89 stands under no known column") && n.Where == "表3 · 201 06 01 行政运行");
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.TableNotFound && n.Where == "表1");
    }

    [SkippableFact]
    public void A_value_under_an_unknown_column_is_left_out_with_a_note_pdf()
        => AssertLeftOut(ReportImporter.ImportPdf(PdfRenderer.Render(WithUnknownColumn()), "unknown-column.pdf"));

    [SkippableFact]
    public void A_value_under_an_unknown_column_is_left_out_with_a_note_xlsx()
    {
        using var stream = new MemoryStream(XlsxRenderer.Render(WithUnknownColumn()));
        AssertLeftOut(ReportImporter.ImportXlsx(stream, "unknown-column.xlsx"));
    }
}
