using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void Rule_ids_are_unique_and_FA1xxx()
    {
        var ids = RuleCatalog.Rules.Select(r => r.Descriptor.Id).ToList();
        Assert.All(ids, id => Assert.Matches(new Regex("^FA1[0-9]{3}$"), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalog.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Descriptor.Title)));
    }

    [Fact]
    public void Every_rule_is_documented_in_the_README_or_docs()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs");
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"))
            .Concat(Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories).SelectMany(File.ReadAllLines) : Enumerable.Empty<string>())
            .ToList();
        var missing = RuleCatalog.Rules.Select(r => r.Descriptor.Id)
            .Where(id => !readme.Any(line => line.StartsWith("| " + id + " ", StringComparison.Ordinal) || line.StartsWith("| " + id + "|", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "README.md and docs/ have no table row '| FA1xxx |' for: " + string.Join(", ", missing));
    }

    private static string RepositoryRoot() => FinalAccounts.Testing.Repository.Root;
}
