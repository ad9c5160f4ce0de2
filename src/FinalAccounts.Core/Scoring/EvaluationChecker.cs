using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring.Checks;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring;

/// <summary>Checks the 项目支出绩效自评表 of a report (FA2xxx), alone or together with the report checks (FA1xxx).</summary>
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
        var policies = policy != null ? new[] { policy } : ScoringPolicy.Known;
        // The same recording path as the report rules (RuleContext): one Finding shape, one way to count checks.
        var recorded = new List<Finding>();
        var context = new RuleContext(report, recorded, EvaluationRules.ExecutionRate);
        foreach (var evaluation in report.Evaluations)
        {
            ScoreFindings.Check(evaluation, policies, context);
            ReviewerFlags.Check(evaluation, policy, context);
        }
        var run = EvaluationRules.All.Where(context.HasRun).ToList();
        var notRun = EvaluationRules.All.Where(r => !context.HasRun(r))
            .Select(r => new RuleNotRun(r, "绩效自评表未列示该规则所需的数字 (the evaluations state none of the figures this rule relates)")).ToList();
        // Errors first; within a severity, the order of the tables and rows (a stable sort keeps it).
        var findings = recorded.OrderByDescending(f => f.Severity).ToList();
        return new CheckReport(report, findings, context.TotalChecks, run, notRun);
    }

    /// <summary>
    /// The report checks (<see cref="ReportChecker.Check(FinalAccountsReport)"/>) and, when the report has evaluations, the FA2xxx
    /// checks, in one result: errors first, FA1xxx before FA2xxx within a severity.
    /// </summary>
    public static CheckReport CheckAll(FinalAccountsReport report, ScoringPolicy? policy = null)
    {
        var reportChecks = ReportChecker.Check(report);
        if (report.Evaluations.Count == 0) return reportChecks;
        var evaluationChecks = Check(report, policy);
        var findings = reportChecks.Findings.Concat(evaluationChecks.Findings).OrderByDescending(f => f.Severity).ToList();
        return new CheckReport(report, findings, reportChecks.ChecksRun + evaluationChecks.ChecksRun,
            reportChecks.RulesRun.Concat(evaluationChecks.RulesRun).ToList(), reportChecks.RulesNotRun.Concat(evaluationChecks.RulesNotRun).ToList());
    }
}
