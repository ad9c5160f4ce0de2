using System;

namespace FinalAccounts.Reports;

/// <summary>A report file that cannot be read: names the file, the JSON path and line, and what was expected there.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportFormatException(string file, string jsonPath, int line, string problem, Exception? inner = null)
        : base(Describe(file, jsonPath, line, problem), inner)
    {
        File = file;
        JsonPath = jsonPath;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or the name given for text read from elsewhere).</summary>
    public string File { get; }

    /// <summary>The JSON path of the offending value, e.g. $.statements[3].figures[0].value.</summary>
    public string JsonPath { get; }

    /// <summary>The 1-based line of the offending value, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    private static string Describe(string file, string jsonPath, int line, string problem)
        => file + (line > 0 ? "(" + line + ")" : string.Empty) + ": " + jsonPath + ": " + problem;
}
