using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// 授予中小企业合同金额 = Σ (货物/工程/服务 采购支出 × 该类授予中小企业占比): the amount awarded to small and medium firms
/// agrees with the per-category shares the report states.
/// </summary>
internal sealed partial class ProcurementSmeRule : IReportRule
{
    private static readonly (string Amount, string Share)[] s_categories =
    {
        ("政府采购货物支出", "货物采购授予中小企业合同金额"),
        ("政府采购工程支出", "工程采购授予中小企业合同金额"),
        ("政府采购服务支出", "服务采购授予中小企业合同金额"),
    };

    public ProcurementSmeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var total = report.FindFirst(new FigureKey("授予中小企业合同金额", ReportVocabulary.Actual));
        if (total == null || !total.IsMoney) return;
        var inputs = new List<StatedFigure>();
        decimal exact = 0m, min = 0m, max = 0m;
        foreach (var (amountConcept, shareConcept) in s_categories)
        {
            var amount = FigureLookup.Near(report, new FigureKey(amountConcept, ReportVocabulary.Actual), total);
            var share = FigureLookup.Near(report, new FigureKey(shareConcept, ReportVocabulary.Share), total);
            if (amount == null || share == null || !amount.IsMoney || !share.IsPercentage) return;
            inputs.Add(amount);
            inputs.Add(share);
            var a = RuleContext.AmountOf(amount).ConvertTo(total.Amount.Unit);
            var p = share.Percentage;
            exact += a.Value * p.Value / 100m;
            // Both factors are non-negative, so the product's bounds are the products of the bounds. A slip can print a
            // negative amount (found by the moved-figure property): its product is then at most 0, never below the lower bound.
            min += Floor0(a.Interval.Min) * Floor0(p.Interval.Min) / 100m;
            max += Floor0(a.Interval.Max) * Floor0(p.Interval.Max) / 100m;
        }
        var stated = RuleContext.AmountOf(total);
        var expected = new Interval(min, max);
        var outcome = decimal.Round(exact, stated.Decimals, System.MidpointRounding.AwayFromZero) == stated.Value ? CheckOutcome.Consistent
            : stated.Interval.Intersects(expected) ? CheckOutcome.WithinRounding
            : CheckOutcome.Inconsistent;
        context.Record(total, new CheckResult(outcome, exact, expected, stated.Value - exact), inputs,
            "各类采购支出 × 其授予中小企业占比之和", "the sum of each procurement category times its share awarded to SMEs");
    }

    private static decimal Floor0(decimal value) => value < 0m ? 0m : value;
}
