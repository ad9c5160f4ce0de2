using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>
/// Analyzers never throw: any string literal (arbitrary text, digit strings near real codes, long strings) given to
/// Parse, TryParse and a marked parameter yields only FA3xxx diagnostics — no AD0001, no analyzer exception.
/// </summary>
public sealed class NeverThrowsTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ClassificationCodeAnalyzer());

    public static Arbitrary<string> Literals()
        => Gen.OneOf(
                ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty),
                Gen.ListOf(Gen.Elements('0', '1', '2', '3', '5', '8', '9')).Select(cs => new string(cs.ToArray())),
                Gen.Elements("2080197", "30101", "50101", "101", "行政运行", "", " ", "\u2028", "\uD800", new string('9', 5000)))
            .ToArbitrary();

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(NeverThrowsTests) })]
    public void Any_literal_yields_only_FA3xxx_diagnostics(string text)
    {
        var literal = SymbolDisplay.FormatLiteral(text, quote: true);
        var source = $$"""
            using FinalAccounts.Classification;
            class C
            {
                static void Marked([FunctionCodeString] string a, [ClassificationCodeString(typeof(RevenueCode))] string b) { }
                void M()
                {
                    FunctionCode.Parse({{literal}});
                    EconomicCode.TryParse({{literal}}, out _);
                    GovernmentEconomicCode.TryParse({{literal}}, out _);
                    Marked({{literal}}, {{literal}});
                }
            }
            """;
        var compilation = CSharpCompilation.Create("Fuzz", new[] { CSharpSyntaxTree.ParseText(source) }, Verify.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Exception? thrown = null;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => thrown = e, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(s_analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        Assert.Null(thrown);
        Assert.All(diagnostics, d => Assert.StartsWith("FA3", d.Id, StringComparison.Ordinal));
        // Every error sits on one of the five literals.
        Assert.All(diagnostics.Where(d => d.Id is "FA3001" or "FA3003"), d => Assert.Equal(literal, source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
    }
}
