using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FinalAccounts.Analyzers;

/// <summary>
/// Every diagnostic the FinalAccounts analyzers report over user code (FA3xxx). An ID never changes meaning once
/// released; each is listed in AnalyzerReleases.*.md and documented in README.md ("Analyzers (FA3xxx)").
/// </summary>
public static class AnalyzerDescriptors
{
    /// <summary>The category of every FA3xxx diagnostic.</summary>
    public const string Category = "FinalAccounts.Usage";

    /// <summary>The diagnostic property holding the generated member name that FA3002's code fix writes.</summary>
    public const string MemberProperty = "Member";

    /// <summary>FA3001: a constant passed as a code is no code of the expected scheme (nor of any other known one).</summary>
    public static readonly DiagnosticDescriptor UnknownCode = new(
        "FA3001", "Constant is not a known code",
        "{0} 不是{1}代码{2}; {0} is not a {1} code{3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The constant string is not a code of the type's tables, so Parse would throw and TryParse would always be false. The message names the closest known codes by edit distance over codes (or over names when the text is not digits).");

    /// <summary>FA3002: Parse of a known constant; the generated member says the same without parsing.</summary>
    public static readonly DiagnosticDescriptor KnownCode = new(
        "FA3002", "Parse of a known constant can be the generated member",
        "{0} 是已知的{1}代码 {2}，可写作 {3}.{4}; {0} is the {1} code {2}: use {3}.{4}",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Parse of a constant that is a known code: the generated static member names the code, is checked by the compiler and costs nothing at run time. A code fix rewrites the call.");

    /// <summary>FA3003: the constant is a code of another scheme (or another generated type).</summary>
    public static readonly DiagnosticDescriptor WrongScheme = new(
        "FA3003", "Code belongs to another scheme",
        "{0} 不是{1}代码，而是{2}代码 {3}（{4}）; {0} is not a {1} code: it is the {2} code {3} ({4})",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The constant is a code, but of another classification (e.g. a 部门预算支出经济分类 code given to FunctionCode.Parse).");

    /// <summary>FA3004: the constant is a known code that its table marks unverified. Hidden unless raised in .editorconfig.</summary>
    public static readonly DiagnosticDescriptor UnverifiedCode = new(
        "FA3004", "Code is marked unverified",
        "{0} {1} 未经核实（{2}）; {0} {1} is marked unverified in the {2} tables",
        Category, DiagnosticSeverity.Hidden, isEnabledByDefault: true,
        description: "The code is known but its table row has no verifying source. Raise it with dotnet_diagnostic.FA3004.severity = warning in .editorconfig.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(UnknownCode, KnownCode, WrongScheme, UnverifiedCode);
}
