using System.Text.RegularExpressions;
using FinalAccounts.Money;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        /// <summary>
        /// A count as printed: a <see cref="PrintedNumber"/> with no point (the template's XX is no figure, a decimal is no count).
        /// </summary>
        private const string Whole = "((?![0-9,]*\\.[0-9])" + PrintedNumber.Pattern + ")";

        /// <summary>
        /// 七（二）'s counts (issue 13, point 2), each clause its own statement so every count keeps its sentence:
        /// 因公出国（境）团组…个、累计…人次; 购置公务用车…辆 / 公务用车购置数量…辆; 公务用车保有量为…辆 (at 年末); 国内公务接待…批次、…人次
        /// with 其中 接待外宾…批次、…人次 (a subset, so a partial list). All under scope 财政拨款, as the section's money.
        /// A clause the wording does not match is left alone: the section's money is read elsewhere.
        /// </summary>
        public void ThreePublicCounts()
        {
            var heading = Regex.Match(_text.Text, "（二）[“\"]?三公[”\"]?经费财政拨款支出决算具体情况说明。?");
            if (!heading.Success) return;
            var start = heading.Index + heading.Length;
            var end = Regex.Match(_text.Text.Substring(start), "八、|第[一二三四五六七八九十]+部分");
            var text = _text.Text.Substring(start, end.Success ? end.Index : _text.Text.Length - start);
            const string sec = "七、财政拨款“三公”经费支出决算情况说明";
            const string sub = "（二）“三公”经费财政拨款支出决算具体情况说明";
            const string scope = "财政拨款";
            var n = 20;
            StatementDraft Clause(Match m) => Add("3.7-" + ++n, sec, sub, SentenceAround(text, m), start + m.Index);
            FigureDraft Count(string concept, string value, string unit, string basis = "决算") =>
                new() { Concept = concept, Basis = basis, Value = value, Unit = unit, Scope = scope };

            var trips = Regex.Match(text, "因公出国（境）团组" + Whole + "个[，,、]?(?:累计|共计?)?" + Whole + "人次");
            if (trips.Success)
            {
                var st = Clause(trips);
                st.Figures.Add(Count("因公出国（境）团组", trips.Groups[1].Value, "个"));
                st.Figures.Add(Count("因公出国（境）人次", trips.Groups[2].Value, "人次"));
            }
            var bought = Regex.Match(text, "(?:购置|更新)(?:（含更新）)?公务用?车(?:辆)?(?:数量)?(?:为|共)?" + Whole + "辆|公务用车购置数量为?" + Whole + "辆");
            if (bought.Success)
            {
                var value = bought.Groups[1].Success ? bought.Groups[1].Value : bought.Groups[2].Value;
                Clause(bought).Figures.Add(Count("购置公务用车", value, "辆"));
            }
            var stock = Regex.Match(text, "公务用车保有量为?" + Whole + "辆");
            if (stock.Success) Clause(stock).Figures.Add(Count("公务用车保有量", stock.Groups[1].Value, "辆", "年末"));
            // The first 接待…批次、…人次 that is not about 外宾 or 国（境）外 receptions: the domestic one.
            Match? received = null;
            foreach (Match m in Regex.Matches(text, "接待(?!外宾)[^。；，,]{0,12}?" + Whole + "批次[，,、]?(?:共|累计)?" + Whole + "人次"))
            {
                var before = text.Substring(System.Math.Max(0, m.Index - 8), System.Math.Min(8, m.Index));
                if (before.Contains('外') || m.Value.Contains('外')) continue;
                received = m;
                break;
            }
            if (received != null)
            {
                var st = Clause(received);
                st.Figures.Add(Count("国内公务接待批次", received.Groups[1].Value, "批次"));
                st.Figures.Add(Count("国内公务接待人次", received.Groups[2].Value, "人次"));
                var foreign = Regex.Match(text.Substring(received.Index + received.Length), "^[，,；]?其中[：:，,]?(?:接待)?外宾(?:接待)?" + Whole + "批次[，,、]?(?:共|累计)?" + Whole + "人次");
                if (foreign.Success)
                {
                    foreach (var (basis, unit, value) in new[] { ("批次", "批次", foreign.Groups[1].Value), ("人次", "人次", foreign.Groups[2].Value) })
                    {
                        var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "国内公务接待" + basis, Scope = scope }, Partial = true, Marker = "其中" };
                        e.Parts.Add(new FigureDraft { Concept = "外宾接待" + basis, Value = value, Unit = unit, Scope = scope, Text = "接待外宾" + value + unit });
                        st.Explanations.Add(e);
                    }
                }
            }
        }

        /// <summary>The sentence (from the previous 。 or ； to the next 。) holding <paramref name="m"/>.</summary>
        private static string SentenceAround(string text, Match m)
        {
            var from = text.LastIndexOfAny(new[] { '。', '；' }, m.Index > 0 ? m.Index - 1 : 0) + 1;
            var to = text.IndexOf('。', m.Index + m.Length);
            return text.Substring(from, (to < 0 ? text.Length : to + 1) - from);
        }
    }
}
