using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Money;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A 预算's claim of no change in words — "比2023年预算执行数持平", "与2024年预算持平", "无变化", "无增减" — agrees with the two
/// figures the same sentence states: the 预算 and its base (上年执行数 or 上年预算) must be equal as far as rounding can tell.
/// Checked only where the sentence states exactly one 预算 with a figure on that base (the same key), so the words can refer
/// to nothing else; a sentence that states no base (the usual "与2024年预算持平" of a 三公 part) is a claim this report
/// cannot test (FA1210 across two years can). A warning, like FA1131: the words are loose in practice.
/// </summary>
internal sealed class BudgetLevelWordRule : IReportRule
{
    private static readonly Regex s_level = new(
        @"(?:比|与|较)\s*\d{4}\s*年度?(?:当年)?预算(执行数|数)?\s*(?:相比\s*)?[，,]?\s*(持平|无变化|没有变化|无增减|一致|相同)",
        RegexOptions.CultureInvariant);

    public BudgetLevelWordRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var statement in context.Report.Statements)
        {
            var text = statement.Sentence;
            if (text.IndexOf('预') < 0) continue;
            foreach (Match m in s_level.Matches(text))
            {
                var basis = m.Groups[1].Value == "执行数" ? PreviousExecution : PreviousBudget;
                var budgets = statement.Figures.Where(f => f.IsMoney && f.Key.Basis == Budget).ToList();
                var pairs = budgets.Select(b => (Budget: b, Base: statement.Figures.FirstOrDefault(f => f.IsMoney && f.Key == b.Key.WithBasis(basis))))
                    .Where(p => p.Base != null).ToList();
                if (pairs.Select(p => p.Budget.Key).Distinct().Count() != 1) continue;
                var (budget, baseline) = (pairs[0].Budget, pairs[0].Base!);
                var a = RuleContext.AmountOf(budget).ConvertTo(CurrencyUnit.WanYuan);
                var b = RuleContext.AmountOf(baseline).ConvertTo(CurrencyUnit.WanYuan);
                var gap = a.Interval - b.Interval;
                decimal exact = a.Value - b.Value;
                var agrees = gap.Min <= 0m && gap.Max >= 0m;
                var result = new CheckResult(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, exact, gap, exact);
                var phrase = m.Value;
                context.Record(budget, result, new[] { baseline }, () => (
                    "说明称「" + phrase + "」（即两者相等），但所列" + budget.Key + " " + budget + "，" + baseline.Key + " " + baseline
                    + "，差额 " + RuleContext.Show(exact) + "万元（舍入允许 [" + RuleContext.Show(gap.Min) + ", " + RuleContext.Show(gap.Max) + "]），与文字不符。",
                    "the sentence says \"" + phrase + "\" (no change), but " + budget.Key.Concept + " is " + budget + " against " + baseline.Key.Basis + " " + baseline
                    + " (difference " + RuleContext.Show(exact) + "): the words disagree with the figures."));
            }
        }
    }
}
