using System;

namespace FinalAccounts.Import;

/// <summary>A file that cannot be imported: not a PDF or XLSX, damaged, scanned without a text layer, or not a 决算公开 report.</summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/>.</summary>
    public ImportException(string file, string problem, Exception? inner = null)
        : base(file + ": " + problem, inner)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>What is wrong, in words a user can act on.</summary>
    public string Problem { get; }
}
