using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// The report files named by command-line arguments: each file as given, each folder searched recursively for .pdf,
/// .xlsx and .json, in ordinal path order so that a run (and each shard of a batch) is reproducible.
/// </summary>
public static class ReportFiles
{
    /// <summary>The extensions checked, lower case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = new[] { ".pdf", ".xlsx", ".json" };

    /// <summary>True when <paramref name="path"/> ends in .pdf, .xlsx or .json (any case).</summary>
    public static bool IsReport(string path) => Extensions.Contains(System.IO.Path.GetExtension(path).ToLowerInvariant());

    /// <summary>
    /// The files under <paramref name="arguments"/>, each once. A named file is taken whatever its extension (its check
    /// says what is wrong with it); a folder gives its report files. An argument that does not exist is an
    /// <see cref="ArgumentException"/> naming it.
    /// </summary>
    public static IReadOnlyList<ReportFile> Find(IEnumerable<string> arguments)
    {
        var files = new List<ReportFile>();
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                Add(argument, System.IO.Path.GetFileName(argument));
            }
            else if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(IsReport)
                    .OrderBy(p => p, StringComparer.Ordinal);
                foreach (var path in found) Add(path, System.IO.Path.GetRelativePath(argument, path).Replace('\\', '/'));
            }
            else
            {
                throw new ArgumentException("'" + argument + "' is neither a file nor a folder", nameof(arguments));
            }
        }
        return files;

        void Add(string path, string name)
        {
            if (!seenPaths.Add(System.IO.Path.GetFullPath(path))) return;
            // Two arguments may hold files of the same relative name (a/x.pdf and b/x.pdf given as a and b): the second
            // gets a numbered name, so its outputs do not overwrite the first's.
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                var extension = System.IO.Path.GetExtension(name);
                unique = name.Substring(0, name.Length - extension.Length) + "-" + n + extension;
            }
            files.Add(new ReportFile(path, unique));
        }
    }
}
