using System;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A difference printed without direction ("与年初预算相差0.9万元", "差值0.9万元"; bases 较年初预算差额, 较全年预算差额,
/// 较上年决算差额, 较上年预算差额) = |the report's own figure − the base|, when the report states both. The words give no
/// sign, so the rule never guesses one: the stated difference is compared with (own − base) and with (base − own), each as
/// an interval at the printed precision, and the better of the two outcomes stands. A difference that neither direction
/// allows is an error; one rounding allows in either direction is at most info.
/// </summary>
internal sealed partial class UnsignedDifferenceRule : IReportRule
{
    private static readonly string[] s_bases =
    {
        ReportVocabulary.DifferenceFromBudget, ReportVocabulary.DifferenceFromFullYearBudget,
        ReportVocabulary.DifferenceFromPrevious, ReportVocabulary.DifferenceFromPreviousBudget,
    };

    public UnsignedDifferenceRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var own = report.Info.OwnBasis;
        foreach (var basis in s_bases)
        {
            var baseBasis = ReportVocabulary.UnsignedDifferenceBase(basis)!;
            var list = report.Index.WithBasis(basis);
            for (var i = 0; i < list.Count; i++)
            {
                var difference = list[i];
                if (!difference.IsMoney || FigureLookup.IsRepeat(report, difference)) continue;
                var actual = FigureLookup.Near(report, difference.Key.WithBasis(own), difference);
                var baseline = FigureLookup.Near(report, difference.Key.WithBasis(baseBasis), difference);
                if (actual == null || baseline == null || !actual.IsMoney || !baseline.IsMoney) continue;
                var stated = RuleContext.AmountOf(difference);
                var a = RuleContext.AmountOf(actual);
                var b = RuleContext.AmountOf(baseline);
                var up = RoundingCheck.Sum(stated, new[] { (a, 1), (b, -1) });
                var down = RoundingCheck.Sum(stated, new[] { (a, -1), (b, 1) });
                var result = Better(up, down);
                context.Record(difference, result, new[] { actual, baseline },
                    "|" + own + " − " + baseBasis + "|（相差、差值不分增减）", "|" + own + " − " + baseBasis + "| (a difference printed without direction)");
            }
        }
    }

    /// <summary>The outcome rounding allows best; of two equally bad ones, the one nearer the stated figure (its message names it).</summary>
    private static CheckResult Better(CheckResult up, CheckResult down)
    {
        if (up.Outcome != down.Outcome) return up.Outcome < down.Outcome ? up : down;
        return Math.Abs(up.Difference) <= Math.Abs(down.Difference) ? up : down;
    }
}
