using System.Collections.Generic;
using System.Text.RegularExpressions;
using FinalAccounts.Reports;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    /// <summary>
    /// The whole a region-wide 三公 sentence speaks for, as printed before its “三公”: 全区, 全市各部门, 全区各预算单位 … (a
    /// 全-word, optionally the units it sums), or 各部门 / 各单位 after 汇总. 本部门 and 所属各单位 are the unit's own and are
    /// never a coverage.
    /// </summary>
    private const string Coverage = "(全[区市县省旗镇](?:各部门|各单位|各街道|各预算单位)?|(?<=汇总)(?:各部门|各单位))";

    /// <summary>
    /// A region-wide 三公 sentence: [年度，][经汇总，|汇总]coverage[汇总][的]“三公”经费[财政拨款][支出][决算][数][合计|共计|总计][为]X万元
    /// (groups: coverage, scope words, total).
    /// </summary>
    private static readonly Regex s_regionTotal = new(
        "^(?:\\d{4}年度?[，,]?)?(?:经汇总[，,]?|汇总)?" + Coverage + "(?:汇总)?(?:的)?[“\"]?三公[”\"]?经费(财政拨款)?(?:支出)?(?:决算)?数?(?:合计|共计|总计)?(?:为|是)?" + Num + "万元");

    /// <summary>Its change on last year: 比2023年度减少Y万元[，下降Z%] (groups: verb, amount, verb, rate).</summary>
    private static readonly Regex s_regionChange = new(
        "^[，,](?:比|较)(?:\\d{4}年度?|上年)(?:相比)?(减少|增加|下降|增长)" + Num + "万元(?:[，,](下降|增长|减少|增加)" + Num + "%)?");

    /// <summary>One of its parts after 其中: 因公出国（境）费[支出][决算][为]A万元[，占B%] (groups: item, amount, share).</summary>
    private static readonly Regex s_regionPart = new(
        "^[：:，,；;、]?(因公出国（境）费|公务用车购置及运行维护费|公务接待费)(?:支出)?(?:决算)?数?(?:为|是)?" + Num + "万元(?:[，,]?占(?:比)?" + Num + "%)?");

    /// <summary>
    /// A sentence whose subject — the words before its “三公” in the same clause — names a wider whole than the unit (a
    /// 全-word, or 汇总各部门/各单位): a region-wide 三公 summary, never the unit's own figure.
    /// </summary>
    private static readonly Regex s_regionThreePublic = new("[^。]*?(?:全[区市县省旗镇]|汇总(?:各部门|各单位))[^。，,；;]*三公[^。]*。?");

    /// <summary>
    /// The coverage a sentence is led by — [年度，][经汇总，|汇总]全区[各部门] … — when no other region word (<see cref="RegionWide"/>)
    /// follows that could name a second whole; otherwise null.
    /// </summary>
    internal static string? RegionCoverage(string sentence)
    {
        var m = Regex.Match(sentence, "^(?:\\d{4}年度?[，,]?)?(?:经汇总[，,]?|汇总)?" + Coverage + "(?:汇总)?");
        if (!m.Success) return null;
        return Regex.IsMatch(sentence.Substring(m.Length), RegionWide) ? null : m.Groups[1].Value;
    }

    /// <summary>The text with every region-wide 三公 sentence blanked out (same length, so offsets and pages hold).</summary>
    private static string WithoutRegionThreePublic(string text) => s_regionThreePublic.Replace(text, m => new string('　', m.Length));

    private sealed partial class Reader
    {
        /// <summary>
        /// Region-wide 三公 summaries (issue 13.10): "全区三公经费财政拨款支出决算合计X万元，其中：因公出国（境）费A万元…", "全市各部门…",
        /// "经汇总，…". Each is kept as a statement of its coverage (<see cref="StatementDraft.Coverage"/>): its total, its change
        /// on last year and its parts (a complete 其中 when it names all three, a partial one otherwise), checked only among
        /// themselves. A sentence the wording does not match exactly is left out, as before.
        /// </summary>
        public void RegionThreePublic()
        {
            const string sec = "七、财政拨款“三公”经费支出决算情况说明";
            var text = _text.Text;
            var n = 60;
            foreach (Match candidate in s_regionThreePublic.Matches(text))
            {
                var sentence = candidate.Value.TrimStart('　');
                var start = candidate.Index + (candidate.Length - sentence.Length);
                var m = s_regionTotal.Match(sentence);
                if (!m.Success || IsPlaceholder(m.Groups[3].Value)) continue;
                var coverage = m.Groups[1].Value;
                var scope = m.Groups[2].Success ? "财政拨款" : null;
                var figures = new List<FigureDraft> { new() { Concept = "三公经费", Scope = scope, Value = m.Groups[3].Value } };
                var rest = sentence.Substring(m.Length);
                var change = s_regionChange.Match(rest);
                if (change.Success)
                {
                    figures.Add(new FigureDraft { Concept = "三公经费", Scope = scope, Basis = ReportVocabulary.ChangeFromPrevious, Value = Signed(change.Groups[1].Value, change.Groups[2].Value) });
                    if (change.Groups[3].Success)
                    {
                        // 减少…，增长…% names two directions: no sign can be trusted, so the rate is not read.
                        var down = change.Groups[1].Value is "减少" or "下降";
                        var rateDown = change.Groups[3].Value is "减少" or "下降";
                        if (down == rateDown) figures.Add(new FigureDraft { Concept = "三公经费", Scope = scope, Basis = ReportVocabulary.ChangeFromPreviousRate, Value = Signed(change.Groups[3].Value, change.Groups[4].Value), Unit = "%" });
                    }
                    rest = rest.Substring(change.Length);
                }
                var explanation = Parts(rest, scope, figures);
                var st = Add("3.7-" + ++n, sec, string.Empty, sentence, start);
                st.Coverage = coverage;
                st.Figures.AddRange(figures);
                if (explanation != null) st.Explanations.Add(explanation);
            }
        }

        /// <summary>The 其中 parts after a region's total (each item once, in any order), or null when none is printed.</summary>
        private static ExplanationDraft? Parts(string rest, string? scope, List<FigureDraft> figures)
        {
            var after = Regex.Match(rest, "^[，,；;]其中[：:，,]?");
            if (!after.Success) return null;
            rest = rest.Substring(after.Length);
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "三公经费", Scope = scope }, Marker = "其中" };
            var seen = new HashSet<string>();
            for (var p = s_regionPart.Match(rest); p.Success && seen.Add(p.Groups[1].Value); p = s_regionPart.Match(rest))
            {
                if (IsPlaceholder(p.Groups[2].Value)) return null;
                var concept = p.Groups[1].Value;
                e.Parts.Add(new FigureDraft { Concept = concept, Scope = scope, Value = p.Groups[2].Value, Text = p.Value.TrimStart('：', ':', '，', ',', '；', ';', '、') });
                if (p.Groups[3].Success && !IsPlaceholder(p.Groups[3].Value))
                {
                    figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = ReportVocabulary.Share, Value = p.Groups[3].Value, Unit = "%", Of = ("三公经费", ReportVocabulary.Actual, scope) });
                }
                rest = rest.Substring(p.Length);
            }
            if (e.Parts.Count == 0) return null;
            // 其中 naming fewer than the three parts of 三公 claims no complete breakdown: Σ parts ≤ total only.
            e.Partial = e.Parts.Count < 3;
            return e;
        }
    }
}
