using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Cli.Input;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// What every output format shows of a check: the whole result (its counts, and the exit code, always count every
/// finding), the findings at or above <c>--min-severity</c>, and the input they were found in.
/// </summary>
internal sealed class FindingsView
{
    public FindingsView(CheckReport result, Severity minimum, ReportInput input)
    {
        Result = result;
        Shown = result.Findings.Where(f => f.Severity >= minimum).ToList();
        Input = input;
    }

    /// <summary>Every finding, for counts and the exit code.</summary>
    public CheckReport Result { get; }

    /// <summary>The findings to print.</summary>
    public IReadOnlyList<Finding> Shown { get; }

    /// <summary>The report file (or import) the findings are about.</summary>
    public ReportInput Input { get; }

    /// <summary>
    /// True when locations are pages of a published PDF/XLSX: the JSON paths and lines then point into the importer's
    /// intermediate report file, which the user never saw, so they are not shown.
    /// </summary>
    public bool ByPage => Input.Imported != null;
}
