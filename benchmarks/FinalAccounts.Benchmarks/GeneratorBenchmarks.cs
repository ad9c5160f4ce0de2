using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// The classification generator on the whole seed schema (9 tables, 393 codes) through a CSharpGeneratorDriver: a full
/// run from nothing, and an incremental run after an unrelated C# edit (which must do no work), against the plain
/// baseline of parsing the same CSV text into rows with string.Split.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly (string File, string Scheme, string Type)[] s_tables =
    {
        ("function.csv", "Function", "Bench.FunctionCode"),
        ("function-supplement-unverified.csv", "Function", "Bench.FunctionCode"),
        ("function-printed.csv", "Function", "Bench.FunctionCode"),
        ("function-aliases.csv", "Aliases", ""),
        ("economic-departmental.csv", "Economic", "Bench.EconomicCode"),
        ("economic-government.csv", "GovernmentEconomic", "Bench.GovernmentEconomicCode"),
        ("economic-evidence.csv", "Evidence", ""),
        ("economic-mapping.csv", "EconomicMapping", ""),
        ("revenue-summary.csv", "Revenue", "Bench.RevenueCode"),
    };

    private ImmutableArray<AdditionalText> _texts;
    private Options _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.GetDirectoryName(Paths.Find(Path.Combine("seeds", "classification", "function.csv")))!;
        _texts = s_tables.Select(t => (AdditionalText)new Text(Path.Combine(dir, t.File), File.ReadAllText(Path.Combine(dir, t.File)))).ToImmutableArray();
        _options = new Options(s_tables.ToDictionary(t => Path.Combine(dir, t.File), t => (t.Scheme, t.Type)));
        var references = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(FinalAccounts.Classification.ClassificationLevel).Assembly.Location) };
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { int x; }"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public int SplitCsvBaseline()
    {
        var rows = 0;
        foreach (var text in _texts)
        {
            foreach (var line in text.GetText()!.ToString().Split('\n')) rows += line.Split(',').Length > 1 ? 1 : 0;
        }
        return rows;
    }

    [Benchmark]
    public int FullRun() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int IncrementalNoOpRun() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(new[] { new ClassificationGenerator().AsSourceGenerator() }, _texts, optionsProvider: _options);

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly System.Collections.Generic.Dictionary<string, (string Scheme, string Type)> _byPath;

        public Options(System.Collections.Generic.Dictionary<string, (string Scheme, string Type)> byPath) => _byPath = byPath;

        public override AnalyzerConfigOptions GlobalOptions => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _byPath.TryGetValue(textFile.Path, out var m) ? new Values(m.Scheme, m.Type) : Values.Empty;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(string.Empty, string.Empty);
        private readonly string _scheme;
        private readonly string _type;

        public Values(string scheme, string type)
        {
            _scheme = scheme;
            _type = type;
        }

        public override bool TryGetValue(string key, out string value)
        {
            value = key == ClassificationGenerator.SchemeMetadata ? _scheme : key == ClassificationGenerator.TypeNameMetadata ? _type : string.Empty;
            return value.Length > 0;
        }
    }
}
