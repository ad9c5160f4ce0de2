using System;
using System.Text;

namespace FinalAccounts.Import;

/// <summary>
/// A file that cannot be imported: not a PDF or XLSX, damaged, scanned without a text layer, too large, or not a 决算公开
/// report. The import throws only this on bad input; its <see cref="Exception.Message"/> is always one line
/// ("file: problem"), whatever line breaks a library's message carried.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/>; line breaks in either are folded into spaces.</summary>
    public ImportException(string file, string problem, Exception? inner = null)
        : base(OneLine(file) + ": " + OneLine(problem), inner)
    {
        File = file;
        Problem = OneLine(problem);
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>What is wrong, in words a user can act on.</summary>
    public string Problem { get; }

    /// <summary>The text with every run of line breaks and the spaces around them folded into one space.</summary>
    private static string OneLine(string text)
    {
        if (text.IndexOfAny(new[] { '\r', '\n', '\u2028', '\u2029', '\u0085' }) < 0) return text;
        var line = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                while (line.Length > 0 && line[line.Length - 1] == ' ') line.Length--;
                pendingSpace = line.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                if (c == ' ' || c == '\t') continue;
                pendingSpace = false;
                line.Append(' ');
            }
            line.Append(c);
        }
        return line.ToString();
    }
}
