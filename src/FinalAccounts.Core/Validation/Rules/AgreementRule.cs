using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A figure stated in more than one place (a table and the 说明, two sections, two tables) agrees everywhere, up to the
/// precision each place prints it with.
/// </summary>
internal sealed class AgreementRule : IReportRule
{
    public AgreementRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var other in report.Figures)
        {
            // The report indexes figures by key; compare each with the first statement of the same key (and whole).
            StatedFigure? first = null;
            foreach (var candidate in report.Find(other.Key))
            {
                if (candidate.ShareOf == other.ShareOf)
                {
                    first = candidate;
                    break;
                }
            }
            if (first == null || ReferenceEquals(first, other)) continue;
            {
                if (other.Unit != first.Unit && !(other.IsMoney && first.IsMoney)) continue;
                var relation = "同一数字在“" + first.Location + "”的列示值";
                var relationEn = "the same figure as stated at " + first.Location;
                if (other.IsMoney)
                {
                    // × 10⁴ within rounding is a unit slip, FA1140's to name.
                    if (first.IsMoney && UnitSlip.Explains(other, first)) continue;
                    context.Sum(other, new[] { (first, 1) }, relation, relationEn);
                }
                else if (other.IsPercentage)
                {
                    var stated = other.Percentage;
                    var earlier = first.Percentage;
                    var outcome = stated.Value == earlier.Value ? CheckOutcome.Consistent
                        : stated.Interval.Intersects(earlier.Interval) ? CheckOutcome.WithinRounding
                        : CheckOutcome.Inconsistent;
                    context.Record(other, new CheckResult(outcome, earlier.Value, earlier.Interval, stated.Value - earlier.Value), new[] { first }, relation, relationEn);
                }
                else
                {
                    // Counts and words are not rounded: they agree or they do not.
                    context.Record(other, CheckResult.Match(other.Value == first.Value), new[] { first }, relation, relationEn);
                }
            }
        }
    }
}
