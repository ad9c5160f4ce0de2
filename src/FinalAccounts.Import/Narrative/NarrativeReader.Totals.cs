using System.Linq;
using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        /// <summary>一: 收入支出总计 states 收入总计 and 支出总计 in one number, its change on last year (or 持平) and the 主要原因.</summary>
        public void Totals()
        {
            const string sec = "一、收入支出决算总体情况说明";
            if (Section(sec, "二、收入决算情况说明") is not { } s) return;
            var m = Regex.Match(s.Text, "收入支出总计" + Num + "万元。与\\d{4}年度?相比，收入支出总计" + Change + "。(?:主要原因(?:是|：|:)(.+?)。)?");
            if (!m.Success)
            {
                Unread(sec, s.Offset, "收入支出总计…与上年相比…");
                return;
            }
            var st = Add("3.1-1", sec, string.Empty, s.Text, s.Offset);
            foreach (var c in new[] { "收入总计", "支出总计" })
            {
                st.Figures.Add(new FigureDraft { Concept = c, Value = m.Groups[1].Value });
                AddChange(st, m, 2, c, null);
            }
            if (m.Groups[6].Success)
            {
                var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "收入总计", Basis = "较上年决算增减" }, Partial = true, Marker = "主要原因" };
                e.Also.Add(new FigureDraft { Concept = "支出总计", Basis = "较上年决算增减" });
                e.Parts.Add(new FigureDraft { Text = m.Groups[6].Value });
                st.Explanations.Add(e);
            }
        }

        /// <summary>二: 本年收入合计 with its 其中 parts (the revenue kinds the report has) and their shares of it.</summary>
        public void Income() => TotalWithParts("3.2-1", "二、收入决算情况说明", "三、支出决算情况说明", "本年收入合计",
            "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");

        /// <summary>三: 本年支出合计 with its 其中 parts (基本支出, 项目支出, …) and their shares.</summary>
        public void Expenditure() => TotalWithParts("3.3-1", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明", "本年支出合计",
            "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");

        /// <summary>
        /// "{total}…万元，其中：{part}…万元，占…%；{part}…万元，占…%…": the total, each part the standard table has and its
        /// share. The template's "……（不涉及的不列）" marks the list as partial. A part that is not one of the standard
        /// parts makes the whole sentence unread (its figures would be shares of another whole).
        /// </summary>
        private void TotalWithParts(string id, string sec, string nextSec, string total, params string[] parts)
        {
            if (Section(sec, nextSec) is not { } s) return;
            var head = Regex.Match(s.Text, total + Num + "万元，其中：");
            var list = head.Success ? Regex.Matches(s.Text.Substring(head.Index + head.Length), "\\G[；;，,、]?([\\u4e00-\\u9fff]+?)" + Num + "万元(?:，占" + Num + "%)?").Cast<Match>().ToList() : null;
            if (list == null || list.Count == 0 || list.Any(p => !parts.Contains(p.Groups[1].Value)))
            {
                Unread(sec, s.Offset, total + "…其中：" + string.Join("…", parts.Take(2)) + "…");
                return;
            }
            var st = Add(id, sec, string.Empty, s.Text, s.Offset);
            var of = (total, "决算", (string?)null);
            st.Figures.Add(new FigureDraft { Concept = total, Value = head.Groups[1].Value });
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = total }, Marker = "其中", Partial = s.Text.Contains("……") };
            foreach (var p in list)
            {
                var name = p.Groups[1].Value;
                e.Parts.Add(new FigureDraft { Concept = name, Value = p.Groups[2].Value, Text = name + p.Groups[2].Value + "万元" });
                if (p.Groups[3].Success) st.Figures.Add(new FigureDraft { Concept = name, Basis = "占比", Value = p.Groups[3].Value, Unit = "%", Of = of });
            }
            st.Explanations.Add(e);
        }

        /// <summary>四: 财政拨款收入支出总计 as printed, and its change on last year when one is printed ("持平" is not a figure).</summary>
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
            var change = Regex.Match(s.Text.Substring(m.Index + m.Length), "^与\\d{4}年度?相比，财政拨款收入支出总计" + Change);
            if (change.Success) AddChange(st, change, 1, "财政拨款收入支出总计", null);
        }
    }
}
