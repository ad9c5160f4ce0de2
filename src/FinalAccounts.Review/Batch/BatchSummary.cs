using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Review.Batch;

/// <summary>The summary of a run: one line per report and the totals; the run's exit code is the worst report's.</summary>
public sealed class BatchSummary
{
    /// <summary>Creates the summary of <paramref name="reports"/>, in their order.</summary>
    public BatchSummary(IReadOnlyList<ReportSummary> reports)
    {
        Reports = reports;
    }

    /// <summary>One line per report.</summary>
    public IReadOnlyList<ReportSummary> Reports { get; }

    /// <summary>Reports that could not be read.</summary>
    public int Unreadable => Reports.Count(r => r.Problem != null);

    /// <summary>Errors over all reports.</summary>
    public int Errors => Reports.Sum(r => r.Errors);

    /// <summary>Warnings over all reports.</summary>
    public int Warnings => Reports.Sum(r => r.Warnings);

    /// <summary>Infos over all reports.</summary>
    public int Infos => Reports.Sum(r => r.Infos);

    /// <summary>Tables read over all reports.</summary>
    public int Tables => Reports.Sum(r => r.Tables);

    /// <summary>Figures read over all reports.</summary>
    public int Figures => Reports.Sum(r => r.Figures);

    /// <summary>Import notes over all reports.</summary>
    public int ImportNotes => Reports.Sum(r => r.ImportNotes);

    /// <summary>The worst exit code: 2 when any report was unreadable, else 1 when any has errors, else 0.</summary>
    public int ExitCode => Reports.Count == 0 ? 0 : Reports.Max(r => r.ExitCode);

    /// <summary>The totals as the summary JSON writes them: reports, unreadable, then each of <see cref="ReportSummary.Counters"/> added up (the exit code, the worst).</summary>
    internal IEnumerable<(string Name, int Value)> Totals()
    {
        yield return ("reports", Reports.Count);
        yield return ("unreadable", Unreadable);
        foreach (var (name, of) in ReportSummary.Counters)
        {
            yield return (name, name == "exitCode" ? ExitCode : Reports.Sum(of));
        }
    }
}
