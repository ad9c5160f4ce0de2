using System;

namespace FinalAccounts.Reports;

/// <summary>
/// Where a stated figure stands: the statement (id, section, subsection, sentence) or the table cell (table id and title,
/// row, column), and its place in the report file.
/// </summary>
public sealed class FigureLocation
{
    /// <summary>Creates a location.</summary>
    public FigureLocation(string statementId, string section, string subsection, string sentence, string jsonPath, string row = "", string column = "", int line = 0, int page = 0)
        : this(statementId, section, subsection, sentence, jsonPath, row, column, (Func<string, int>?)null, page)
    {
        _line = line;
    }

    // Lines are looked up only when someone asks (a finding being printed): mapping every token of a file to its line
    // costs more than reading it.
    internal FigureLocation(string statementId, string section, string subsection, string sentence, string jsonPath, string row, string column, Func<string, int>? lineOf, int page = 0)
        : this(statementId, section, subsection, sentence, new JsonPlace(jsonPath), row, column, lineOf, page)
    {
    }

    // The path is joined only when asked for (a finding printed, a line looked up): most figures never are.
    internal FigureLocation(string statementId, string section, string subsection, string sentence, JsonPlace place, string row, string column, Func<string, int>? lineOf, int page = 0)
        : this(new FigureOrigin(statementId, section, subsection, sentence, lineOf), place, row, column, page)
    {
    }

    // The figures of one statement or table share their origin: a location holds only what is its own.
    internal FigureLocation(FigureOrigin origin, JsonPlace place, string row, string column, int page = 0)
    {
        _origin = origin;
        _place = place;
        Page = page;
        _line = origin.LineOf == null ? 0 : -1;
        Row = row;
        Column = column;
    }

    private readonly FigureOrigin _origin;

    /// <summary>The statement's id in the report file, e.g. "2.1-1".</summary>
    public string StatementId => _origin.StatementId;

    /// <summary>The heading the sentence stands under, e.g. 一、收入支出决算总体情况说明.</summary>
    public string Section => _origin.Section;

    /// <summary>The sub-heading, e.g. （二）支出决算总计, or empty.</summary>
    public string Subsection => _origin.Subsection;

    /// <summary>The sentence as printed.</summary>
    public string Sentence => _origin.Sentence;

    /// <summary>The JSON path of the figure in the report file, e.g. $.statements[0].figures[2].</summary>
    public string JsonPath => _place.ToString();

    private readonly JsonPlace _place;

    private int _line;

    /// <summary>The 1-based line of the figure in the report file, or 0 when it was not read from a file.</summary>
    public int Line
    {
        get
        {
            if (_line < 0) _line = _origin.LineOf!(JsonPath);
            return _line;
        }
    }

    /// <summary>The 1-based page of the published report (PDF page, or XLSX sheet) the figure was imported from, or 0 when the file does not say.</summary>
    public int Page { get; }

    /// <summary>For a table cell, the row as printed (code and name); otherwise empty.</summary>
    public string Row { get; }

    /// <summary>For a table cell, the column as printed (e.g. 决算数); otherwise empty.</summary>
    public string Column { get; }

    /// <summary>"section subsection [id]" for a sentence, "table · row · column" for a cell; " (p. N)" added when the page is known.</summary>
    public override string ToString()
        => (Row.Length > 0
            ? Section + " · " + Row + " · " + Column
            : Section + (Subsection.Length > 0 ? " " + Subsection : string.Empty) + " [" + StatementId + "]")
           + (Page > 0 ? " (p. " + Page + ")" : string.Empty);
}
