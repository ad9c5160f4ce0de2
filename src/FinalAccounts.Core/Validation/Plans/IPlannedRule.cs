namespace FinalAccounts.Validation.Plans;

/// <summary>
/// A built-in rule that says, before it runs, whether a report could give it anything to do: the engine then skips the
/// rules that would only walk the report to find nothing, and lists them as not run exactly as if they had run.
/// </summary>
/// <remarks>
/// A plan is a necessary condition, never a guess: <see cref="MayCheck"/> returns false only when the rule's
/// <see cref="IReportRule.Check"/> on that report would run no check and record no finding. Each plan says why beside it;
/// the law in PlanProperties compares checking with and without plans on generated and real reports.
/// </remarks>
internal interface IPlannedRule
{
    /// <summary>False only when the rule would run no check and record no finding on the report <paramref name="presence"/> summarises.</summary>
    bool MayCheck(in ReportPresence presence);
}
