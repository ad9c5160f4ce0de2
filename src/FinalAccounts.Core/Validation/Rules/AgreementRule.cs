using System.Collections.Generic;
using System.Linq;
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
        foreach (var group in context.Report.Figures.GroupBy(f => (f.Key, Of: f.ShareOf?.ToString() ?? string.Empty)))
        {
            var figures = group.ToList();
            var first = figures[0];
            foreach (var other in figures.Skip(1))
            {
                if (other.Unit != first.Unit && !(other.IsMoney && first.IsMoney)) continue;
                var relation = "同一数字在“" + first.Location + "”的列示值";
                var relationEn = "the same figure as stated at " + first.Location;
                if (other.IsMoney)
                {
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
                else if (other.Value != first.Value)
                {
                    context.Record(other, new CheckResult(CheckOutcome.Inconsistent, 0m, default, 0m), new[] { first }, relation, relationEn);
                }
                else
                {
                    context.Record(other, new CheckResult(CheckOutcome.Consistent, 0m, default, 0m), new[] { first }, relation, relationEn);
                }
            }
        }
    }
}
