using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Validation;

namespace FinalAccounts.Review.Batch;

/// <summary>One line of the summary table: a report's counts of findings by severity, what was read, and its exit code.</summary>
public sealed class ReportSummary
{
    /// <summary>Creates a line.</summary>
    public ReportSummary(string file, string name, string unitName, int year, string? problem, int errors, int warnings, int infos, int tables, int figures, int importNotes)
    {
        File = file;
        Name = name;
        UnitName = unitName;
        Year = year;
        Problem = problem;
        Errors = errors;
        Warnings = warnings;
        Infos = infos;
        Tables = tables;
        Figures = figures;
        ImportNotes = importNotes;
    }

    /// <summary>The file's path as found.</summary>
    public string File { get; }

    /// <summary>The report's output name (<see cref="ReportFile.Name"/>).</summary>
    public string Name { get; }

    /// <summary>The 单位 the report is for, or empty when unreadable.</summary>
    public string UnitName { get; }

    /// <summary>The report's year, or 0 when unreadable.</summary>
    public int Year { get; }

    /// <summary>Why the file could not be read, or null.</summary>
    public string? Problem { get; }

    /// <summary>Findings of severity error.</summary>
    public int Errors { get; }

    /// <summary>Findings of severity warning.</summary>
    public int Warnings { get; }

    /// <summary>Findings of severity info (differences rounding explains).</summary>
    public int Infos { get; }

    /// <summary>Standard tables read.</summary>
    public int Tables { get; }

    /// <summary>Stated figures read (table cells and the 说明's figures).</summary>
    public int Figures { get; }

    /// <summary>FA4xxx import notes (0 for a report file in JSON).</summary>
    public int ImportNotes { get; }

    /// <summary>0 no errors, 1 errors found, 2 unreadable.</summary>
    public int ExitCode => Problem != null ? 2 : Errors > 0 ? 1 : 0;

    internal static ReportSummary Of(ReviewedReport r)
    {
        if (r.Check is null) return new ReportSummary(r.File.Path, r.File.Name, string.Empty, 0, r.Problem, 0, 0, 0, 0, 0, 0);
        var report = r.Check.Report;
        var findings = r.Check.Findings;
        return new ReportSummary(r.File.Path, r.File.Name, report.Info.UnitName, report.Info.Year, null,
            findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info),
            report.Tables.Count, report.Figures.Count, r.Import?.Notes.Count ?? 0);
    }

    /// <summary>
    /// The counters of a report line, named as the summary JSON and CSV write them and in that order: the one list both
    /// writers and the totals (<see cref="BatchSummary"/>) walk, so a counter added here appears everywhere at once.
    /// </summary>
    internal static readonly IReadOnlyList<(string Name, Func<ReportSummary, int> Of)> Counters = new (string, Func<ReportSummary, int>)[]
    {
        ("errors", r => r.Errors), ("warnings", r => r.Warnings), ("infos", r => r.Infos), ("tables", r => r.Tables),
        ("figures", r => r.Figures), ("importNotes", r => r.ImportNotes), ("exitCode", r => r.ExitCode),
    };
}
