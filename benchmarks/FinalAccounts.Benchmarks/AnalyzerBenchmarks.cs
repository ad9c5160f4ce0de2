using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// The FA3xxx analyzer on one generated file of 10,000 Parse / TryParse calls with constant codes (known, unknown,
/// wrong scheme, in turn) through CompilationWithAnalyzers, against the baseline of the same compilation's
/// GetDiagnostics without the analyzer. Each run starts from a fresh compilation so nothing is cached by Roslyn.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int Calls = 10_000;
    private static readonly string[] s_calls =
    {
        "FunctionCode.Parse(\"2010505\")",
        "FunctionCode.TryParse(\"2080197\", out _)",
        "EconomicCode.Parse(\"30101\")",
        "FunctionCode.Parse(\"30101\")",
        "GovernmentEconomicCode.TryParse(\"50101\", out _)",
    };

    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private SyntaxTree _tree = null!;
    private MetadataReference[] _references = null!;

    [GlobalSetup]
    public void Setup()
    {
        var source = new StringBuilder("using FinalAccounts.Classification;\nclass Calls\n{\n");
        for (var m = 0; m < Calls / 100; m++)
        {
            source.Append("    void M").Append(m).Append("()\n    {\n");
            for (var i = 0; i < 100; i++) source.Append("        ").Append(s_calls[((m * 100) + i) % s_calls.Length]).Append(";\n");
            source.Append("    }\n");
        }
        source.Append("}\n");
        _tree = CSharpSyntaxTree.ParseText(source.ToString());
        var trusted = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        _references = trusted.Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(FinalAccounts.Classification.IClassificationCode).Assembly.Location))
            .ToArray();
        _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ClassificationCodeAnalyzer());
    }

    [Benchmark(Baseline = true)]
    public int CompilerDiagnosticsOnly() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public int CompilerDiagnosticsAndAnalyzer()
    {
        var analyzed = NewCompilation().WithAnalyzers(_analyzers);
        return analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    private CSharpCompilation NewCompilation()
        => CSharpCompilation.Create("Calls", new[] { _tree }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
