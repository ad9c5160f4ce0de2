using System;

namespace FinalAccounts.Reports;

/// <summary>
/// What the locations of one statement, table or 自评表 row share — its id, section, subsection and sentence, and how to
/// find a line in the file read — held once for all its figures rather than copied into each.
/// </summary>
internal sealed class FigureOrigin
{
    public FigureOrigin(string statementId, string section, string subsection, string sentence, Func<string, int>? lineOf)
    {
        StatementId = statementId;
        Section = section;
        Subsection = subsection;
        Sentence = sentence;
        LineOf = lineOf;
    }

    public string StatementId { get; }

    public string Section { get; }

    public string Subsection { get; }

    public string Sentence { get; }

    /// <summary>Finds the line of a JSON path in the file read, or null when the report was not read from a file.</summary>
    public Func<string, int>? LineOf { get; }
}
