using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using ExcelDataReader;
using FinalAccounts.Import.Xlsx;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Reading a large generated workbook (10 sheets × 2,000 rows × 10 cells: a name, a code and eight amounts formatted
/// #,##0.00; 200,000 cells) into cell texts: the importer's reader (<see cref="XlsxLayoutReader"/>: zip + XmlReader,
/// bounded, text as displayed) against the ClosedXML 0.95.4 loop it replaced (CellsUsed, plain formats applied with
/// .NET as the old reader did) and against ExcelDataReader 3.6.0's raw values (no formats, no merges: the plain floor
/// of a streaming library).
/// </summary>
[MemoryDiagnoser]
public class XlsxReadBenchmarks
{
    private const int Sheets = 10;
    private const int Rows = 2_000;
    private byte[] _xlsx = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        // ExcelDataReader asks for code page 1252 even for .xlsx; .NET has it only through this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var workbook = new XLWorkbook();
        for (var s = 1; s <= Sheets; s++)
        {
            var sheet = workbook.Worksheets.Add("表" + s);
            sheet.Cell(1, 1).SetValue("支出决算表");
            sheet.Range(1, 1, 1, 10).Merge();
            for (var r = 2; r <= Rows; r++)
            {
                sheet.Cell(r, 1).SetValue("一般公共服务支出" + r);
                sheet.Cell(r, 2).SetValue("2010" + r.ToString("D3", CultureInfo.InvariantCulture));
                for (var c = 3; c <= 10; c++)
                {
                    var cell = sheet.Cell(r, c);
                    cell.SetValue((r * 31 + c * 7) / 100m);
                    cell.Style.NumberFormat.Format = "#,##0.00";
                }
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        _xlsx = stream.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int ClosedXmlCellsUsed()
    {
        using var workbook = new XLWorkbook(new MemoryStream(_xlsx));
        var count = 0;
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                var text = cell.DataType == XLDataType.Number
                    ? ((decimal)cell.GetDouble()).ToString(cell.Style.NumberFormat.Format, CultureInfo.InvariantCulture)
                    : cell.GetString().Trim();
                if (cell.IsMerged()) count += cell.MergedRange().RangeAddress.LastAddress.ColumnNumber;
                count += text.Length;
            }
        }
        return count;
    }

    [Benchmark]
    public int ExcelDataReaderValues()
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(_xlsx));
        var count = 0;
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is { } value) count += Convert.ToString(value, CultureInfo.InvariantCulture)!.Length;
                }
            }
        }
        while (reader.NextResult());
        return count;
    }

    [Benchmark]
    public int ImporterReader() => XlsxLayoutReader.Read(new MemoryStream(_xlsx), "large.xlsx", null).Lines.Count;
}
