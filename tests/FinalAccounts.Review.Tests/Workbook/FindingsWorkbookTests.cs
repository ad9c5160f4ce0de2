using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Tests.Support;
using FinalAccounts.Review.Workbook;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Review.Tests.Workbook;

public sealed class FindingsWorkbookTests
{
    [Fact]
    public void One_filterable_sheet_holds_every_finding_of_every_report_with_numbers_as_numbers()
    {
        using var t = new TempFolder();
        t.Write("broken.json", SmallReports.Broken);
        var broken = ReportReview.Check(new ReportFile(Path.Combine(t.Path, "broken.json"), "broken.json"));
        var seed = Support.Reviewed.Seed;
        using var stream = new MemoryStream();
        FindingsWorkbook.Write(FindingRow.Of(broken).Concat(FindingRow.Of(seed)), stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("核对发现", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var total = 1 + seed.Check!.Findings.Count;
        Assert.Equal(1 + total, rows.Count);
        Assert.Equal("A1:M" + (1 + total), worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(FindingsWorkbook.Header, Texts(rows[0]));

        // The broken report's one finding, by hand: FA1001 收入总计 101.00 against 90.00 + 10.00.
        var first = rows[1].Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
        Assert.Equal("broken.json", Text(first["A"]));
        Assert.Equal("测试单位", Text(first["B"]));
        Assert.False(first.ContainsKey("C")); // a JSON report has no page
        Assert.Equal("FA1001", Text(first["G"]));
        Assert.Equal("错误", Text(first["H"]));
        Assert.Equal("101.00万元", Text(first["J"]));
        Assert.Equal(CellValues.Number, first["K"].DataType!.Value);
        Assert.Equal(99.99m, decimal.Parse(first["K"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(100.01m, decimal.Parse(first["L"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(100m, decimal.Parse(first["M"].CellValue!.Text, CultureInfo.InvariantCulture));

        // The seed's rows carry its findings' rules, severities and messages in order.
        var seedRows = rows.Skip(2).Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()))).ToList();
        Assert.Equal(seed.Check.Findings.Select(f => f.RuleId), seedRows.Select(r => Text(r["G"])));
        Assert.Equal(seed.Check.Findings.Select(f => f.Message), seedRows.Select(r => Text(r["I"])));
        Assert.Equal(seed.Check.Findings.Count(f => f.Severity == Severity.Warning), seedRows.Count(r => Text(r["H"]) == "警告"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(12, "M")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    public void Column_names_count_in_letters(int index, string name) => Assert.Equal(name, FindingsWorkbook.ColumnName(index));

    private static string[] Texts(Row row) => row.Elements<Cell>().Select(Text).ToArray();

    private static string Text(Cell c) => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty;
}
