using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        /// <summary>一: 收入支出总计 states 收入总计 and 支出总计 in one number, its change on last year and the 主要原因.</summary>
        public void Totals()
        {
            const string sec = "一、收入支出决算总体情况说明";
            if (Section(sec, "二、收入决算情况说明") is not { } s) return;
            var m = Regex.Match(s.Text, "收入支出总计" + Num + "万元。与\\d{4}年度相比，收入支出总计(减少|增加)" + Num + "万元，(下降|增长)" + Num + "%。主要原因：(.+?)。");
            if (!m.Success)
            {
                Unread(sec, s.Offset, "收入支出总计…与上年相比…");
                return;
            }
            var st = Add("3.1-1", sec, string.Empty, s.Text, s.Offset);
            foreach (var c in new[] { "收入总计", "支出总计" })
            {
                st.Figures.Add(new FigureDraft { Concept = c, Value = m.Groups[1].Value });
                st.Figures.Add(new FigureDraft { Concept = c, Basis = "较上年决算增减", Value = Signed(m.Groups[2].Value, m.Groups[3].Value) });
                st.Figures.Add(new FigureDraft { Concept = c, Basis = "较上年决算增减率", Value = Signed(m.Groups[4].Value, m.Groups[5].Value), Unit = "%" });
            }
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "收入总计", Basis = "较上年决算增减" }, Partial = true, Marker = "主要原因" };
            e.Also.Add(new FigureDraft { Concept = "支出总计", Basis = "较上年决算增减" });
            e.Parts.Add(new FigureDraft { Text = m.Groups[6].Value });
            st.Explanations.Add(e);
        }

        /// <summary>二: 本年收入合计 with its 其中 parts and their shares of it.</summary>
        public void Income() => TotalWithTwoShares("3.2-1", "二、收入决算情况说明", "三、支出决算情况说明", "本年收入合计", "财政拨款收入", "其他收入");

        /// <summary>三: 本年支出合计 with 基本支出 and 项目支出 (其中) and their shares.</summary>
        public void Expenditure() => TotalWithTwoShares("3.3-1", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明", "本年支出合计", "基本支出", "项目支出");

        /// <summary>"{total}…万元，其中：{first}…万元，占…%；{second}…万元，占…%": the total, its two parts and their shares.</summary>
        private void TotalWithTwoShares(string id, string sec, string nextSec, string total, string first, string second)
        {
            if (Section(sec, nextSec) is not { } s) return;
            var m = Regex.Match(s.Text, total + Num + "万元，其中：" + first + Num + "万元，占" + Num + "%；" + second + Num + "万元，占" + Num + "%");
            if (!m.Success)
            {
                Unread(sec, s.Offset, total + "…其中：" + first + "…" + second + "…");
                return;
            }
            var st = Add(id, sec, string.Empty, s.Text, s.Offset);
            var of = (total, "决算", (string?)null);
            st.Figures.Add(new FigureDraft { Concept = total, Value = m.Groups[1].Value });
            st.Figures.Add(new FigureDraft { Concept = first, Basis = "占比", Value = m.Groups[3].Value, Unit = "%", Of = of });
            st.Figures.Add(new FigureDraft { Concept = second, Basis = "占比", Value = m.Groups[5].Value, Unit = "%", Of = of });
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = total }, Marker = "其中" };
            e.Parts.Add(new FigureDraft { Concept = first, Value = m.Groups[2].Value, Text = first + m.Groups[2].Value + "万元" });
            e.Parts.Add(new FigureDraft { Concept = second, Value = m.Groups[4].Value, Text = second + m.Groups[4].Value + "万元" });
            st.Explanations.Add(e);
        }

        /// <summary>四: 财政拨款收入支出总计 as printed. "持平" is not a printed figure.</summary>
        public void Appropriation()
        {
            const string sec = "四、财政拨款收入支出决算总体情况说明";
            if (Section(sec, "五、一般公共预算财政拨款支出决算情况说明") is not { } s) return;
            var m = Regex.Match(s.Text, "财政拨款收入支出总计" + Num + "万元。");
            if (!m.Success)
            {
                Unread(sec, s.Offset, "财政拨款收入支出总计…万元");
                return;
            }
            var st = Add("3.4-1", sec, string.Empty, s.Text, s.Offset);
            st.Figures.Add(new FigureDraft { Concept = "财政拨款收入支出总计", Value = m.Groups[1].Value });
        }
    }
}
