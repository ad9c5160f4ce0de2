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
internal sealed partial class ComparisonWordRule : IReportRule
{
    /// <summary>基本持平 tolerates a gap of this share of the base (1%).</summary>
    public const decimal RoughlyLevelShare = 0.01m;

    private readonly bool _level;

    public ComparisonWordRule(RuleDescriptor descriptor, bool level)
    {
        Descriptor = descriptor;
        _level = level;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        // Which phrases the sentences hold, and which figures each compares, is the same on every check of the report: found
        // on its first check and kept (FigureIndex.Memo). A check compares the figures' values as the words say.
        var claims = context.Report.Index.Memo(this, static (rule, report) => rule.Claims(report));
        for (var i = 0; i < claims.Length; i++)
        {
            var c = claims[i];
            var a = RuleContext.AmountOf(c.Actual).ConvertTo(CurrencyUnit.WanYuan);
            var b = RuleContext.AmountOf(c.Baseline).ConvertTo(CurrencyUnit.WanYuan);
            var gap = a.Interval - b.Interval;
            decimal exact = a.Value - b.Value;
            bool agrees, rough = false, greater = false;
            if (_level)
            {
                rough = c.Word == "基本持平";
                decimal allowed = rough ? System.Math.Abs(b.Value) * RoughlyLevelShare : 0m;
                agrees = gap.Min <= allowed && gap.Max >= -allowed;
            }
            else
            {
                greater = c.Word is "大于" or "高于" or "超过" or "多于";
                if (c.Inverted) greater = !greater;
                agrees = greater ? gap.Max > 0m : gap.Min < 0m;
            }
            var result = new CheckResult(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, exact, gap, exact);
            // The claim, the inputs and the message are made only for a finding.
            if (agrees) context.Record(c.Actual, result, System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
            else context.Record(c.Actual, result, new[] { c.Baseline }, Describe(c.Phrase, Claim(_level, rough, greater, c.Baseline), c.Actual, c.Baseline, exact, gap));
        }
    }


    /// <summary>A phrase of a sentence with the two figures it compares, in the order the sentences and phrases come.</summary>
    private sealed class PhraseClaim
    {
        public PhraseClaim(string phrase, string word, bool inverted, StatedFigure actual, StatedFigure baseline)
        {
            Phrase = phrase;
            Word = word;
            Inverted = inverted;
            Actual = actual;
            Baseline = baseline;
        }

        /// <summary>The phrase as printed (quoted by a finding).</summary>
        public string Phrase { get; }

        /// <summary>The comparison word (大于, 持平 …).</summary>
        public string Word { get; }

        /// <summary>The phrase names the base first ("预算数大于决算数").</summary>
        public bool Inverted { get; }

        public StatedFigure Actual { get; }

        public StatedFigure Baseline { get; }
    }

    private static readonly PhraseClaim[] s_noClaims = System.Array.Empty<PhraseClaim>();

    /// <summary>Every phrase of the report's sentences this rule judges, with its pair of figures (<see cref="Pair"/>).</summary>
    private PhraseClaim[] Claims(FinalAccountsReport report)
    {
        System.Collections.Generic.List<PhraseClaim>? claims = null;
        foreach (var statement in report.Statements)
        {
            var text = statement.Sentence;
            if (!MayMatch(text)) continue;
            // The phrases one after another, as Regex.Matches would give them (ComparisonPhrase).
            for (var at = 0; _level ? ComparisonPhrase.FindLevel(text, at, out var m) : ComparisonPhrase.FindDirection(text, at, out m); at = m.End)
            {
                string subject = m.Subject, obj = m.Object;
                // "预算数大于决算数" says the same as "决算数小于预算数".
                bool inverted = !subject.StartsWith("决算", System.StringComparison.Ordinal);
                if (inverted && !obj.StartsWith("决算", System.StringComparison.Ordinal)) continue;
                var pair = Pair(statement, inverted ? subject : obj);
                if (pair == null) continue;
                (claims ??= new System.Collections.Generic.List<PhraseClaim>()).Add(new PhraseClaim(m.TextIn(text), m.Word, inverted, pair.Value.Actual, pair.Value.Base));
            }
        }
        return claims?.ToArray() ?? s_noClaims;
    }

    private static string Claim(bool level, bool rough, bool greater, StatedFigure baseline)
        => level
            ? (rough ? "相差不超过" + baseline.Key.Basis + "的1%" : "两者相等（舍入范围内）")
            : (greater ? "决算大于" + baseline.Key.Basis : "决算小于" + baseline.Key.Basis);

    // A method of its own so that the captured variables are allocated only for a finding.
    private static System.Func<(string, string)> Describe(string phrase, string claim, StatedFigure actual, StatedFigure baseline, decimal exact, Interval gap) => () => (
        "说明称「" + phrase + "」（即" + claim + "），但所列" + actual.Key + " " + actual + "，" + baseline.Key + " " + baseline
        + "，差额 " + RuleContext.Show(exact) + "万元（舍入允许 [" + RuleContext.Show(gap.Min) + ", " + RuleContext.Show(gap.Max) + "]），与文字不符。",
        "the sentence says \"" + phrase + "\", but " + actual.Key.Concept + " is " + actual + " against " + baseline.Key.Basis + " " + baseline
        + " (difference " + RuleContext.Show(exact) + "): the words disagree with the figures.");

    /// <summary>
    /// False when the sentence lacks words every match needs: 算 (决算, 预算) and, for a direction, one of its seven words
    /// (大于, 高于, 超过, 多于, 小于, 低于, 少于); for 持平, 与 and one of its words (基本持平 contains 持平, 没有变化 and 无变化 contain 变化). Each test only
    /// looks for words the phrase requires, so a sentence passed over here has no phrase; the scanner runs on the few left.
    /// </summary>
    private bool MayMatch(string text)
    {
        if (text.IndexOf('算') < 0) return false;
        if (_level)
        {
            return text.IndexOf('与') >= 0
                && (text.IndexOf("持平", System.StringComparison.Ordinal) >= 0 || text.IndexOf("相同", System.StringComparison.Ordinal) >= 0
                    || text.IndexOf("一致", System.StringComparison.Ordinal) >= 0 || text.IndexOf("无差异", System.StringComparison.Ordinal) >= 0
                    || text.IndexOf("无增减", System.StringComparison.Ordinal) >= 0 || text.IndexOf("变化", System.StringComparison.Ordinal) >= 0);
        }
        if (text.IndexOf("超过", System.StringComparison.Ordinal) >= 0) return true;
        // 于 after 大, 高, 多, 小, 低 or 少 (用于, 由于, 属于 … are no comparison).
        for (var at = text.IndexOf('于', 1); at > 0; at = text.IndexOf('于', at + 1))
        {
            if (text[at - 1] is '大' or '高' or '多' or '小' or '低' or '少') return true;
        }
        return false;
    }

    private static readonly string[] s_previous = { PreviousActual };
    private static readonly string[] s_fullYear = { FullYearBudget };
    private static readonly string[] s_initial = { InitialBudget };
    private static readonly string[] s_budgets = { InitialBudget, FullYearBudget };

    /// <summary>The statement's one 决算 and its base figure (same key), or null when there is none or more than one.</summary>
    private static (StatedFigure Actual, StatedFigure Base)? Pair(Statement statement, string baseWords)
    {
        var bases = baseWords.StartsWith("上年", System.StringComparison.Ordinal) ? s_previous
            : baseWords.StartsWith("全年", System.StringComparison.Ordinal) ? s_fullYear
            : baseWords.StartsWith("年初", System.StringComparison.Ordinal) ? s_initial
            : s_budgets;
        // Every 决算 with a figure on a base, its first base in the order above; the pair of the first, when all are of one key.
        (StatedFigure, StatedFigure)? first = null;
        var figures = statement.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var a = figures[i];
            if (!a.IsMoney || a.Key.Basis != Actual) continue;
            foreach (var basis in bases)
            {
                var key = a.Key.WithBasis(basis);
                StatedFigure? b = null;
                for (var j = 0; j < figures.Count && b == null; j++)
                {
                    if (figures[j].IsMoney && figures[j].Key == key) b = figures[j];
                }
                if (b == null) continue;
                if (first == null) first = (a, b);
                else if (first.Value.Item1.Key != a.Key) return null;
                break;
            }
        }
        return first;
    }
}
