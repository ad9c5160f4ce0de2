using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>
/// The Microsoft.CodeAnalysis.Testing harness set up like a consumer: .NET 8 reference assemblies (from
/// Basic.Reference.Assemblies, so no package is downloaded at test time) plus the real FinalAccounts.Core.dll.
/// </summary>
internal static class Verify
{
    /// <summary>The .NET 8 references and FinalAccounts.Core.</summary>
    public static MetadataReference[] References { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(FinalAccounts.Classification.IClassificationCode).Assembly.Location))
        .ToArray();

    /// <summary>A code-fix test of the analyzer and <see cref="FinalAccounts.CodeFixes.UseGeneratedMemberCodeFix"/>.</summary>
    public sealed class Test : CSharpCodeFixTest<ClassificationCodeAnalyzer, FinalAccounts.CodeFixes.UseGeneratedMemberCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestState.AdditionalReferences.AddRange(References);
            FixedState.AdditionalReferences.AddRange(References);
        }
    }

    /// <summary>A diagnostic expected at markup location <paramref name="markup"/>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int markup = 0) => new DiagnosticResult(descriptor).WithLocation(markup);

    /// <summary>Runs the analyzer on <paramref name="source"/> and expects exactly <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs the analyzer and the code fix, expecting <paramref name="expected"/> before and <paramref name="fixedSource"/> after.</summary>
    public static Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
