using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The same figure stated twice where one is the other × 10⁴ within rounding: a unit slip (元 written where 万元 is meant),
/// reported as such instead of as a plain mismatch (FA1030 leaves these pairs to this rule).
/// </summary>
internal sealed partial class UnitSlipRule : IReportRule
{
    public UnitSlipRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        // Only a figure whose key was stated before is compared, with that first statement: the index lists those pairs.
        var repeats = context.Report.Index.Repeats;
        for (var i = 0; i < repeats.Count; i++)
        {
            var (figure, first) = repeats[i];
            if (!figure.IsMoney || !first.IsMoney || first.ShareOf != figure.ShareOf) continue;
            // Nearly every repeat states the same amount: counted, with no interval, message or inputs to keep.
            if (SameAmount(figure, first) || !UnitSlip.Explains(figure, first))
            {
                context.Record(figure, s_consistent, System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                continue;
            }
            var expected = UnitSlip.Of(first);
            var stated = RuleContext.AmountOf(figure).ConvertTo(CurrencyUnit.WanYuan).Value;
            var ratio = expected.Midpoint == 0m ? 0m : stated / expected.Midpoint;
            var result = new CheckResult(CheckOutcome.Inconsistent, RuleContext.AmountOf(first).ConvertTo(CurrencyUnit.WanYuan).Value, expected, 0m);
            context.Record(figure, result, new[] { first }, Describe(figure, first, ratio));
        }
    }

    /// <summary>
    /// True when both figures are read as the same amount in 万元: then no slip (<see cref="UnitSlip.Explains"/> is false, as
    /// both 万元 intervals hold that amount and so meet), decided without intervals.
    /// </summary>
    internal static bool SameAmount(StatedFigure figure, StatedFigure first)
    {
        var a = RuleContext.AmountOf(figure);
        var b = RuleContext.AmountOf(first);
        return a.Unit == b.Unit ? a.Value == b.Value : a.ConvertTo(CurrencyUnit.WanYuan).Value == b.ConvertTo(CurrencyUnit.WanYuan).Value;
    }

    // A passed check records only its outcome.
    private static readonly CheckResult s_consistent = new(CheckOutcome.Consistent, 0m, default, 0m);

    // A method of its own so that the captured variables are allocated only for a finding, not on every figure checked.
    private static System.Func<(string, string)> Describe(StatedFigure f, StatedFigure first, decimal ratio) => () => (
        f.Key + " 列示 " + f + "，而“" + first.Location + "”列示 " + first + "：前者恰为后者的" + (ratio > 1m ? "10000倍" : "万分之一")
        + "（舍入范围内），疑为单位错误（" + (ratio > 1m ? "以元填写了万元数" : "以万元填写了元数") + "）。",
        f.Key.Concept + " is stated as " + f + " and as " + first + " at " + first.Location + ": one is 10⁴ times the other within rounding, a unit slip (元 for 万元).");
}
