using System;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring.Checks;

/// <summary>
/// An FA2xxx check as a rule over the report like any FA1xxx one: run by <see cref="ReportChecker"/> through
/// <see cref="RuleContext"/>, on each 绩效自评表 of the report in printed order, under <see cref="RuleContext.Policy"/>.
/// </summary>
internal sealed class EvaluationRule : IReportRule
{
    private readonly Action<PerformanceEvaluation, RuleContext> _check;

    public EvaluationRule(RuleDescriptor descriptor, Action<PerformanceEvaluation, RuleContext> check)
    {
        Descriptor = descriptor;
        _check = check;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var evaluation in context.Report.Evaluations) _check(evaluation, context);
    }
}
