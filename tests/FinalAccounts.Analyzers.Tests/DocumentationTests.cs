using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FinalAccounts.Analyzers.Tables;
using Xunit;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>Every FA3xxx descriptor is tracked in AnalyzerReleases.Unshipped.md and documented in README.md; the embedded
/// seed list matches FinalAccounts.Core.csproj.</summary>
public sealed class DocumentationTests
{
    private static string Root => FinalAccounts.Testing.Repository.Root;

    [Fact]
    public void Diagnostic_ids_are_FA3001_to_FA3004()
    {
        Assert.Equal(new[] { "FA3001", "FA3002", "FA3003", "FA3004" }, AnalyzerDescriptors.All.Select(d => d.Id));
        Assert.Equal(new ClassificationCodeAnalyzer().SupportedDiagnostics, AnalyzerDescriptors.All);
    }

    [Fact]
    public void Every_descriptor_is_in_the_unshipped_release_file_with_its_category_and_severity()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "generators", "FinalAccounts.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var rows = lines.Where(l => l.StartsWith("FA", StringComparison.Ordinal)).ToList();
        Assert.Equal(AnalyzerDescriptors.All.Length, rows.Count);
        foreach (var d in AnalyzerDescriptors.All)
        {
            var row = rows.Where(l => l.StartsWith(d.Id + " ", StringComparison.Ordinal)).ToList();
            Assert.True(row.Count == 1, d.Id + " is not listed once in AnalyzerReleases.Unshipped.md");
            var cells = row[0].Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(d.Category, cells[1]);
            Assert.Equal(d.DefaultSeverity.ToString(), cells[2]);
            Assert.Equal(d.Title.ToString(), cells[3]);
        }
    }

    [Fact]
    public void Every_descriptor_has_a_README_table_row_with_its_severity_and_an_example()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Analyzers (FA3xxx)", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no section '## Analyzers (FA3xxx)'");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = lines.Skip(start).Take((end < 0 ? lines.Length : end) - start).ToArray();
        foreach (var d in AnalyzerDescriptors.All)
        {
            var row = section.Where(l => l.StartsWith("| " + d.Id + " |", StringComparison.Ordinal)).ToList();
            Assert.True(row.Count == 1, d.Id + " has no single table row in README's Analyzers section");
            var cells = row[0].Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(d.DefaultSeverity.ToString().ToLowerInvariant(), cells[2].ToLowerInvariant());
            Assert.Contains("`", cells[4], StringComparison.Ordinal); // the example column holds code
        }
    }

    [Fact]
    public void Embedded_seed_list_is_the_AdditionalFiles_of_FinalAccounts_Core()
    {
        var project = XDocument.Load(Path.Combine(Root, "src", "FinalAccounts.Core", "FinalAccounts.Core.csproj"));
        var items = project.Descendants("AdditionalFiles")
            .Select(e => (File: Path.GetFileName(e.Attribute("Include")!.Value), Scheme: e.Attribute("FinalAccountsScheme")!.Value, TypeName: e.Attribute("TypeName")?.Value ?? string.Empty))
            .ToArray();
        Assert.Equal(items, BuiltInTables.Files.ToArray());
    }

    [Fact]
    public void Built_in_tables_describe_the_four_types_with_every_code_of_the_library()
    {
        var tables = BuiltInTables.Tables.ToDictionary(t => t.FullName);
        Assert.Equal(
            new[] { "FinalAccounts.Classification.EconomicCode", "FinalAccounts.Classification.FunctionCode", "FinalAccounts.Classification.GovernmentEconomicCode", "FinalAccounts.Classification.RevenueCode" },
            tables.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(FinalAccounts.Classification.FunctionCode.All.Select(c => c.Code), tables["FinalAccounts.Classification.FunctionCode"].Entries.Select(e => e.Code));
        Assert.Equal(FinalAccounts.Classification.FunctionCode.All.Select(c => c.IsVerified), tables["FinalAccounts.Classification.FunctionCode"].Entries.Select(e => e.Verified));
        Assert.Equal(FinalAccounts.Classification.EconomicCode.All.Select(c => c.Name), tables["FinalAccounts.Classification.EconomicCode"].Entries.Select(e => e.Name));
        Assert.Equal(FinalAccounts.Classification.GovernmentEconomicCode.All.Count, tables["FinalAccounts.Classification.GovernmentEconomicCode"].Entries.Length);
        Assert.Equal(FinalAccounts.Classification.RevenueCode.All.Count, tables["FinalAccounts.Classification.RevenueCode"].Entries.Length);
    }
}
