using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>
/// Finds the pairs of reports <see cref="CrossChecker"/> relates among many (the batch mode of <c>finacct check --cross</c>):
/// one unit (name without spaces, and level 部门/单位) and 预算 N ↔ 决算 N, 预算 N ↔ 预算 N+1, 决算 N ↔ 决算 N+1. Nothing is
/// guessed: two reports of one unit, kind and year make every pair that needs one of them ambiguous (FA1221, no check),
/// and a report no other report relates to is a note (FA1220), never matched by a similar name.
/// </summary>
public static class CrossPairing
{
    private static readonly ReportKind[] s_either = { ReportKind.FinalAccounts, ReportKind.Budget };

    /// <summary>FA1220: a report with no report of the same unit that a cross rule relates to it.</summary>
    public static RuleDescriptor Unpaired { get; } = new("FA1220", "未找到可与之核对的报告", "no report to cross-check with",
        "a report given to the batch cross check has no report of the same unit (name and level) of a related kind and year: same-year 预算/决算, or the same kind a year before or after; nothing is compared",
        RuleKind.ReviewerFlag, Severity.Info, s_either);

    /// <summary>FA1221: two or more reports of one unit, kind and year: which one to compare is not guessed.</summary>
    public static RuleDescriptor Ambiguous { get; } = new("FA1221", "同一单位同年同类报告不止一份，未作核对", "more than one report of one unit, kind and year: not cross-checked",
        "two or more reports of one unit, kind and year (a revised copy, a duplicate): no pair that needs one of them is checked", RuleKind.ReviewerFlag, Severity.Info, s_either);

    /// <summary>The pairing notes.</summary>
    public static IReadOnlyList<RuleDescriptor> Notes { get; } = new[] { Unpaired, Ambiguous };

    /// <summary>
    /// The pairs among <paramref name="reports"/> (indices into it, each pair once, earlier index first, in index order)
    /// and a note for every report that is ambiguous or has no pair.
    /// </summary>
    public static CrossPairs Pair(IReadOnlyList<ReportInfo> reports)
    {
        if (reports == null) throw new ArgumentNullException(nameof(reports));
        var slots = new Dictionary<(string Unit, string Level, ReportKind Kind, int Year), List<int>>();
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i] ?? throw new ArgumentException("a report is null", nameof(reports));
            var slot = (CrossChecker.Squash(r.UnitName), r.Level, r.Kind, r.Year);
            if (!slots.TryGetValue(slot, out var list)) slots[slot] = list = new List<int>();
            list.Add(i);
        }
        var pairs = new List<CrossPair>();
        var notes = new List<CrossPairingNote>();
        var ambiguous = new HashSet<int>();
        foreach (var list in slots.Values.Where(l => l.Count > 1).OrderBy(l => l[0]))
        {
            ambiguous.UnionWith(list);
            var first = reports[list[0]];
            notes.Add(new CrossPairingNote(Ambiguous, list,
                "同一单位同年同类报告有 " + list.Count + " 份（" + CrossChecker.Describe(first) + "），无法确定与哪一份核对，涉及它们的跨报告核对均未进行",
                list.Count + " reports of one unit, kind and year: no cross check that needs one of them is run"));
        }
        for (var i = 0; i < reports.Count; i++)
        {
            if (ambiguous.Contains(i)) continue;
            var paired = false;
            var blocked = false;
            foreach (var partner in Partners(reports[i]))
            {
                if (!slots.TryGetValue(partner, out var list)) continue;
                if (list.Count > 1)
                {
                    blocked = true;
                    continue;
                }
                paired = true;
                if (list[0] > i) pairs.Add(new CrossPair(i, list[0]));
            }
            if (paired || blocked) continue;
            var r = reports[i];
            var otherLevel = reports.Any(o => !ReferenceEquals(o, r) && CrossChecker.Squash(o.UnitName) == CrossChecker.Squash(r.UnitName) && o.Level != r.Level);
            notes.Add(new CrossPairingNote(Unpaired, new[] { i },
                "未找到可与之核对的报告：" + CrossChecker.Describe(r) + "（需同一单位、同一级次的同年预算或决算，或相邻年度的同类报告"
                + (otherLevel ? "；有同名但级次不同的报告，部门与单位不互相核对" : string.Empty) + "）",
                "no report of the same unit and level to cross-check with (the same year's 预算/决算, or the same kind a year apart)"
                + (otherLevel ? "; a report of the same name at the other level (部门/单位) is not its pair" : string.Empty)));
        }
        return new CrossPairs(pairs.OrderBy(p => p.First).ThenBy(p => p.Second).ToList(), notes.OrderBy(n => n.Reports[0]).ThenBy(n => n.Rule.Id, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<(string, string, ReportKind, int)> Partners(ReportInfo r)
    {
        var unit = CrossChecker.Squash(r.UnitName);
        var other = r.Kind == ReportKind.Budget ? ReportKind.FinalAccounts : ReportKind.Budget;
        yield return (unit, r.Level, other, r.Year);
        yield return (unit, r.Level, r.Kind, r.Year - 1);
        yield return (unit, r.Level, r.Kind, r.Year + 1);
    }
}
