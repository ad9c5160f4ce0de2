using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>A rule of the catalogue: its stable ID, a short Chinese and English title and the identity it checks.</summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a descriptor of an identity (<see cref="RuleKind.Identity"/>).</summary>
    public RuleDescriptor(string id, string title, string titleEn, string identity, Severity maxSeverity = Severity.Error)
        : this(id, title, titleEn, identity, RuleKind.Identity, maxSeverity)
    {
    }

    /// <summary>Creates a descriptor of the given <paramref name="kind"/>, applying to 决算 and 预算 reports.</summary>
    public RuleDescriptor(string id, string title, string titleEn, string identity, RuleKind kind, Severity maxSeverity = Severity.Error)
        : this(id, title, titleEn, identity, kind, maxSeverity, s_everyReportKind)
    {
    }

    /// <summary>Creates a descriptor of the given <paramref name="kind"/> that applies only to the report kinds <paramref name="reportKinds"/>.</summary>
    public RuleDescriptor(string id, string title, string titleEn, string identity, RuleKind kind, Severity maxSeverity, IEnumerable<ReportKind> reportKinds)
    {
        if (reportKinds == null) throw new ArgumentNullException(nameof(reportKinds));
        var kinds = reportKinds.Distinct().OrderBy(k => k).ToArray();
        ReportKinds = kinds;
        if (ReportKinds.Count == 0) throw new ArgumentException("a rule applies to at least one report kind", nameof(reportKinds));
        foreach (var k in kinds) _kindBits |= KindBit(k);
        Kind = kind;
        Id = id;
        Title = title;
        TitleEn = titleEn;
        Identity = identity;
        MaxSeverity = maxSeverity;
    }

    /// <summary>
    /// The most serious severity the rule reports: Error for identities, Warning for what reviewers flag but a table may
    /// legitimately do (a qualitative indicator restating its target, a missed indicator without a reason).
    /// </summary>
    public Severity MaxSeverity { get; }

    /// <summary>What kind of statement the rule makes: writers decide how to show a finding by it, never by its ID.</summary>
    public RuleKind Kind { get; }

    /// <summary>
    /// The report kinds the rule applies to (决算, 预算 or both); <see cref="ReportChecker"/> lists it as not run on a
    /// report of another kind. An identity of 年末结转 or 完成预算率 has no meaning in a 预算.
    /// </summary>
    public IReadOnlyList<ReportKind> ReportKinds { get; }

    /// <summary>True when the rule applies to a report of kind <paramref name="kind"/>.</summary>
    public bool AppliesTo(ReportKind kind) => (_kindBits & KindBit(kind)) != 0;

    // The report kinds as bits: AppliesTo runs for every rule of every check. A kind outside 0–63 has no bit and applies nowhere.
    private readonly ulong _kindBits;

    private static ulong KindBit(ReportKind kind) => (uint)kind < 64 ? 1UL << (int)kind : 0UL;

    private RuleNotRun? _nothingStated, _notForBudget, _notForFinal;

    /// <summary>
    /// Why the rule did not run in a report (made once per rule, not once per report: <see cref="ReportChecker"/> lists one
    /// for most rules of every report).
    /// </summary>
    internal RuleNotRun NothingStated => _nothingStated ??= new RuleNotRun(this, "报告未列示该规则所需的数字 (the report states none of the figures this rule relates)");

    /// <summary>The rule does not apply to a report of <paramref name="kind"/>.</summary>
    internal RuleNotRun NotFor(ReportKind kind) => kind == ReportKind.Budget
        ? _notForBudget ??= new RuleNotRun(this, "该规则不适用于预算报告 (the rule does not apply to a 预算 report)")
        : _notForFinal ??= new RuleNotRun(this, "该规则不适用于决算报告 (the rule does not apply to a 决算 report)");

    private static readonly ReportKind[] s_everyReportKind = { ReportKind.FinalAccounts, ReportKind.Budget };

    /// <summary>The stable rule ID, e.g. FA1001. An ID never changes meaning.</summary>
    public string Id { get; }

    /// <summary>The title in the report's terms, e.g. 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.</summary>
    public string Title { get; }

    /// <summary>The title in English.</summary>
    public string TitleEn { get; }

    /// <summary>The identity or relation the rule checks, as documented in README.</summary>
    public string Identity { get; }

    /// <summary>"FA1001 title".</summary>
    public override string ToString() => Id + " " + Title;
}
