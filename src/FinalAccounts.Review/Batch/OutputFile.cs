using System;
using System.IO;

namespace FinalAccounts.Review.Batch;

/// <summary>Writes an output file whole or not at all: into a temporary file beside it, then renamed over it.</summary>
public static class OutputFile
{
    /// <summary>
    /// The output path for <paramref name="file"/> under <paramref name="folder"/>: its <see cref="ReportFile.Name"/>
    /// (path below the folder argument) with <paramref name="suffix"/> appended, e.g. <c>a/r.pdf.findings.json</c>.
    /// </summary>
    public static string For(string folder, ReportFile file, string suffix)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path.Combine(folder, file.Name.Replace('/', Path.DirectorySeparatorChar) + suffix);
    }

    /// <summary>Runs <paramref name="write"/> into a temporary file and moves it to <paramref name="path"/> (creating its folder); on failure nothing is left.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
