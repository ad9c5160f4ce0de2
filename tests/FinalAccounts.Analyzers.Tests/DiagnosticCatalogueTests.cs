using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Generators.Diagnostics;
using FinalAccounts.Import;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FinalAccounts.Analyzers.Tests;

/// <summary>
/// One catalogue of every diagnostic the project reports — FA0 generator, FA1 report checks, FA2 scoring checks, FA3
/// analyzers, FA4 import notes: each ID is unique across the families, carries its family's prefix and a title, leads
/// with Chinese where a reader of reports sees it, and has a row in README.md's ID tables.
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    private sealed record Entry(string Family, string Id, string Title, string Severity, string Kind);

    private static IReadOnlyList<Entry> Catalogue()
    {
        static Entry Rule(string family, RuleDescriptor d) => new(family, d.Id, d.Title, d.MaxSeverity.ToString(), d.Kind.ToString());
        static Entry Roslyn(string family, DiagnosticDescriptor d) => new(family, d.Id, d.MessageFormat.ToString(), d.DefaultSeverity.ToString(), "Roslyn");
        return DiagnosticDescriptors.All.Select(d => Roslyn("FA0", d))
            .Concat(RuleCatalog.Rules.Select(r => Rule("FA1", r.Descriptor)))
            .Concat(CrossChecker.Rules.Concat(CrossPairing.Notes).Select(d => Rule("FA1", d)))
            .Concat(EvaluationRules.All.Select(d => Rule("FA2", d)))
            .Concat(AnalyzerDescriptors.All.Select(d => Roslyn("FA3", d)))
            .Concat(ImportNotes.All.Select(d => Rule("FA4", d)))
            .ToList();
    }

    [Fact]
    public void Every_id_is_unique_across_the_families_and_has_its_family_prefix()
    {
        var entries = Catalogue();
        Assert.All(entries, e => Assert.Matches(new Regex("^" + e.Family + "[0-9]{3}$"), e.Id));
        var twice = entries.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "IDs used twice: " + string.Join(", ", twice));
        // Each family is there (an empty family would make the laws above vacuous).
        Assert.Equal(new[] { "FA0", "FA1", "FA2", "FA3", "FA4" }, entries.Select(e => e.Family).Distinct().ToArray());
    }

    [Fact]
    public void Every_message_a_report_reader_sees_leads_with_Chinese()
    {
        // FA0 messages, FA1/FA2 titles and FA4 titles are read by finance staff; FA3 is read by developers in their IDE.
        foreach (var e in Catalogue().Where(e => e.Family != "FA3"))
        {
            // Chinese first: the first Chinese character stands before the English half ("…; English") when there is one.
            var chinese = e.Title.ToList().FindIndex(IsCjk);
            var english = e.Title.IndexOf("; ", StringComparison.Ordinal);
            Assert.True(chinese >= 0 && (english < 0 || chinese < english), e.Id + " does not lead with Chinese: " + e.Title);
        }
    }

    [Fact]
    public void Traits_are_consistent_with_the_family()
    {
        var entries = Catalogue();
        Assert.All(entries.Where(e => e.Family == "FA4"), e => Assert.Equal(("Import", "Info"), (e.Kind, e.Severity)));
        Assert.All(entries.Where(e => e.Family is "FA1" or "FA2"), e => Assert.NotEqual("Import", e.Kind));
        // The reviewer flags of 绩效自评: the three the text output used to name by ID, and FA2007 (a score whose rate cannot
        // be computed: unverifiable, no expected value to print).
        Assert.Equal(new[] { "FA2007", "FA2011", "FA2020", "FA2021" }, entries.Where(e => e.Family == "FA2" && e.Kind == "ReviewerFlag").Select(e => e.Id));
        Assert.Equal(new[] { "FA2007", "FA2011", "FA2020", "FA2021" }, EvaluationRules.All.Where(EvaluationRules.IsReviewerFlag).Select(d => d.Id));
    }

    [Fact]
    public void Every_id_has_a_row_in_the_README_or_docs_id_tables()
    {
        var root = FinalAccounts.Testing.Repository.Root;
        var docs = Directory.Exists(Path.Combine(root, "docs"))
            ? Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            : Array.Empty<string>();
        var lines = new[] { Path.Combine(root, "README.md") }.Concat(docs).SelectMany(File.ReadAllLines).ToList();
        var missing = Catalogue().Select(e => e.Id)
            .Where(id => !lines.Any(l => l.StartsWith("| " + id + " |", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "no ID table row '| FAxxxx |' in README.md or docs/ for: " + string.Join(", ", missing));
    }

    [Fact]
    public void An_import_note_of_an_unknown_id_cannot_be_made()
    {
        Assert.Throws<ArgumentException>(() => new ImportNote("FA4999", "x", 1, "p"));
        var note = new ImportNote(ImportNotes.ValueNotPlaced, "value 7.89 stands under no known column", 3, "表3");
        Assert.Same(ImportNotes.Descriptor("FA4002"), note.Rule);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal("FA4002 p.3 表3：数值无法确定所在行或列，已略去 (value 7.89 stands under no known column)", note.ToString());
    }

    private static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9fff';
}
