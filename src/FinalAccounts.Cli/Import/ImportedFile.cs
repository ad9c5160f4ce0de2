using System;
using System.IO;
using FinalAccounts.Import;

namespace FinalAccounts.Cli.Import;

/// <summary>Imports a .pdf or .xlsx for a command, with progress on stderr for long files and a clear message for bad ones.</summary>
internal static class ImportedFile
{
    /// <summary>Files with at least this many pages get progress lines.</summary>
    private const int LongFile = 10;

    public static bool IsImportable(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".pdf" or ".xlsx";
    }

    /// <summary>The import, or null after writing "finacct &lt;command&gt;: &lt;file&gt;: &lt;problem&gt;" to <paramref name="stderr"/>.</summary>
    public static ImportResult? Read(string command, string path, TextWriter stderr)
    {
        try
        {
            return ReportImporter.ImportFile(path, new Progress(stderr, path));
        }
        catch (ImportException ex)
        {
            stderr.WriteLine("finacct " + command + ": " + ex.Message);
            return null;
        }
    }

    /// <summary>One line per note, "注意 FA4005 p.23 section: message".</summary>
    public static void WriteNotes(ImportResult result, TextWriter w)
    {
        foreach (var note in result.Notes) w.WriteLine("注意 " + note);
    }

    /// <summary>Writes "finacct: file: page n/N" about ten times over a long file (synchronously: the import runs on the caller's thread).</summary>
    private sealed class Progress : IProgress<ImportProgress>
    {
        private readonly TextWriter _stderr;
        private readonly string _path;

        public Progress(TextWriter stderr, string path)
        {
            _stderr = stderr;
            _path = path;
        }

        public void Report(ImportProgress value)
        {
            if (value.Total < LongFile) return;
            var step = (value.Total + 9) / 10;
            if (value.Done % step == 0 || value.Done == value.Total) _stderr.WriteLine("finacct: " + Path.GetFileName(_path) + ": page " + value.Done + "/" + value.Total);
        }
    }
}
