using System;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>The outcome of checking a report: every finding, how many checks ran, and the rules that had nothing to check.</summary>
public sealed class CheckReport
{
    // Set by the catalogue's check instead of the two lists: one outcome per rule, the lists made on first read.
    private readonly IReadOnlyList<RuleDescriptor>? _rules;
    private readonly RuleOutcome[]? _outcomes;
    private readonly ReportKind _kind;
    private IReadOnlyList<RuleDescriptor>? _rulesRun;
    private IReadOnlyList<RuleNotRun>? _rulesNotRun;

    /// <summary>Creates the outcome.</summary>
    public CheckReport(FinalAccountsReport report, IReadOnlyList<Finding> findings, int checksRun, IReadOnlyList<RuleDescriptor> rulesRun, IReadOnlyList<RuleNotRun> rulesNotRun)
    {
        Report = report;
        Findings = findings;
        ChecksRun = checksRun;
        _rulesRun = rulesRun;
        _rulesNotRun = rulesNotRun;
    }

    /// <summary>
    /// The outcome of checking with an unchanging list of rules (the catalogue's): <paramref name="outcomes"/>[i] is what became
    /// of <paramref name="rules"/>[i] in a report of <paramref name="kind"/>.
    /// </summary>
    internal CheckReport(FinalAccountsReport report, IReadOnlyList<Finding> findings, int checksRun, IReadOnlyList<RuleDescriptor> rules, RuleOutcome[] outcomes, ReportKind kind)
    {
        Report = report;
        Findings = findings;
        ChecksRun = checksRun;
        _rules = rules;
        _outcomes = outcomes;
        _kind = kind;
    }

    /// <summary>The report checked.</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>The findings, errors first, then in the order the figures stand in the report.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>How many individual checks ran (consistent ones included).</summary>
    public int ChecksRun { get; }

    /// <summary>The rules that checked at least one figure.</summary>
    public IReadOnlyList<RuleDescriptor> RulesRun
        => Volatile.Read(ref _rulesRun) ?? Interlocked.CompareExchange(ref _rulesRun, ListRun(), null) ?? _rulesRun!;

    /// <summary>The rules that had nothing to check, with the reason.</summary>
    public IReadOnlyList<RuleNotRun> RulesNotRun
        => Volatile.Read(ref _rulesNotRun) ?? Interlocked.CompareExchange(ref _rulesNotRun, ListNotRun(), null) ?? _rulesNotRun!;

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

    // Only the internal constructor leaves the lists unset, and it sets the outcomes: in rule order, as the rules ran.
    private RuleDescriptor[] ListRun()
    {
        var outcomes = _outcomes!;
        var n = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome == RuleOutcome.Run) n++;
        }
        if (n == 0) return Array.Empty<RuleDescriptor>();
        var run = new RuleDescriptor[n];
        n = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] == RuleOutcome.Run) run[n++] = _rules![i];
        }
        return run;
    }

    private RuleNotRun[] ListNotRun()
    {
        var outcomes = _outcomes!;
        var n = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome != RuleOutcome.Run) n++;
        }
        if (n == 0) return Array.Empty<RuleNotRun>();
        var notRun = new RuleNotRun[n];
        n = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] == RuleOutcome.NothingStated) notRun[n++] = _rules![i].NothingStated;
            else if (outcomes[i] == RuleOutcome.NotForKind) notRun[n++] = _rules![i].NotFor(_kind);
        }
        return notRun;
    }
}
