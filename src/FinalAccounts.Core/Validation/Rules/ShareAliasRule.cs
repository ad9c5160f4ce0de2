using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A share implies its whole: "X 占 Y 的 p%" with X stated puts Y at X ÷ p. FA1022 compares that with Y wherever the
/// report states Y by its key; this rule compares it with Y stated under another name — the same quantity by
/// <see cref="ReportVocabulary.WholeAliases"/> — when the report states no figure of Y's own name: 占财政拨款支出的99.98% beside
/// 一般公共预算财政拨款支出, in a report whose 政府性基金 and 国有资本经营预算财政拨款支出 are 0.
/// </summary>
/// <remarks>
/// The alias holds only when the report says the other kinds are nothing: each stated as 0, or its table declared empty
/// (the note under it, or a 说明 sentence: 无政府性基金预算财政拨款收入和支出). A report that is silent about them is not judged.
/// </remarks>
internal sealed partial class ShareAliasRule : IReportRule
{
    public ShareAliasRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var own = report.Info.OwnBasis;
        var shares = report.Index.WithBasis(ReportVocabulary.Share);
        for (var i = 0; i < shares.Count; i++)
        {
            var share = shares[i];
            if (!share.IsPercentage || share.ShareOf is not FigureKey whole || report.Find(whole).Count > 0 || FigureLookup.IsRepeat(report, share)) continue;
            foreach (var (name, sameAs, noneOf) in ReportVocabulary.WholeAliases)
            {
                if (whole.Concept != name) continue;
                var alias = FigureLookup.Near(report, new FigureKey(sameAs, whole.Basis, whole.Scope, whole.FunctionPath, whole.Item), share);
                var part = FigureLookup.Near(report, share.Key.WithBasis(own), share);
                if (alias == null || part == null || !alias.IsMoney || !part.IsMoney || RuleContext.AmountOf(alias).Value == 0m) continue;
                if (!AllNone(report, own, noneOf)) continue;
                if (noneOf.Length > 0)
                {
                    context.Ratio(share, part, alias, own + " ÷ " + sameAs + "（报告无政府性基金、国有资本经营预算财政拨款，" + name + "即" + sameAs + "）",
                        "actual / " + sameAs + " (the report has no other appropriation, so " + name + " is " + sameAs + ")");
                }
                else
                {
                    context.Ratio(share, part, alias, own + " ÷ " + sameAs + "（收入、支出总计为同一数，" + name + "即" + sameAs + "）",
                        "actual / " + sameAs + " (income and expenditure totals are one figure, so " + name + " is " + sameAs + ")");
                }
            }
        }
    }

    /// <summary>True when the report says it has none of each concept: stated only as 0, or its table declared empty.</summary>
    private static bool AllNone(FinalAccountsReport report, string own, string[] concepts)
    {
        foreach (var concept in concepts)
        {
            var statedZero = false;
            foreach (var figure in report.Index.WithConcept(concept))
            {
                var key = figure.Key;
                if (key.Basis != own || key.FunctionPath.Length > 0 || key.Item.Length > 0 || !figure.IsMoney) continue;
                if (figure.Amount.Value != 0m) return false;
                statedZero = true;
            }
            if (statedZero || DeclaredEmpty(report, concept)) continue;
            return false;
        }
        return true;
    }

    private static bool DeclaredEmpty(FinalAccountsReport report, string concept)
    {
        foreach (var standard in StandardTable.All)
        {
            if (!standard.Concepts.Contains(concept)) continue;
            ReportTable? published = null;
            foreach (var table in report.Tables)
            {
                if (StandardTable.Of(table.Title) == standard) published = table;
            }
            if (published != null && published.Cells.Count > 0) return false;
            return standard.IsDeclaredEmpty(report, published);
        }
        return false;
    }
}
