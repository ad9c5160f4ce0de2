using System.Linq;

namespace FinalAccounts.Validation.Rules;

/// <summary>A stated change amount (增减) = the report's own figure (决算, or 预算 in a 预算) − the base it is measured against, when the report states both.</summary>
internal sealed class DifferenceRule : IReportRule
{
    private readonly string _changeBasis;
    private readonly string _baseBasis;

    public DifferenceRule(RuleDescriptor descriptor, string changeBasis, string baseBasis)
    {
        Descriptor = descriptor;
        _changeBasis = changeBasis;
        _baseBasis = baseBasis;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var own = report.Info.OwnBasis;
        foreach (var change in report.Figures.Where(f => f.Key.Basis == _changeBasis && f.IsMoney).ToList())
        {
            if (FigureLookup.IsRepeat(report, change)) continue;
            var actual = FigureLookup.Near(report, change.Key.WithBasis(own), change);
            var baseline = FigureLookup.Near(report, change.Key.WithBasis(_baseBasis), change);
            if (actual == null || baseline == null || !actual.IsMoney || !baseline.IsMoney) continue;
            context.Sum(change, new[] { (actual, 1), (baseline, -1) }, own + " − " + _baseBasis, "actual − " + _baseBasis);
        }
    }
}
