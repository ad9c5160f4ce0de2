using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring;

/// <summary>
/// Checks the 项目支出绩效自评表 of a report (FA2xxx), alone or together with the report checks (FA1xxx): the FA2xxx
/// checks are rules over the report (<see cref="EvaluationRules.Rules"/>) run by the one engine,
/// <see cref="ReportChecker"/>.
/// </summary>
public static class EvaluationChecker
{
    /// <summary>
    /// The FA2xxx findings for every evaluation of <paramref name="report"/>. Scores are verified against
    /// <paramref name="policy"/> when given, else against every known policy (a table any of them explains has no score
    /// finding).
    /// </summary>
    public static CheckReport Check(FinalAccountsReport report, ScoringPolicy? policy = null)
    {
        if (report == null) throw new ArgumentNullException(nameof(report));
        return ReportChecker.Check(report, EvaluationRules.Rules, policy);
    }

    /// <summary>
    /// The report checks (<see cref="RuleCatalog.Rules"/>) and, when the report has evaluations, the FA2xxx rules, in one
    /// run: errors first, FA1xxx before FA2xxx within a severity (a 绩效自评表's figures follow the report's).
    /// </summary>
    public static CheckReport CheckAll(FinalAccountsReport report, ScoringPolicy? policy = null)
    {
        if (report == null) throw new ArgumentNullException(nameof(report));
        // A report without 绩效自评表 has nothing the scoring rules could relate: they are not listed as not run.
        var rules = report.Evaluations.Count == 0 ? RuleCatalog.Rules : RuleCatalog.Rules.Concat(EvaluationRules.Rules);
        return ReportChecker.Check(report, rules, policy);
    }
}
