using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A sentence's comparison words agree with the figures it states: "决算数小于预算数" needs 决算 &lt; 年初预算 (or 全年预算),
/// "大于/高于/超过" the reverse, each against 上年决算 when it says 上年 (<c>level: false</c>, an error when no rounding of
/// the printed figures allows the direction); "持平" needs the two equal as far as rounding can tell, "基本持平" within 1% of
/// the base (<c>level: true</c>, a warning: the words are loose in practice).
/// </summary>
/// <remarks>
/// A sentence is checked only when it states exactly one 决算 with a figure on the base its words name, so the words can
/// refer to nothing else.
/// </remarks>
internal sealed class ComparisonWordRule : IReportRule
{
    /// <summary>基本持平 tolerates a gap of this share of the base (1%).</summary>
    public const decimal RoughlyLevelShare = 0.01m;

    private static readonly Regex s_direction = new(
        @"(决算数?|预算数?|上年决算数?)\s*(大于|高于|超过|多于|小于|低于|少于)\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年|决算数?)",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_level = new(
        @"(决算数?)\s*与\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年)\s*(?:相比\s*)?(基本持平|持平|相同|一致)",
        RegexOptions.CultureInvariant);

    private readonly bool _level;

    public ComparisonWordRule(RuleDescriptor descriptor, bool level)
    {
        Descriptor = descriptor;
        _level = level;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var statement in context.Report.Statements)
        {
            var text = statement.Sentence;
            if (!MayMatch(text)) continue;
            foreach (Match m in (_level ? s_level : s_direction).Matches(text))
            {
                string subject = m.Groups[1].Value, word = m.Groups[_level ? 3 : 2].Value, obj = m.Groups[_level ? 2 : 3].Value;
                // "预算数大于决算数" says the same as "决算数小于预算数".
                bool inverted = !subject.StartsWith("决算", System.StringComparison.Ordinal);
                if (inverted && !obj.StartsWith("决算", System.StringComparison.Ordinal)) continue;
                var baseWords = inverted ? subject : obj;
                var pair = Pair(statement, baseWords);
                if (pair == null) continue;
                var (actual, baseline) = pair.Value;
                var a = RuleContext.AmountOf(actual).ConvertTo(CurrencyUnit.WanYuan);
                var b = RuleContext.AmountOf(baseline).ConvertTo(CurrencyUnit.WanYuan);
                var gap = a.Interval - b.Interval;
                decimal exact = a.Value - b.Value;
                bool agrees;
                string claim;
                if (_level)
                {
                    bool rough = word == "基本持平";
                    decimal allowed = rough ? System.Math.Abs(b.Value) * RoughlyLevelShare : 0m;
                    agrees = gap.Min <= allowed && gap.Max >= -allowed;
                    claim = rough ? "相差不超过" + baseline.Key.Basis + "的1%" : "两者相等（舍入范围内）";
                }
                else
                {
                    bool greater = word is "大于" or "高于" or "超过" or "多于";
                    if (inverted) greater = !greater;
                    agrees = greater ? gap.Max > 0m : gap.Min < 0m;
                    claim = greater ? "决算大于" + baseline.Key.Basis : "决算小于" + baseline.Key.Basis;
                }
                var result = new CheckResult(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, exact, gap, exact);
                var phrase = m.Value;
                context.Record(actual, result, new[] { baseline }, () => (
                    "说明称「" + phrase + "」（即" + claim + "），但所列" + actual.Key + " " + actual + "，" + baseline.Key + " " + baseline
                    + "，差额 " + RuleContext.Show(exact) + "万元（舍入允许 [" + RuleContext.Show(gap.Min) + ", " + RuleContext.Show(gap.Max) + "]），与文字不符。",
                    "the sentence says \"" + phrase + "\", but " + actual.Key.Concept + " is " + actual + " against " + baseline.Key.Basis + " " + baseline
                    + " (difference " + RuleContext.Show(exact) + "): the words disagree with the figures."));
            }
        }
    }

    /// <summary>
    /// False when the sentence lacks a word every match needs (大于…少于 all end in 于 but 超过; 持平/相同/一致 follow 与), so the
    /// regex runs only on the few sentences that compare at all.
    /// </summary>
    private bool MayMatch(string text)
        => text.IndexOf("算", System.StringComparison.Ordinal) >= 0
        && (_level
            ? text.IndexOf('与') >= 0 && (text.IndexOf("持平", System.StringComparison.Ordinal) >= 0 || text.IndexOf("相同", System.StringComparison.Ordinal) >= 0 || text.IndexOf("一致", System.StringComparison.Ordinal) >= 0)
            : text.IndexOf('于') >= 0 || text.IndexOf("超过", System.StringComparison.Ordinal) >= 0);

    /// <summary>The statement's one 决算 and its base figure (same key), or null when there is none or more than one.</summary>
    private static (StatedFigure Actual, StatedFigure Base)? Pair(Statement statement, string baseWords)
    {
        var bases = baseWords.StartsWith("上年", System.StringComparison.Ordinal) ? new[] { PreviousActual }
            : baseWords.StartsWith("全年", System.StringComparison.Ordinal) ? new[] { FullYearBudget }
            : baseWords.StartsWith("年初", System.StringComparison.Ordinal) ? new[] { InitialBudget }
            : new[] { InitialBudget, FullYearBudget };
        var actuals = statement.Figures.Where(f => f.IsMoney && f.Key.Basis == Actual).ToList();
        var found = new List<(StatedFigure, StatedFigure)>();
        foreach (var a in actuals)
        {
            foreach (var basis in bases)
            {
                var b = statement.Figures.FirstOrDefault(f => f.IsMoney && f.Key == a.Key.WithBasis(basis));
                if (b != null)
                {
                    found.Add((a, b));
                    break;
                }
            }
        }
        return found.Select(p => p.Item1.Key).Distinct().Count() == 1 ? found[0] : null;
    }
}
