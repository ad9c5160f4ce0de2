using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Review.Batch;
using FinalAccounts.Validation;

namespace FinalAccounts.Review.Workbook;

/// <summary>One finding as a row of the findings sheet: the report, where the figure stands, the rule, and the figures.</summary>
public sealed class FindingRow
{
    private FindingRow(string report, string unitName, Finding f)
    {
        Report = report;
        UnitName = unitName;
        Page = f.Location.Page;
        Place = f.Location.Row.Length > 0 ? f.Location.Section : f.Location.Section + (f.Location.Subsection.Length > 0 ? " " + f.Location.Subsection : string.Empty);
        Row = f.Location.Row;
        Column = f.Location.Column;
        RuleId = f.RuleId;
        Severity = f.Severity;
        Message = f.Message;
        Stated = f.Stated.ToString();
        // Only a recomputation has an interval and an exact value; a yes/no verdict leaves those cells empty.
        ExpectedMin = f.Result.HasNumbers ? f.Result.Expected.Min : null;
        ExpectedMax = f.Result.HasNumbers ? f.Result.Expected.Max : null;
        Exact = f.Result.HasNumbers ? f.Result.Exact : null;
    }

    /// <summary>The rows of a checked report, in the order of its findings (none for an unreadable file).</summary>
    public static IReadOnlyList<FindingRow> Of(ReviewedReport report)
    {
        System.ArgumentNullException.ThrowIfNull(report);
        if (report.Check is null) return System.Array.Empty<FindingRow>();
        var unit = report.Check.Report.Info.UnitName;
        return report.Check.Findings.Select(f => new FindingRow(report.File.Name, unit, f)).ToList();
    }

    /// <summary>The report's name (<see cref="ReportFile.Name"/>).</summary>
    public string Report { get; }

    /// <summary>The 单位.</summary>
    public string UnitName { get; }

    /// <summary>The page of the source (0 for a report file in JSON, whose locations name lines).</summary>
    public int Page { get; }

    /// <summary>The table (表 id · title) or the 说明's section and subsection.</summary>
    public string Place { get; }

    /// <summary>The table row, or empty for a sentence.</summary>
    public string Row { get; }

    /// <summary>The table column, or empty for a sentence.</summary>
    public string Column { get; }

    /// <summary>The rule's ID.</summary>
    public string RuleId { get; }

    /// <summary>The severity.</summary>
    public Severity Severity { get; }

    /// <summary>The Chinese message.</summary>
    public string Message { get; }

    /// <summary>The stated figure as printed, with its unit.</summary>
    public string Stated { get; }

    /// <summary>The lower end of the interval rounding allows.</summary>
    public decimal? ExpectedMin { get; }

    /// <summary>The upper end of the interval rounding allows.</summary>
    public decimal? ExpectedMax { get; }

    /// <summary>The exact recomputation.</summary>
    public decimal? Exact { get; }
}
