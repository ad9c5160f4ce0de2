using System;
using System.IO;
using System.Linq;
using FinalAccounts.Generators.Diagnostics;
using Xunit;

namespace FinalAccounts.Generators.Tests;

/// <summary>Every diagnostic is tracked in AnalyzerReleases.Unshipped.md and documented in the repository's README.md.</summary>
public class DocumentationTests
{
    private static string[] Lines(params string[] path) => File.ReadAllLines(Path.Combine(new[] { TestHost.RepoRoot }.Concat(path).ToArray()));

    [Fact]
    public void Diagnostic_ids_are_FA0001_to_FA0017()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal);

        Assert.Equal(Enumerable.Range(1, 17).Select(i => "FA" + i.ToString("0000")), ids);
    }

    [Fact]
    public void Every_descriptor_is_in_the_unshipped_release_file_with_its_category_and_severity()
    {
        var lines = Lines("generators", "FinalAccounts.Generators", "AnalyzerReleases.Unshipped.md");
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.StartsWith("FA0", d.Id);
            var row = lines.Where(l => l.StartsWith(d.Id + " ", StringComparison.Ordinal)).ToList();
            Assert.True(row.Count == 1, d.Id + " is not listed once in AnalyzerReleases.Unshipped.md");
            var cells = row[0].Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(d.Category, cells[1]);
            Assert.Equal(d.DefaultSeverity.ToString(), cells[2]);
        }
    }

    [Fact]
    public void Every_descriptor_is_documented_in_README_or_docs_under_a_heading_or_table_row()
    {
        var readme = Path.Combine(TestHost.RepoRoot, "README.md");
        Assert.True(File.Exists(readme), "README.md is missing at the repository root " + TestHost.RepoRoot);
        var docs = Path.Combine(TestHost.RepoRoot, "docs");
        var lines = File.ReadAllLines(readme)
            .Concat(Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories).SelectMany(File.ReadAllLines) : Enumerable.Empty<string>())
            .ToList();
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.True(
                lines.Any(l => (l.TrimStart().StartsWith("#", StringComparison.Ordinal) || l.TrimStart().StartsWith("|", StringComparison.Ordinal)) && l.Contains(d.Id)),
                d.Id + " has no heading or table row in README.md or docs/");
        }
    }
}
