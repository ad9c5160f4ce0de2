using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FinalAccounts.Generators.Tests;

/// <summary>A table given to the generator: its path, <c>FinalAccountsScheme</c>, <c>TypeName</c> (null = no metadata) and text.</summary>
internal sealed record Table(string Path, string Scheme, string? TypeName, string Text);

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Gives each additional file the <c>build_metadata.AdditionalFiles.*</c> values MSBuild would.</summary>
internal sealed class TableOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);
    private readonly Dictionary<string, DictionaryOptions> _byPath;

    public TableOptionsProvider(IEnumerable<Table> tables)
    {
        _byPath = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>();
            values[ClassificationGenerator.SchemeMetadata] = t.Scheme;
            if (t.TypeName != null) values[ClassificationGenerator.TypeNameMetadata] = t.TypeName;
            _byPath[t.Path] = new DictionaryOptions(values.ToImmutable());
        }
    }

    public override AnalyzerConfigOptions GlobalOptions => Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _byPath.TryGetValue(textFile.Path, out var options) ? options : Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = null!;
            return false;
        }
    }
}

/// <summary>The outcome of one generator run: the driver (to run again), the compilation with generated code, and the run result.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, Compilation output, GeneratorDriverRunResult result)
    {
        Driver = driver;
        Output = output;
        Result = result;
    }

    public GeneratorDriver Driver { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>The diagnostics the generator reported (FA0xxx).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The generated source named <c>{typeName}.g.cs</c>.</summary>
    public string Source(string typeName)
    {
        var generated = Result.Results[0].GeneratedSources.Where(s => s.HintName == typeName + ".g.cs").ToList();
        Assert.True(generated.Count == 1, "no generated source for " + typeName + "; have: " + string.Join(", ", Result.Results[0].GeneratedSources.Select(s => s.HintName)));
        return generated[0].SourceText.ToString();
    }

    /// <summary>The names of the members of the generated type <paramref name="typeName"/>.</summary>
    public ISet<string> Members(string typeName)
    {
        var type = Output.GetTypeByMetadataName(typeName);
        Assert.True(type != null, "type " + typeName + " was not generated");
        return new HashSet<string>(type!.GetMembers().Select(m => m.Name), StringComparer.Ordinal);
    }

    /// <summary>Asserts the compilation with the generated code has no errors and no warnings, and no generator threw.</summary>
    public void AssertCompilesCleanly()
    {
        Assert.Null(Result.Results[0].Exception);
        var problems = Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    /// <summary>Asserts exactly one generator diagnostic <paramref name="id"/> with this severity, file and 1-based line.</summary>
    public Diagnostic AssertSingle(string id, DiagnosticSeverity severity, string path, int line)
    {
        var matches = Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, "expected one " + id + ", got: " + string.Join(" | ", Diagnostics));
        AssertAt(matches[0], severity, path, line);
        return matches[0];
    }

    /// <summary>Asserts a diagnostic's severity, file and 1-based line.</summary>
    public static void AssertAt(Diagnostic diagnostic, DiagnosticSeverity severity, string path, int line)
    {
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
    }
}

/// <summary>Builds in-memory compilations and runs the classification generator on them.</summary>
internal static class TestHost
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>The repository root (the folder holding FinalAccounts.Core.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>Net 8 reference assemblies plus FinalAccounts.Core, whose types the generated code uses.</summary>
    public static IEnumerable<MetadataReference> References
        => Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(FinalAccounts.Classification.ClassificationLevel).Assembly.Location));

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest)
        => new CSharpParseOptions(version, DocumentationMode.Diagnose);

    /// <summary>A library compilation of <paramref name="sources"/>; nullable is on from C# 8.</summary>
    public static CSharpCompilation Compilation(LanguageVersion version = LanguageVersion.Latest, params string[] sources)
    {
        var parse = ParseOptions(version);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, "Source" + i + ".cs"));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            deterministic: true);
        return CSharpCompilation.Create("Consumer", trees, References, options);
    }

    /// <summary>A driver holding <paramref name="tables"/> with step tracking on.</summary>
    public static GeneratorDriver Driver(IEnumerable<Table> tables, CSharpParseOptions? parseOptions = null)
        => Driver(tables, out _, parseOptions);

    /// <summary>A driver holding <paramref name="tables"/>; <paramref name="texts"/> are its additional files, for ReplaceAdditionalText.</summary>
    public static GeneratorDriver Driver(IEnumerable<Table> tables, out AdditionalText[] texts, CSharpParseOptions? parseOptions = null)
    {
        var list = tables.ToList();
        texts = list.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToArray();
        return CSharpGeneratorDriver.Create(
            new[] { new ClassificationGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions(),
            new TableOptionsProvider(list),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator on <paramref name="tables"/> in a compilation of <paramref name="sources"/> at <paramref name="version"/>.</summary>
    public static GeneratorRun Run(IEnumerable<Table> tables, LanguageVersion version = LanguageVersion.Latest, params string[] sources)
        => RunAgain(Driver(tables, ParseOptions(version)), Compilation(version, sources));

    public static GeneratorRun Run(params Table[] tables) => Run((IEnumerable<Table>)tables);

    /// <summary>Runs <paramref name="driver"/> again on <paramref name="compilation"/>.</summary>
    public static GeneratorRun RunAgain(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, output, driver.GetRunResult());
    }

    /// <summary>The repository's seed tables with the metadata FinalAccounts.Core.csproj gives them, in namespace <paramref name="ns"/>.</summary>
    public static IReadOnlyList<Table> SeedTables(string ns = "Consumer")
    {
        var dir = Path.Combine(RepoRoot, "seeds", "classification");
        Table Seed(string file, string scheme, string? type)
        {
            var path = Path.Combine(dir, file);
            return new Table(path, scheme, type == null ? null : ns + "." + type, File.ReadAllText(path));
        }

        return new[]
        {
            Seed("function.csv", "Function", "FunctionCode"),
            Seed("function-supplement-unverified.csv", "Function", "FunctionCode"),
            Seed("function-printed.csv", "Function", "FunctionCode"),
            Seed("function-aliases.csv", "Aliases", null),
            Seed("economic-departmental.csv", "Economic", "EconomicCode"),
            Seed("economic-government.csv", "GovernmentEconomic", "GovernmentEconomicCode"),
            Seed("economic-evidence.csv", "Evidence", null),
            Seed("economic-mapping.csv", "EconomicMapping", null),
            Seed("revenue-summary.csv", "Revenue", "RevenueCode"),
        };
    }

    /// <summary>Joins lines with \n, ending with one.</summary>
    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    private static string FindRepoRoot() => FinalAccounts.Testing.Repository.Root;
}
