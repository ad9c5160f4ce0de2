using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Issue 14.5, whether reading a PDF's pages in parallel pays on this machine: the real 25-page Putuo PDF's words (what
/// the importer reads, boxes and letters included) read page after page as the importer does, and in two halves at once
/// (PdfPig's document is not thread-safe, so each half opens its own document over the same bytes), against PdfPig's own
/// plain text extraction of the same pages. One operation is one page (OperationsPerInvoke = 25).
/// </summary>
[MemoryDiagnoser]
public class PageReadingBenchmarks
{
    private const int Pages = 25;
    private byte[] _pdf = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _pdf = File.ReadAllBytes(FinalAccounts.Testing.Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf"));
        using var document = PdfDocument.Open(_pdf);
        if (document.NumberOfPages != Pages) throw new InvalidOperationException("the benchmark counts " + Pages + " pages");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public int PdfPigPlainText()
    {
        using var document = PdfDocument.Open(_pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages()) text.Append(page.Text);
        return text.Length;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int WordsOneAfterAnother() => Words(1, Pages);

    [Benchmark(OperationsPerInvoke = Pages)]
    public int WordsTwoHalvesAtOnce()
    {
        var counts = new int[2];
        Parallel.For(0, 2, half => counts[half] = half == 0 ? Words(1, Pages / 2) : Words((Pages / 2) + 1, Pages));
        return counts.Sum();
    }

    private int Words(int first, int last)
    {
        using var document = PdfDocument.Open(_pdf);
        var n = 0;
        for (var p = first; p <= last; p++)
        {
            foreach (var word in document.GetPage(p).GetWords()) n += word.Letters.Count;
        }
        return n;
    }
}
