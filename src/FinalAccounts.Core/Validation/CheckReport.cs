using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>The outcome of checking a report: every finding, how many checks ran, and the rules that had nothing to check.</summary>
public sealed class CheckReport
{
    /// <summary>Creates the outcome.</summary>
    public CheckReport(FinalAccountsReport report, IReadOnlyList<Finding> findings, int checksRun, IReadOnlyList<RuleDescriptor> rulesRun, IReadOnlyList<RuleNotRun> rulesNotRun)
    {
        Report = report;
        Findings = findings;
        ChecksRun = checksRun;
        RulesRun = rulesRun;
        RulesNotRun = rulesNotRun;
    }

    /// <summary>The report checked.</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>The findings, errors first, then in the order the figures stand in the report.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>How many individual checks ran (consistent ones included).</summary>
    public int ChecksRun { get; }

    /// <summary>The rules that checked at least one figure.</summary>
    public IReadOnlyList<RuleDescriptor> RulesRun { get; }

    /// <summary>The rules that had nothing to check, with the reason.</summary>
    public IReadOnlyList<RuleNotRun> RulesNotRun { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Count(Severity.Error) > 0;

    /// <summary>The number of findings of <paramref name="severity"/>.</summary>
    public int Count(Severity severity)
    {
        var n = 0;
        for (var i = 0; i < Findings.Count; i++)
        {
            if (Findings[i].Severity == severity) n++;
        }
        return n;
    }
}
