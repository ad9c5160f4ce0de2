using FinalAccounts.Import;
using FinalAccounts.Validation;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// One report checked: its findings (and, for a PDF or XLSX, the import with its notes and word boxes), or the one line
/// that says why it could not be read. Every output — summary, findings file, HTML, annotated PDF, XLSX — is made from this.
/// </summary>
public sealed class ReviewedReport
{
    private ReviewedReport(ReportFile file, CheckReport? check, ImportResult? import, string? problem)
    {
        File = file;
        Check = check;
        Import = import;
        Problem = problem;
        Summary = ReportSummary.Of(this);
    }

    /// <summary>A report that was read and checked.</summary>
    public static ReviewedReport Checked(ReportFile file, CheckReport check, ImportResult? import) => new(file, check, import, null);

    /// <summary>A file that could not be read; <paramref name="problem"/> names file and place.</summary>
    public static ReviewedReport Unreadable(ReportFile file, string problem) => new(file, null, null, problem);

    /// <summary>The file.</summary>
    public ReportFile File { get; }

    /// <summary>The findings, or null when the file could not be read.</summary>
    public CheckReport? Check { get; }

    /// <summary>The import of a PDF or XLSX (null for a report file in JSON, or when unreadable).</summary>
    public ImportResult? Import { get; }

    /// <summary>Why the file could not be read (one line naming file and place), or null.</summary>
    public string? Problem { get; }

    /// <summary>The counts for the summary table.</summary>
    public ReportSummary Summary { get; }

    /// <summary>0 no errors, 1 errors found, 2 unreadable — the <c>finacct check</c> exit code for this report alone.</summary>
    public int ExitCode => Summary.ExitCode;
}
