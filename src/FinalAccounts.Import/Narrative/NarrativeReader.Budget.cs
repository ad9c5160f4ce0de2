using System;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Classification;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        private const string General = "一般公共预算财政拨款支出";

        /// <summary>五 (一) total, share and change; (二) each 类 and its share; (三) 年初预算 / 决算 / 完成率, then each 项.</summary>
        public void GeneralBudget()
        {
            const string sec = "五、一般公共预算财政拨款支出决算情况说明";
            const string sub1 = "（一）一般公共预算财政拨款支出决算总体情况";
            const string sub2 = "（二）一般公共预算财政拨款支出决算结构情况";
            const string sub3 = "（三）一般公共预算财政拨款支出决算具体情况";
            if (Section(sub1, sub2) is { } s1)
            {
                var m = Regex.Match(s1.Text, General + Num + "万元，占本年支出合计的" + Num + "%。与\\d{4}年度?相比，" + General + Change);
                if (m.Success)
                {
                    var st = Add("3.5-1", sec, sub1, s1.Text, s1.Offset);
                    st.Figures.Add(new FigureDraft { Concept = General, Value = m.Groups[1].Value });
                    st.Figures.Add(new FigureDraft { Concept = General, Basis = "占比", Value = m.Groups[2].Value, Unit = "%", Of = ("本年支出合计", "决算", null) });
                    AddChange(st, m, 3, General, null);
                    Completion(st, s1.Text);
                }
                else Unread(sec + sub1, s1.Offset, General + "…占本年支出合计的…与上年相比…");
            }
            if (Section(sub2, sub3) is { } s2)
            {
                var head = Regex.Match(s2.Text, "^" + General + Num + "万元，主要用于以下方面：");
                if (head.Success)
                {
                    var st = Add("3.5-2", sec, sub2, s2.Text, s2.Offset);
                    st.Figures.Add(new FigureDraft { Concept = General, Value = head.Groups[1].Value });
                    var e = new ExplanationDraft { Explains = new FigureDraft { Concept = General }, Partial = true, Marker = "主要用于以下方面" };
                    foreach (Match k in Regex.Matches(s2.Text, @"([\u4e00-\u9fff]+)（类）" + Num + "万元，占(?:" + Num + "%)?"))
                    {
                        var path = ClassPath(k.Groups[1].Value);
                        if (path == null)
                        {
                            UnknownFunction(sec + sub2, s2.Offset + k.Index, "类 " + k.Groups[1].Value);
                            continue;
                        }
                        e.Parts.Add(new FigureDraft { Concept = General, FunctionPath = path, Value = k.Groups[2].Value, Text = k.Groups[1].Value + "（类）" + k.Groups[2].Value + "万元" });
                        if (k.Groups[3].Success)
                        {
                            st.Figures.Add(new FigureDraft { Concept = General, Basis = "占比", FunctionPath = path, Value = k.Groups[3].Value, Unit = "%", Of = (General, "决算", null) });
                        }
                    }
                    st.Explanations.Add(e);
                }
                else Unread(sec + sub2, s2.Offset, General + "…主要用于以下方面");
            }
            if (Section(sub3, "六、") is { } s3) Items(sec, sub3, s3.Text, s3.Offset);
        }

        private void Items(string sec, string sub3, string text, int offset)
        {
            var total = Regex.Match(text, "^" + General + "年初预算(?:数)?为" + Num + "(?:万元)?[，,]支出决算(?:数)?为" + Num + "万元");
            var itemsAt = text.IndexOf("其中：", StringComparison.Ordinal);
            if (!total.Success)
            {
                Unread(sec + sub3, offset, General + "年初预算为…支出决算为…完成年初预算的…其中：");
                return;
            }
            var st = Add("3.5-3", sec, sub3, itemsAt < 0 ? text : text.Substring(0, itemsAt + 3), offset);
            st.Figures.Add(new FigureDraft { Concept = General, Basis = "年初预算", Value = total.Groups[1].Value });
            st.Figures.Add(new FigureDraft { Concept = General, Value = total.Groups[2].Value });
            Completion(st, itemsAt < 0 ? text : text.Substring(0, itemsAt));
            Apart(st, itemsAt < 0 ? text : text.Substring(0, itemsAt), General, null, null, null);
            if (itemsAt < 0) return;
            var at = itemsAt + 3;
            foreach (var item in Regex.Split(text.Substring(at), @"(?=(?<![\d.])\d{1,2}、)").Where(x => x.Length > 0))
            {
                var itemOffset = offset + at;
                at += item.Length;
                var n = Regex.Match(item, @"^(\d{1,2})、([\u4e00-\u9fff]+)（类）([\u4e00-\u9fff]+)（款）([\u4e00-\u9fff]+)（项）。");
                if (!n.Success)
                {
                    Unread(sec + sub3, itemOffset, "an item that is not N、类（类）款（款）项（项）。");
                    continue;
                }
                var path = n.Groups[2].Value + "/" + n.Groups[3].Value + "/" + n.Groups[4].Value;
                if (!FunctionCode.TryFindByNamePath(path, out _))
                {
                    UnknownFunction(sec + sub3, itemOffset, "item " + n.Groups[1].Value + ": " + path);
                    continue;
                }
                var itemStatement = Add("3.5-3." + n.Groups[1].Value, sec, sub3, item, itemOffset);
                var budget = Regex.Match(item, "年初预算(?:数)?为" + Num + "(?:万元|(?=[，,。]))");
                var actual = Regex.Match(item, "支出决算(?:数)?为" + Num + "万元");
                if (budget.Success) itemStatement.Figures.Add(new FigureDraft { Concept = General, Basis = "年初预算", FunctionPath = path, Value = budget.Groups[1].Value });
                if (actual.Success) itemStatement.Figures.Add(new FigureDraft { Concept = General, FunctionPath = path, Value = actual.Groups[1].Value });
                if (!budget.Success || !actual.Success) Unread(sec + sub3, itemOffset, "item " + n.Groups[1].Value + " without 年初预算为… or 支出决算为…");
                else Apart(itemStatement, item, General, null, path, null);
            }
        }

        /// <summary>
        /// The completion rate a 五 sentence prints before its 主要原因: 完成年初预算的…% (against 年初预算), 完成全年预算的…% or
        /// 完成预算的…% (against the full-year budget, a basis of its own: the sentence does not print that budget, so no rule
        /// compares it with the 年初预算 beside it); and in 五（一）a 年初预算 printed with it.
        /// </summary>
        private static void Completion(StatementDraft st, string text)
        {
            var reason = text.IndexOf("原因", StringComparison.Ordinal);
            var head = reason < 0 ? text : text.Substring(0, reason);
            var rate = Regex.Match(head, "完成(年初|全年)?预算(?:数)?的" + Num + "%");
            if (rate.Success)
            {
                var basis = rate.Groups[1].Value == "年初" ? "完成年初预算率" : "完成预算率";
                st.Figures.Add(new FigureDraft { Concept = General, Basis = basis, Value = rate.Groups[2].Value, Unit = "%" });
            }
            if (st.Figures.All(f => f.Basis != "年初预算") && Regex.Match(head, "年初预算(?:数)?为" + Num + "(?:万元|(?=[，,。]))") is { Success: true } budget)
            {
                st.Figures.Add(new FigureDraft { Concept = General, Basis = "年初预算", Value = budget.Groups[1].Value });
            }
        }

        /// <summary>
        /// A difference printed without direction — "决算数与年初预算数相差0.90万元", "差值0.9万元" (issue 13.10) — as the
        /// line's 较年初预算差额, never signed: the words give none. Read only when the statement states its 年初预算 and
        /// 决算 and the text prints exactly one such difference, and, where <paramref name="subject"/> is given, only in a
        /// clause that names it (a 三公 sentence's reason may speak of one part); a difference in a reason's clause (原因, 主要,
        /// 其中 …) is not the line's.
        /// </summary>
        private static void Apart(StatementDraft st, string text, string concept, string? scope, string? path, string? subject)
        {
            var found = Regex.Matches(text, "(?:相差|差值为?)" + Num + "万元");
            if (found.Count != 1 || !st.Figures.Any(f => f.Basis == "年初预算") || !st.Figures.Any(f => f.Basis == "决算" && f.Concept == concept)) return;
            var m = found[0];
            var clauseStart = text.LastIndexOfAny(new[] { '，', ',', '。', '；' }, m.Index) + 1;
            var clause = text.Substring(clauseStart, m.Index - clauseStart);
            if (subject != null && clause.IndexOf(subject, StringComparison.Ordinal) < 0) return;
            // A difference inside a reason is about whatever the reason names, not the line.
            if (Regex.IsMatch(clause, "原因|主要|由于|其中|项目|以外|除")) return;
            st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, FunctionPath = path, Basis = "较年初预算差额", Value = m.Groups[1].Value });
        }

        /// <summary>六: 基本支出 = 人员经费 + 公用经费 (其中). The 主要包括 lists name items without amounts.</summary>
        public void BasicExpenditure()
        {
            const string sec = "六、一般公共预算财政拨款基本支出决算情况说明";
            if (Section(sec, "七、") is not { } s) return;
            var m = Regex.Match(s.Text, "^一般公共预算财政拨款基本支出" + Num + "万元。其中：人员经费" + Num + "万元，.*?；公用经费" + Num + "万元，");
            if (!m.Success)
            {
                Unread(sec, s.Offset, "…基本支出…其中：人员经费…公用经费…");
                return;
            }
            const string scope = "一般公共预算财政拨款";
            var st = Add("3.6-1", sec, string.Empty, s.Text, s.Offset);
            st.Figures.Add(new FigureDraft { Concept = "基本支出", Scope = scope, Value = m.Groups[1].Value });
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "基本支出", Scope = scope }, Marker = "其中" };
            e.Parts.Add(new FigureDraft { Concept = "人员经费", Scope = scope, Value = m.Groups[2].Value, Text = "人员经费" + m.Groups[2].Value + "万元" });
            e.Parts.Add(new FigureDraft { Concept = "公用经费", Scope = scope, Value = m.Groups[3].Value, Text = "公用经费" + m.Groups[3].Value + "万元" });
            st.Explanations.Add(e);
        }

        /// <summary>七（一）: 三公 年初预算, 决算, 完成预算 % and the 其中 items' 决算 and 完成预算 %. "持平" sentences carry no figure.</summary>
        public void ThreePublic()
        {
            const string sec = "七、财政拨款“三公”经费支出决算情况说明";
            const string sub = "（一）“三公”经费财政拨款支出决算总体情况说明。";
            if (Section(sub, "（二）") is not { } s) return;
            var m = Regex.Match(s.Text, "^“三公”经费财政拨款支出年初预算为" + Num + "万元，支出决算为" + Num + "万元，完成预算的" + Num + "%，其中：因公出国（境）费决算为" + Num + "万元，完成预算的" + Num + "%；公务用车购置及运行维护费支出决算为" + Num + "万元，完成预算的" + Num + "%；公务接待费支出决算为" + Num + "万元，完成预算的" + Num + "%。");
            if (!m.Success)
            {
                Unread(sec, s.Offset, "“三公”经费财政拨款支出年初预算为…支出决算为…其中…");
                return;
            }
            const string scope = "财政拨款";
            var reason = ReasonAfter(s.Text, m.Length);
            var st = Add("3.7-1", sec, sub, m.Value + reason, s.Offset);
            st.Figures.Add(new FigureDraft { Concept = "三公经费", Basis = "年初预算", Scope = scope, Value = m.Groups[1].Value });
            st.Figures.Add(new FigureDraft { Concept = "三公经费", Scope = scope, Value = m.Groups[2].Value });
            st.Figures.Add(new FigureDraft { Concept = "三公经费", Basis = "完成预算率", Scope = scope, Value = m.Groups[3].Value, Unit = "%" });
            var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "三公经费", Scope = scope }, Marker = "其中" };
            var names = new[] { ("因公出国（境）费", "因公出国（境）费决算为"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费支出决算为"), ("公务接待费", "公务接待费支出决算为") };
            for (var k = 0; k < 3; k++)
            {
                var amount = m.Groups[4 + (2 * k)].Value;
                e.Parts.Add(new FigureDraft { Concept = names[k].Item1, Scope = scope, Value = amount, Text = names[k].Item2 + amount + "万元" });
                st.Figures.Add(new FigureDraft { Concept = names[k].Item1, Basis = "完成预算率", Scope = scope, Value = m.Groups[5 + (2 * k)].Value, Unit = "%" });
            }
            st.Explanations.Add(e);
            Apart(st, m.Value + reason, "三公经费", scope, null, "三公");
            // A region-wide 三公 sentence (全区“三公”经费…比2023年度减少…) is read as its own coverage, never as the unit's change.
            ThreePublicChanges(sec, sub, WithoutRegionThreePublic(s.Text.Substring(m.Length)), s.Offset + m.Length);
        }

        /// <summary>
        /// The sentences after 七（一）'s first that belong to it: "2024年度“三公”经费支出决算数小于预算数的主要原因：…。" (the
        /// template's 决算数小于（大于）预算数的主要原因), up to the paragraph comparing with last year ("…决算数比/与2023年度…").
        /// Kept in the statement so its reason stands with the 决算 and 预算 it explains.
        /// </summary>
        private static string ReasonAfter(string text, int from)
        {
            var rest = text.Substring(from);
            var previous = Regex.Match(rest, "(?:\\d{4}年度?)?“三公”经费财政拨款支出决算数?(?:比|与)\\d{4}年度?");
            var own = previous.Success ? rest.Substring(0, previous.Index) : rest;
            var sentences = Regex.Split(own, "(?<=。)");
            var taken = string.Empty;
            foreach (var sentence in sentences)
            {
                if (!Regex.IsMatch(sentence, "预算数?|原因|持平")) break;
                taken += sentence;
            }
            return taken;
        }

        /// <summary>七（一）'s second paragraph: the 三公 total's change on last year and each item's (持平 prints no figure).</summary>
        private void ThreePublicChanges(string sec, string sub, string text, int offset)
        {
            const string scope = "财政拨款";
            var total = Regex.Match(text, "“三公”经费财政拨款支出决算数?(?:比|与)\\d{4}年度?(?:相比)?" + Change);
            if (!total.Success) return;
            var st = Add("3.7-2", sec, sub, text.Substring(total.Index), offset + total.Index);
            AddChange(st, total, 1, "三公经费", scope);
            foreach (var (concept, printed) in new[] { ("因公出国（境）费", "因公出国（境）费支出决算"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费支出决算"), ("公务接待费", "公务接待费支出决算") })
            {
                var item = Regex.Match(text.Substring(total.Index + total.Length), printed + Change);
                if (item.Success) AddChange(st, item, 1, concept, scope);
            }
        }
    }
}
