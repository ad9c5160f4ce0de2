using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FinalAccounts.Generators.Tests;

/// <summary>
/// Every ```csharp block of README.md and of docs/*.md compiles against the library as a program of its own, so the
/// examples cannot rot wherever the documentation moves them. (Compiled, not run: they read files and print.)
/// </summary>
public sealed class ReadmeExamplesTests
{
    public static TheoryData<int, string> Examples()
    {
        var docs = Path.Combine(TestHost.RepoRoot, "docs");
        var files = new[] { Path.Combine(TestHost.RepoRoot, "README.md") }
            .Concat(Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal) : Enumerable.Empty<string>());
        var data = new TheoryData<int, string>();
        var n = 0;
        foreach (var file in files)
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(file), "```csharp\\n(.*?)```", RegexOptions.Singleline)) data.Add(++n, m.Groups[1].Value);
        }
        return data;
    }

    [Fact]
    public void Readme_has_an_example_for_each_capability()
    {
        Assert.True(Examples().Count >= 2, "README.md should show the typed codes and the report checks in ```csharp blocks");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_example_compiles(int number, string code)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText("global using System;", new CSharpParseOptions(LanguageVersion.Latest)),
            CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "README-example-" + number + ".cs"),
        };
        var compilation = CSharpCompilation.Create(
            "ReadmeExample" + number,
            trees,
            TestHost.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "README example " + number + ":\n" + string.Join("\n", problems) + "\n---\n" + code);
    }
}
