using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// What two checks of one report (or of two reads of it) differ in, for the laws that compare a fast way of checking with
/// the plain one (PlanProperties: plans against every rule run in full; MemoProperties: a check again, a fresh read, threads).
/// </summary>
internal static class CheckReportDifference
{
    /// <summary>Null when the two checks agree in everything the output shows; else the first thing that differs.</summary>
    public static string? Of(CheckReport a, CheckReport b)
    {
        if (a.ChecksRun != b.ChecksRun) return "ChecksRun " + a.ChecksRun + " ≠ " + b.ChecksRun;
        var run = string.Join(",", a.RulesRun.Select(r => r.Id));
        var otherRun = string.Join(",", b.RulesRun.Select(r => r.Id));
        if (run != otherRun) return "RulesRun " + run + " ≠ " + otherRun;
        var notRun = string.Join(",", a.RulesNotRun.Select(r => r.Rule.Id + ":" + r.Reason));
        var otherNotRun = string.Join(",", b.RulesNotRun.Select(r => r.Rule.Id + ":" + r.Reason));
        if (notRun != otherNotRun) return "RulesNotRun " + notRun + " ≠ " + otherNotRun;
        if (a.Findings.Count != b.Findings.Count) return "findings " + a.Findings.Count + " ≠ " + b.Findings.Count;
        for (var i = 0; i < a.Findings.Count; i++)
        {
            Finding x = a.Findings[i], y = b.Findings[i];
            if (!ReferenceEquals(x.Rule, y.Rule) || x.Outcome != y.Outcome || x.Severity != y.Severity || !Same(x.Stated, y.Stated)
                || x.Message != y.Message || x.MessageEn != y.MessageEn || x.Inputs.Count != y.Inputs.Count || x.Inputs.Where((f, k) => !Same(f, y.Inputs[k])).Any())
            {
                return "finding " + i + ": " + x + " ≠ " + y;
            }
        }
        return null;
    }

    // Two reads of one report have equal figures, not the same objects, and a rule may make a marker for its finding (a
    // missing table, a claim): equal in what they say and where.
    private static bool Same(StatedFigure a, StatedFigure b)
        => ReferenceEquals(a, b) || (a.Key == b.Key && a.Value == b.Value && a.Unit == b.Unit && a.Location.ToString() == b.Location.ToString()
            && a.Location.JsonPath == b.Location.JsonPath);
}
