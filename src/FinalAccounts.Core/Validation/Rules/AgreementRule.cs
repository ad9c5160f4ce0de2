using System;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A figure stated in more than one place (a table and the 说明, two sections, two tables) agrees everywhere, up to the
/// precision each place prints it with.
/// </summary>
internal sealed partial class AgreementRule : IReportRule
{
    public AgreementRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    // The relation names where the figure was first stated; worded only for a finding.
    private static readonly Func<StatedFigure, (string, string)> s_relation =
        first => ("同一数字在“" + first.Location + "”的列示值", "the same figure as stated at " + first.Location);

    public void Check(RuleContext context)
    {
        var report = context.Report;
        // Only a figure whose key was stated before can differ from the first statement: the index lists those in printed
        // order, each with its key's first statement.
        var repeats = report.Index.Repeats;
        for (var i = 0; i < repeats.Count; i++)
        {
            var (other, keyFirst) = repeats[i];
            // Compare with the first statement of the same key and whole (a share of another whole is another figure).
            var first = keyFirst.ShareOf == other.ShareOf ? keyFirst : FirstOfWhole(report, other);
            if (ReferenceEquals(first, other)) continue;
            if (other.Unit != first.Unit && !(other.IsMoney && first.IsMoney)) continue;
            if (other.IsMoney)
            {
                // Nearly every repeat agrees as printed: counted at once (such a pair is never a unit slip).
                if (first.IsMoney && context.SumPasses(other, first)) continue;
                // × 10⁴ within rounding is a unit slip, FA1140's to name.
                if (first.IsMoney && UnitSlip.Explains(other, first)) continue;
                var result = RoundingCheck.Sum(RuleContext.AmountOf(other), new[] { (RuleContext.AmountOf(first), 1) });
                context.Record(other, result, first, s_relation);
            }
            else if (other.IsPercentage)
            {
                var stated = other.Percentage;
                var earlier = first.Percentage;
                var outcome = stated.Value == earlier.Value ? CheckOutcome.Consistent
                    : stated.Interval.Intersects(earlier.Interval) ? CheckOutcome.WithinRounding
                    : CheckOutcome.Inconsistent;
                context.Record(other, new CheckResult(outcome, earlier.Value, earlier.Interval, stated.Value - earlier.Value), first, s_relation);
            }
            else
            {
                // Counts and words are not rounded: they agree or they do not.
                context.Record(other, CheckResult.Match(other.Value == first.Value), first, s_relation);
            }
        }
    }

    /// <summary>The first statement of <paramref name="figure"/>'s key that is a share of the same whole (itself at the latest).</summary>
    private static StatedFigure FirstOfWhole(FinalAccountsReport report, StatedFigure figure)
    {
        var candidates = report.Find(figure.Key);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].ShareOf == figure.ShareOf) return candidates[i];
        }
        return figure;
    }
}
