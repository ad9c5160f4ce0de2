using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A stated percentage recomputed from the figures it refers to: completion rates (决算 ÷ 预算), shares (占比), and
/// changes (增减%) against the base when stated, else against 决算 − 增减.
/// </summary>
internal sealed class RateRule : IReportRule
{
    private readonly string _basis;
    private readonly string _numerator;
    private readonly string _denominator;
    private readonly bool _isChange;
    private readonly string _changeBasis;

    private RateRule(RuleDescriptor descriptor, string basis, string numerator, string denominator, bool isChange, string changeBasis)
    {
        Descriptor = descriptor;
        _basis = basis;
        _numerator = numerator;
        _denominator = denominator;
        _isChange = isChange;
        _changeBasis = changeBasis;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>rate basis = 决算 ÷ denominator basis.</summary>
    public static RateRule Completion(RuleDescriptor d, string basis, string denominator) => new(d, basis, ReportVocabulary.Actual, denominator, false, string.Empty);

    /// <summary>占比 = 决算 ÷ the figure named by 'of'.</summary>
    public static RateRule Share(RuleDescriptor d) => new(d, ReportVocabulary.Share, ReportVocabulary.Actual, string.Empty, false, string.Empty);

    /// <summary>change rate = (决算 − base) ÷ base, or change ÷ (决算 − change).</summary>
    public static RateRule Change(RuleDescriptor d, string basis, string baseBasis, string changeBasis) => new(d, basis, ReportVocabulary.Actual, baseBasis, true, changeBasis);

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var rate in report.Figures.Where(f => f.Key.Basis == _basis && f.IsPercentage).ToList())
        {
            if (FigureLookup.IsRepeat(report, rate)) continue;
            var numerator = FigureLookup.Near(report, rate.Key.WithBasis(_numerator), rate);
            if (numerator == null || !numerator.IsMoney) continue;
            var denominatorKey = _denominator.Length == 0 ? rate.ShareOf : rate.Key.WithBasis(_denominator);
            var denominator = denominatorKey is FigureKey dk ? FigureLookup.Near(report, dk, rate) : null;
            if (!_isChange)
            {
                if (denominator == null || !denominator.IsMoney) continue;
                context.Ratio(rate, numerator, denominator, _denominator.Length == 0 ? "决算 ÷ 其所占的合计" : _numerator + " ÷ " + _denominator, "actual / base");
            }
            else if (denominator != null && denominator.IsMoney)
            {
                context.ChangeRate(rate, numerator, denominator, "（" + _numerator + " − " + _denominator + "）÷ " + _denominator, "(actual − base) / base");
            }
            else
            {
                var change = FigureLookup.Near(report, rate.Key.WithBasis(_changeBasis), rate);
                if (change == null || !change.IsMoney) continue;
                context.ChangeRateFromDifference(rate, numerator, change, _changeBasis + " ÷（" + _numerator + " − " + _changeBasis + "）", "change / (actual − change)");
            }
        }
    }
}
