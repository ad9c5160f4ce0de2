using System;
using System.IO;
using FinalAccounts.Import;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// Checks one report file: a pure function of the file's bytes (no clock, no shared state), so a batch can run the files
/// in any order, on any number of cores or machines, and get the same results.
/// </summary>
public static class ReportReview
{
    /// <summary>
    /// Reads <paramref name="file"/> (a report file in JSON, or a PDF/XLSX imported first) and runs every rule (FA1xxx,
    /// and FA2xxx for its 绩效自评表 scored under <paramref name="policy"/>; when null, against every known policy as
    /// <see cref="EvaluationChecker.CheckAll"/> does, whereas <c>finacct check</c> passes the national one by default).
    /// Never throws for bad input: an unreadable file gives a report with a
    /// <see cref="ReviewedReport.Problem"/>.
    /// </summary>
    public static ReviewedReport Check(ReportFile file, ScoringPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var extension = Path.GetExtension(file.Path).ToLowerInvariant();
            switch (extension)
            {
                case ".pdf" or ".xlsx":
                    var import = ReportImporter.ImportFile(file.Path);
                    return ReviewedReport.Checked(file, EvaluationChecker.CheckAll(import.Report, policy), import);
                case ".json":
                    return ReviewedReport.Checked(file, EvaluationChecker.CheckAll(ReportReader.ReadFile(file.Path), policy), null);
                default:
                    return ReviewedReport.Unreadable(file, file.Path + ": not a report file (.pdf, .xlsx or .json)");
            }
        }
        catch (ImportException ex)
        {
            return ReviewedReport.Unreadable(file, OneLine(ex.Message));
        }
        catch (ReportFormatException ex)
        {
            return ReviewedReport.Unreadable(file, OneLine(ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReviewedReport.Unreadable(file, file.Path + ": " + OneLine(ex.Message));
        }
    }

    private static string OneLine(string message) => message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
