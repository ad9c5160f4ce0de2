using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Import;
using FinalAccounts.Import.Evaluations;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Pdf;
using FinalAccounts.Import.Tests.Evaluations;
using UglyToad.PdfPig;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Importing 项目支出绩效自评表 from a PDF (issue 15): twelve generated tables (central, Sichuan and Yunnan templates, wrapped
/// cells, merged labels split by page breaks, headers repeated), every cell bordered as published, against PdfPig's word
/// extraction of the same pages — the plain baseline — and PdfPig's words plus drawn paths (all a ruled reader needs
/// from PdfPig). <see cref="ReadEvaluations"/> times the 自评表 reader alone on the layout already read (word boxes and
/// rules in hand); <see cref="ImportPdf"/> the whole import of the file. One operation is the whole document; its page
/// count is printed by the setup.
/// </summary>
[MemoryDiagnoser]
public class EvaluationImportBenchmarks
{
    private byte[] _pdf = System.Array.Empty<byte>();
    private LayoutDocument _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var templates = new[] { EvaluationTemplate.Central, EvaluationTemplate.Sichuan, EvaluationTemplate.Yunnan };
        var tables = Enumerable.Range(0, 12).Select(k => new GeneratedEvaluation(templates[k % 3], new EvaluationLayout(k % 2 == 0, k % 4 < 2, true, k % 3 == 0, 3 + (k % 5), false), 100 + k)).ToArray();
        _pdf = EvaluationPdfRenderer.Render(tables);
        _layout = PdfLayoutReader.Read(_pdf, "evaluations.pdf", null);
        using var document = PdfDocument.Open(_pdf);
        var read = ReadEvaluations();
        if (read != 12) throw new System.InvalidOperationException("the benchmark's PDF gives " + read + " tables, not 12");
        System.Console.WriteLine("// EvaluationImportBenchmarks: 12 tables on " + document.NumberOfPages + " pages, " + _pdf.Length + " bytes");
    }

    [Benchmark(Baseline = true)]
    public int PdfPigWords()
    {
        using var document = PdfDocument.Open(_pdf);
        var n = 0;
        foreach (var page in document.GetPages()) n += page.GetWords().Count();
        return n;
    }

    [Benchmark]
    public int PdfPigWordsAndPaths()
    {
        using var document = PdfDocument.Open(_pdf);
        var n = 0;
        foreach (var page in document.GetPages()) n += page.GetWords().Count() + page.Paths.Count;
        return n;
    }

    [Benchmark]
    public int ReadEvaluations() => EvaluationReader.Read(_layout, new HashSet<LayoutLine>(), new List<ImportNote>()).Count;

    [Benchmark]
    public int ImportPdf() => ReportImporter.ImportPdf(_pdf, "evaluations.pdf").Report.Evaluations.Count;
}
