using System;
using System.IO;
using System.Linq;
using Xunit;

namespace FinalAccounts.Package.Tests;

/// <summary>
/// What ships is what the repository holds: no text file may keep a merge's conflict markers (a merge once committed
/// them into benchmarks/README.md, and nothing failed because a Markdown file compiles anyway).
/// </summary>
public sealed class RepositoryTextTests
{
    private static readonly string[] s_text = { ".cs", ".md", ".json", ".csv", ".txt", ".props", ".csproj", ".sln", ".yml", ".yaml", ".sh", ".py", ".xml" };
    private static readonly string[] s_skipped = { "bin", "obj", "artifacts", ".git", "BenchmarkDotNet.Artifacts", "TestResults", "StrykerOutput" };

    [Fact]
    public void No_text_file_carries_merge_conflict_markers()
    {
        var root = FinalAccounts.Testing.Repository.Root;
        var offending = Files(root)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => l.Text.StartsWith("<<<<<<< ", StringComparison.Ordinal) || l.Text.StartsWith(">>>>>>> ", StringComparison.Ordinal))
            .Select(l => Path.GetRelativePath(root, l.File) + ":" + l.Line)
            .ToList();
        Assert.True(offending.Count == 0, "merge conflict markers at " + string.Join(", ", offending));
    }

    [Fact]
    public void The_marker_test_sees_the_files_that_matter()
    {
        // Guards the test above against walking nothing: the README and this file are among the files it reads.
        var files = Files(FinalAccounts.Testing.Repository.Root).Select(Path.GetFileName).ToList();
        Assert.Contains("README.md", files);
        Assert.Contains("RepositoryTextTests.cs", files);
    }

    private static System.Collections.Generic.IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (s_text.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)) yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (s_skipped.Contains(Path.GetFileName(sub), StringComparer.Ordinal)) continue;
            foreach (var file in Files(sub)) yield return file;
        }
    }
}
