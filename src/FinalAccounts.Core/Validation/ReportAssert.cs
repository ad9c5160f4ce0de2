using System;
using System.Linq;
using System.Text;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>
/// Assertions for tests in any framework: they throw <see cref="ReportAssertException"/> listing the findings, which
/// every test runner reports as a failure.
/// </summary>
public static class ReportAssert
{
    /// <summary>Fails when the built-in rules find any error or warning in <paramref name="report"/>.</summary>
    public static CheckReport Consistent(FinalAccountsReport report) => NoFindingAtOrAbove(report, Severity.Warning);

    /// <summary>Fails when the built-in rules find anything of <paramref name="severity"/> or worse.</summary>
    public static CheckReport NoFindingAtOrAbove(FinalAccountsReport report, Severity severity)
    {
        var result = ReportChecker.Check(report);
        var failing = result.Findings.Where(f => f.Severity >= severity).ToList();
        if (failing.Count == 0) return result;
        var message = new StringBuilder();
        message.Append(report.Info.UnitName).Append(' ').Append(report.Info.Year).Append(": ")
            .Append(failing.Count).Append(" finding(s) at or above ").Append(severity).Append(':');
        foreach (var f in failing)
        {
            message.Append(Environment.NewLine).Append("  ").Append(f.RuleId).Append(' ').Append(f.Severity)
                .Append(" at ").Append(f.Location).Append(": ").Append(f.Message);
        }
        throw new ReportAssertException(message.ToString(), result);
    }
}
