using System.Linq;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Import.Tests.Putuo;

/// <summary>
/// The PDF's standard tables, imported from PdfPig's word boxes. Expected counts and values are the hand-checked ones of
/// PutuoReportTests (counted and read by hand from the report), and every cell must equal the text-layer transcription's.
/// </summary>
public sealed class PutuoPdfTableTests : PutuoTableFacts
{
    /// <summary>The imported PDF; the table facts it must show are in <see cref="PutuoTableFacts"/>.</summary>
    protected override FinalAccountsReport Report => PutuoPdf.Import.Report;

    [SkippableFact]
    public void The_unit_and_the_page_count_are_read()
    {
        Assert.Equal("上海市普陀区财政局", Report.Info.UnitName);
        Assert.Equal(25, PutuoPdf.Import.Pages);
    }

    [SkippableFact]
    public void Every_cell_equals_the_text_layer_transcription()
    {
        static string[] Cells(FinalAccountsReport r) => r.Tables.SelectMany(t => t.Cells.Select(c => t.Id + " | " + c.Key + " | " + c.Code + " = " + c.Value))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(Cells(PutuoReport.Load()), Cells(Report));
    }

    [SkippableFact]
    public void Tables_that_continue_over_a_page_break_are_joined()
    {
        // 表1 runs from page 6 (its 收入 rows and 支出 类) to page 7 (结余 and 总计); 表2 from page 8 to 9.
        Assert.Equal(6, Table("表1").Cells.Single(c => c.Key == K("本年支出合计", path: "住房保障支出")).Location.Page);
        Assert.Equal(7, Table("表1").Cells.Single(c => c.Key == K("支出总计")).Location.Page);
        Assert.Equal(9, Table("表2").Cells.First(c => c.Code == "2210203").Location.Page);
    }

    [SkippableFact]
    public void A_row_name_wrapped_around_its_code_line_keeps_its_column_and_page()
    {
        // 表2's 2080505 name is printed on two lines, above and below the code line (its values and row: PutuoTableFacts).
        var pension = Table("表2").Cells.Where(c => c.Code == "2080505").ToList();
        Assert.Equal("本年收入合计", pension[0].Location.Column);
        Assert.Equal(8, pension[0].Location.Page);
    }

    [SkippableFact]
    public void Every_cell_names_its_page_and_no_file_line()
    {
        Assert.All(Report.Tables.SelectMany(t => t.Cells), c =>
        {
            Assert.InRange(c.Location.Page, 6, 20);
            Assert.Equal(0, c.Location.Line);
            Assert.NotEmpty(c.Location.Row);
            Assert.NotEmpty(c.Location.Column);
        });
    }
}
