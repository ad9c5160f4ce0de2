using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Import;

namespace FinalAccounts.Cli.Import;

/// <summary>
/// <c>finacct import --stats &lt;files and folders…&gt;</c>: the import corpus report, one line per file
/// (<see cref="ImportStatistics"/>: pages, tables of the nine, cells, 说明 statements and figures, notes by id) and a
/// total line for several files. Every argument is checked before anything is imported (a missing file, a folder
/// without reports, a file that is no .pdf/.xlsx: exit 2, nothing written); a file that cannot be imported gets its one
/// line on stderr, the others are still reported, and the exit code is 2.
/// </summary>
internal static class ImportStatsRun
{
    public static int Run(IReadOnlyList<string> arguments, string? output, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(ReportInput.IsImportable)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) return CliError.Fail(stderr, "import", "文件夹 '" + argument + "' 中没有 .pdf 或 .xlsx 文件", "no .pdf or .xlsx file in the folder");
                files.AddRange(found);
            }
            else if (!File.Exists(argument))
            {
                return CliError.Fail(stderr, "import", "找不到文件 '" + argument + "'", "no such file");
            }
            else if (!ReportInput.IsImportable(argument))
            {
                return CliError.Fail(stderr, "import", "'" + argument + "' 不是 .pdf 或 .xlsx 文件", "not a .pdf or .xlsx file");
            }
            else
            {
                files.Add(argument);
            }
        }

        var stats = new List<ImportStatistics>();
        var unreadable = 0;
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            // ReportInput writes the one line naming the file for an unreadable one; the corpus goes on without it.
            if (ReportInput.Load(file, "import", stderr, progress: false)?.Imported is { } result) stats.Add(ImportStatistics.Of(result, file));
            else unreadable++;
        }
        var written = OutputTarget.Write(output, stdout, stderr, "import", w =>
        {
            foreach (var s in stats) w.WriteLine(s.ToString());
            if (stats.Count + unreadable > 1) w.WriteLine(Total(stats, unreadable));
        });
        if (written != 0) return written;
        return unreadable > 0 ? CliError.ExitCode : 0;
    }

    /// <summary>"合计 (total): 3 files (1 unreadable), 60 pages, 18/27 tables, 390 cells, 50 statements with 206 figures, notes FA4006×2".</summary>
    internal static string Total(IReadOnlyList<ImportStatistics> stats, int unreadable)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var notes = stats.SelectMany(s => s.NotesById).GroupBy(n => n.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + "×" + N(g.Sum(n => n.Value))).ToList();
        return "合计 (total): " + N(stats.Count + unreadable) + " files" + (unreadable > 0 ? " (" + N(unreadable) + " unreadable)" : string.Empty)
            + ", " + N(stats.Sum(s => s.Pages)) + " pages, " + N(stats.Sum(s => s.Tables.Count)) + "/" + N(stats.Count * ImportStatistics.StandardTableCount)
            + " tables, " + N(stats.Sum(s => s.Cells)) + " cells, " + N(stats.Sum(s => s.Statements)) + " statements with " + N(stats.Sum(s => s.NarrativeFigures))
            + " figures, notes " + (notes.Count == 0 ? "none" : string.Join(" ", notes));
    }
}
