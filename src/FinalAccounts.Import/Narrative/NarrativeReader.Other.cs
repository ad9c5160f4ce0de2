using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        /// <summary>
        /// 十一（一）机关运行经费 and its change; （二）政府采购 total with its 其中 parts. The 中小企业 sentences, 十 预算绩效
        /// and （三）国有资产 counts are not read: each gets an FA4005 note so a person checks them.
        /// </summary>
        public void OtherMatters()
        {
            const string sec = "十一、其他重要事项的情况说明";
            const string sub1 = "（一）机关运行经费支出情况";
            const string sub2 = "（二）政府采购支出情况";
            const string sub3 = "（三）国有资产占有使用情况说明";
            if (_text.Section("十、", "十一、") is { } performance && Regex.IsMatch(performance.Text, @"\d"))
            {
                NotModelled("十、预算绩效管理情况", performance.Offset, "the 预算绩效管理 counts and amounts");
            }
            if (Section(sub1, sub2) is { } s1)
            {
                var m = Regex.Match(s1.Text, "^机关运行经费支出" + Num + "万元，比\\d{4}年度(增加|减少)" + Num + "万元，(增长|下降)" + Num + "%");
                if (m.Success)
                {
                    var st = Add("3.11-1", sec, sub1, s1.Text, s1.Offset);
                    st.Figures.Add(new FigureDraft { Concept = "机关运行经费", Value = m.Groups[1].Value });
                    st.Figures.Add(new FigureDraft { Concept = "机关运行经费", Basis = "较上年决算增减", Value = Signed(m.Groups[2].Value, m.Groups[3].Value) });
                    st.Figures.Add(new FigureDraft { Concept = "机关运行经费", Basis = "较上年决算增减率", Value = Signed(m.Groups[4].Value, m.Groups[5].Value), Unit = "%" });
                }
                else Unread(sec + sub1, s1.Offset, "机关运行经费支出…比上年…");
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
                    if (s2.Text.Length > p.Index + p.Length + 10) NotModelled(sec + sub2, s2.Offset + p.Index + p.Length, "the 中小企业 / 小微企业 amounts");
                }
                else Unread(sec + sub2, s2.Offset, "政府采购金额…其中：货物…工程…服务…");
            }
            if (_text.Section(sub3, null) is { } s3 && Regex.IsMatch(s3.Text, @"\d"))
            {
                NotModelled(sec + sub3, s3.Offset, "the 车辆 and 设备 counts");
            }
        }
    }
}
