using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Import;
using UglyToad.PdfPig;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Importing the real 25-page report (上海市普陀区财政局 2024, read in place from ../shared/reports/): the whole import
/// (word boxes, tables, 说明, report model) against PdfPig's plain text extraction of the same pages. Each operation is
/// one page (OperationsPerInvoke = 25), so pages per second = 1 s ÷ Mean.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private const int Pages = 25;
    private byte[] _pdf = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        var path = FinalAccounts.Testing.Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf");
        _pdf = File.ReadAllBytes(path);
        using var document = PdfDocument.Open(_pdf);
        if (document.NumberOfPages != Pages) throw new InvalidOperationException(path + " has " + document.NumberOfPages + " pages; the benchmark counts " + Pages);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public int PdfPigPlainText()
    {
        using var document = PdfDocument.Open(_pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages()) text.Append(page.Text);
        return text.Length;
    }

    /// <summary>
    /// Issue 14's ≥ 100 pages/s question: what PdfPig costs before any text is asked for. GetPage interprets the whole
    /// content stream (every operator, font and glyph position, paths included; 0.1.16 has no option to skip paths or
    /// images — its ParsingOptions are lenient parsing, missing fonts, clipping, stack depth, passwords, filters and
    /// ActualText), so no reader on PdfPig can be faster than this.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int PdfPigPagesOnly()
    {
        using var document = PdfDocument.Open(_pdf);
        var n = 0;
        for (var i = 1; i <= document.NumberOfPages; i++) n += document.GetPage(i).Number;
        return n;
    }

    /// <summary>PdfPig's letters grouped into words (what the import reads), without the import's own work.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int PdfPigWords()
    {
        using var document = PdfDocument.Open(_pdf);
        var n = 0;
        foreach (var page in document.GetPages()) n += System.Linq.Enumerable.Count(page.GetWords());
        return n;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int ImportReport() => ReportImporter.ImportPdf(_pdf, "putuo.pdf").Report.Figures.Count;
}
