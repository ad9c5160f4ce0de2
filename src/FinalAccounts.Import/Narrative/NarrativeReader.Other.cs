using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        private const string Year = "\\d{4}年度?";

        /// <summary>十 预算绩效管理: the template's clauses, each a count (个), an amount (万元) or a score (分).</summary>
        private static readonly (string Pattern, (string Concept, string Unit)[] Figures)[] s_performance =
        {
            ("编报绩效目标的" + Year + "项目" + Num + "个[，,]涉及预算金额" + Num + "万元", new[] { ("编报绩效目标项目", "个"), ("编报绩效目标项目预算金额", "万元") }),
            ("绩效跟踪评价的" + Year + "项目" + Num + "个[，,]涉及预算金额" + Num + "万元", new[] { ("绩效跟踪评价项目", "个"), ("绩效跟踪评价项目预算金额", "万元") }),
            ("绩效自评的" + Year + "项目" + Num + "个[，,]涉及预算金额" + Num + "万元", new[] { ("绩效自评项目", "个"), ("绩效自评涉及资金", "万元") }),
            ("平均得分" + Num + "分", new[] { ("绩效自评平均得分", "分") }),
            ("绩效评级为[“\"]优[”\"]的项目" + Num + "个", new[] { ("绩效评级为优的项目", "个") }),
            ("绩效评级为[“\"]良[”\"]的项目" + Num + "个", new[] { ("绩效评级为良的项目", "个") }),
            ("绩效评级为[“\"]合格[”\"]的项目" + Num + "个", new[] { ("绩效评级为合格的项目", "个") }),
            ("绩效评级为[“\"]不合格[”\"]的项目" + Num + "个", new[] { ("绩效评级为不合格的项目", "个") }),
            ("绩效自评中共发现问题" + Num + "个[，,]已经?完成整改的" + Num + "个[，,]正在整改的" + Num + "个", new[] { ("绩效自评发现问题", "个"), ("已完成整改问题", "个"), ("正在整改问题", "个") }),
        };

        /// <summary>十一（二）'s 中小企业 paragraph (amounts reserved for and awarded to 中小企业 / 小微企业).</summary>
        private static readonly (string Pattern, (string Concept, string Unit)[] Figures)[] s_smallFirms =
        {
            ("面向中小企业预留政府采购项目预算金额" + Num + "万元", new[] { ("面向中小企业预留项目预算金额", "万元") }),
            ("面向小微企业预留政府采购项目预算金额" + Num + "万元", new[] { ("面向小微企业预留项目预算金额", "万元") }),
            ("在面向中小企业预留的?政府采购项目中[，,]由中小企业供应商中标或成交的[，,]采购金额" + Num + "万元", new[] { ("预留中小企业项目授予中小企业合同金额", "万元") }),
            ("在面向小微企业预留的?政府采购项目中[，,]由小微企业供应商中标或成交的[，,]采购金额" + Num + "万元", new[] { ("预留小微企业项目授予小微企业合同金额", "万元") }),
            ("在其他政府采购项目中[，,]由中小企业供应商中标或成交的[，,]采购金额" + Num + "万元", new[] { ("其他项目授予中小企业合同金额", "万元") }),
        };

        /// <summary>
        /// 十 预算绩效管理 (counts, amounts, the average score); 十一（一）机关运行经费 and its change; （二）政府采购 total with
        /// its 其中 parts and the 中小企业 amounts; （三）国有资产: 车辆 (辆) with its 其中 kinds and the 单价100万元以上 equipment
        /// (台（套）), stated at 年末. Counts carry their own units (个, 辆, 台（套）), never 万元. A section with digits none of
        /// its known clauses reads gets an FA4005 note so a person checks it.
        /// </summary>
        public void OtherMatters()
        {
            const string sec = "十一、其他重要事项的情况说明";
            const string sub1 = "（一）机关运行经费支出情况";
            const string sub2 = "（二）政府采购支出情况";
            const string sub3 = "（三）国有资产占有使用情况说明";
            if (_text.Section("十、", "十一、") is { } performance && Regex.IsMatch(performance.Text, @"\d"))
            {
                const string heading = "预算绩效管理情况";
                var body = performance.Text.StartsWith(heading, System.StringComparison.Ordinal) ? performance.Text.Substring(heading.Length) : performance.Text;
                if (!Clauses("3.10-1", "十、预算绩效管理情况", string.Empty, body, performance.Offset + performance.Text.Length - body.Length, s_performance))
                {
                    NotModelled("十、预算绩效管理情况", performance.Offset, "the 预算绩效管理 counts and amounts in this wording");
                }
            }
            if (Section(sub1, sub2) is { } s1)
            {
                var m = Regex.Match(s1.Text, "^机关运行经费支出" + Num + "万元[，,](?:比|与)" + Year + "(?:相比[，,]?)?" + Change);
                if (m.Success)
                {
                    var st = Add("3.11-1", sec, sub1, s1.Text, s1.Offset);
                    st.Figures.Add(new FigureDraft { Concept = "机关运行经费", Value = m.Groups[1].Value });
                    AddChange(st, m, 2, "机关运行经费", null);
                }
                else if (!Regex.IsMatch(s1.Text, "^[^。]*无机关运行经费支出。?$")) Unread(sec + sub1, s1.Offset, "机关运行经费支出…比上年…");
            }
            if (Section(sub2, sub3) is { } s2)
            {
                var p = Regex.Match(s2.Text, "政府采购金额（以合同签订为准）为" + Num + "万元，其中：货物采购金额" + Num + "万元、工程采购金额" + Num + "万元、服务采购金额" + Num + "万元。");
                if (p.Success)
                {
                    var st = Add("3.11-2", sec, sub2, s2.Text.Substring(0, p.Index + p.Length), s2.Offset);
                    st.Figures.Add(new FigureDraft { Concept = "政府采购支出", Value = p.Groups[1].Value });
                    var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "政府采购支出" }, Marker = "其中" };
                    e.Parts.Add(new FigureDraft { Concept = "政府采购货物支出", Value = p.Groups[2].Value, Text = "货物采购金额" + p.Groups[2].Value + "万元" });
                    e.Parts.Add(new FigureDraft { Concept = "政府采购工程支出", Value = p.Groups[3].Value, Text = "工程采购金额" + p.Groups[3].Value + "万元" });
                    e.Parts.Add(new FigureDraft { Concept = "政府采购服务支出", Value = p.Groups[4].Value, Text = "服务采购金额" + p.Groups[4].Value + "万元" });
                    st.Explanations.Add(e);
                    var rest = s2.Text.Substring(p.Index + p.Length);
                    if (rest.Length > 10 && !Clauses("3.11-3", sec, sub2, rest, s2.Offset + p.Index + p.Length, s_smallFirms))
                    {
                        NotModelled(sec + sub2, s2.Offset + p.Index + p.Length, "the 中小企业 / 小微企业 amounts in this wording");
                    }
                }
                else Unread(sec + sub2, s2.Offset, "政府采购金额…其中：货物…工程…服务…");
            }
            if (_text.Section(sub3, null) is { } s3 && Regex.IsMatch(s3.Text, @"\d") && !Assets(sec, sub3, s3.Text, s3.Offset))
            {
                NotModelled(sec + sub3, s3.Offset, "the 车辆 and 设备 counts in this wording");
            }
        }

        /// <summary>（三）: 共有车辆…辆，其中：…用车…辆、…; 单价100万元（含）以上的设备（不含车辆）…台（套）.</summary>
        private bool Assets(string sec, string sub, string text, int offset)
        {
            var cars = Regex.Match(text, "共有车辆" + Num + "辆");
            var equipment = Regex.Match(text, "单价100万元（含）以上的?设备（不含车辆）" + Num + "台（套）");
            if (!cars.Success && !equipment.Success) return false;
            var st = Add("3.11-4", sec, sub, text, offset);
            if (cars.Success)
            {
                st.Figures.Add(new FigureDraft { Concept = "车辆", Basis = "年末", Value = cars.Groups[1].Value, Unit = "辆" });
                var kinds = Regex.Match(text.Substring(cars.Index + cars.Length), "^[，,]其中：((?:[，,、；]?[\\u4e00-\\u9fff（）]+?" + Num + "辆)+)");
                if (kinds.Success)
                {
                    var e = new ExplanationDraft { Explains = new FigureDraft { Concept = "车辆", Basis = "年末" }, Marker = "其中" };
                    foreach (Match k in Regex.Matches(kinds.Groups[1].Value, "[，,、；]?([\\u4e00-\\u9fff（）]+?)" + Num + "辆"))
                    {
                        e.Parts.Add(new FigureDraft { Concept = k.Groups[1].Value, Basis = "年末", Value = k.Groups[2].Value, Unit = "辆", Text = k.Groups[1].Value + k.Groups[2].Value + "辆" });
                    }
                    st.Explanations.Add(e);
                }
            }
            if (equipment.Success)
            {
                st.Figures.Add(new FigureDraft { Concept = "单价100万元（含）以上的设备（不含车辆）", Basis = "年末", Value = equipment.Groups[1].Value, Unit = "台（套）" });
            }
            return true;
        }

        /// <summary>One statement of the figures each known clause of <paramref name="clauses"/> prints; false when none matched.</summary>
        private bool Clauses(string id, string sec, string sub, string text, int offset, (string Pattern, (string Concept, string Unit)[] Figures)[] clauses)
        {
            var figures = new List<FigureDraft>();
            foreach (var (pattern, names) in clauses)
            {
                var m = Regex.Match(text, pattern);
                if (!m.Success) continue;
                for (var g = 0; g < names.Length; g++) figures.Add(new FigureDraft { Concept = names[g].Concept, Value = m.Groups[g + 1].Value, Unit = names[g].Unit });
            }
            if (figures.Count == 0) return false;
            Add(id, sec, sub, text, offset).Figures.AddRange(figures);
            return true;
        }
    }
}
