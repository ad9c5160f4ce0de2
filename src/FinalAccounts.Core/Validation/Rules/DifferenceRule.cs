namespace FinalAccounts.Validation.Rules;

/// <summary>A stated change amount (增减) = the report's own figure (决算, or 预算 in a 预算) − the base it is measured against, when the report states both.</summary>
internal sealed partial class DifferenceRule : IReportRule
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
        string? relation = null, relationEn = null;
        var changeList = report.Index.WithBasis(_changeBasis);
        for (var changeIndex = 0; changeIndex < changeList.Count; changeIndex++)
        {
            var change = changeList[changeIndex];
            if (!change.IsMoney || FigureLookup.IsRepeat(report, change)) continue;
            var actual = FigureLookup.Near(report, change.Key.WithBasis(own), change);
            var baseline = FigureLookup.Near(report, change.Key.WithBasis(_baseBasis), change);
            if (actual == null || baseline == null || !actual.IsMoney || !baseline.IsMoney) continue;
            context.Sum(change, new[] { (actual, 1), (baseline, -1) }, relation ??= own + " − " + _baseBasis, relationEn ??= "actual − " + _baseBasis);
        }
    }
}
