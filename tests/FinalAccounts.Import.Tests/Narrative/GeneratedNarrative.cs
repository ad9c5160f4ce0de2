using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Import.Tests.Narrative;

/// <summary>
/// A 情况说明 written from the template's standard sentences (附件2 部门决算模板) and the common variants real reports
/// use (a change or 持平, 完成年初预算 / 全年预算, 年初预算为0, any subset of the revenue and expenditure kinds, 主要原因 or
/// none), with random figures, and the figures each sentence must give back: "id | concept | basis | value unit".
/// </summary>
internal sealed class GeneratedNarrative
{
    private GeneratedNarrative(IReadOnlyList<string> paragraphs, IReadOnlyList<string> expected)
    {
        Paragraphs = paragraphs;
        Expected = expected;
    }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<string> Expected { get; }

    /// <summary>The 说明 laid out as a PDF prints it: 28 characters a line (a number is never broken), one line per 15 pt, pages of 40 lines.</summary>
    public ImportResult Import()
    {
        var layout = new HandLayout().NewPage().Line(100, (80, "第三部分测试单位2024年度部门决算情况说明"));
        return LayOut(layout, Paragraphs, 28).Import();
    }

    /// <summary>
    /// Writes <paramref name="paragraphs"/> below a heading at 100 pt: <paramref name="width"/> characters a line (a number is
    /// never broken), one line per 15 pt from 130 pt, a new page past 700 pt.
    /// </summary>
    public static HandLayout LayOut(HandLayout layout, IEnumerable<string> paragraphs, int width)
    {
        var y = 130.0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph, width))
            {
                if (y > 700)
                {
                    layout.NewPage();
                    y = 80;
                }
                layout.Line(y, (60, line));
                y += 15;
            }
        }
        return layout;
    }

    /// <summary>What the import gave, in the listing of <see cref="Expected"/>.</summary>
    public static string[] Figures(ImportResult result)
        => result.Report.Statements.SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!))
                .Select(f => s.Id + " | " + f.Key.Concept + " | " + f.Key.Basis + " | " + f.Value + " " + f.Unit))
            .OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var at = 0;
        while (at < text.Length)
        {
            var end = System.Math.Min(text.Length, at + width);
            while (end < text.Length && end > at + 1 && char.IsDigit(text[end]) && (char.IsDigit(text[end - 1]) || text[end - 1] == '.')) end--;
            yield return text.Substring(at, end - at);
            at = end;
        }
    }

    private static Gen<string> Amount() => FsCheck.Fluent.Gen.Choose(0, 9_999_999).Select(i => (i / 100m).ToString("0.00", CultureInfo.InvariantCulture));

    private static Gen<string> Rate() => FsCheck.Fluent.Gen.Choose(1, 9_999).Select(i => (i / 100m).ToString("0.00", CultureInfo.InvariantCulture));

    /// <summary>"增加…万元，增长…%" / "减少…万元，下降…%" / "持平", with the signed figures it states (none for 持平).</summary>
    private static Gen<(string Text, string? Change, string? Rate)> Change()
        => from kind in FsCheck.Fluent.Gen.Choose(0, 2)
           from amount in Amount()
           from rate in Rate()
           select kind switch
           {
               0 => ("增加" + amount + "万元，增长" + rate + "%", (string?)amount, (string?)rate),
               1 => ("减少" + amount + "万元，下降" + rate + "%", "-" + amount, "-" + rate),
               _ => ("持平", (string?)null, (string?)null),
           };

    private static Gen<string> Reason() => FsCheck.Fluent.Gen.Elements("。主要原因：人员变化及项目调整。", "。主要原因是合同支付进度变化。", "。");

    public static Gen<GeneratedNarrative> Generate()
        => from total in Amount()
           from change1 in Change()
           from reason1 in Reason()
           from incomeParts in PartsOf("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
           from spendingParts in PartsOf("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
           from appropriation in Amount()
           from change4 in Change()
           from general in Amount()
           from share in Rate()
           from change5 in Change()
           from budget in FsCheck.Fluent.Gen.Frequency((1, FsCheck.Fluent.Gen.Constant("0")), (3, Amount()))
           from completion in Rate()
           from completionKind in FsCheck.Fluent.Gen.Elements("年初", "全年")
           from itemBudget in FsCheck.Fluent.Gen.Frequency((1, FsCheck.Fluent.Gen.Constant("0")), (3, Amount()))
           from itemActual in Amount()
           from running in Amount()
           from change11 in Change()
           from cars in FsCheck.Fluent.Gen.Choose(0, 3).SelectMany(a => FsCheck.Fluent.Gen.Choose(0, 3).Select(b => (a, b)))
           from equipment in FsCheck.Fluent.Gen.Choose(0, 20)
           select Build(total, change1, reason1, incomeParts, spendingParts, appropriation, change4, general, share, change5, budget, completion, completionKind, itemBudget, itemActual, running, change11, cars, equipment);

    private static Gen<(string Total, string Text, List<string> Figures)> PartsOf(string total, params string[] kinds)
        => from chosen in FsCheck.Fluent.Gen.SubListOf(kinds).Where(l => l.Count > 0)
           from amounts in FsCheck.Fluent.Gen.CollectToList(chosen.Select(_ => Amount()))
           from shares in FsCheck.Fluent.Gen.CollectToList(chosen.Select(_ => Rate()))
           from sum in Amount()
           from etc in FsCheck.Fluent.Gen.Elements(string.Empty, "……（不涉及的不列）")
           let text = total + sum + "万元，其中：" + string.Join("；", chosen.Select((k, i) => k + amounts[i] + "万元，占" + shares[i] + "%")) + etc + "。"
           let figures = new[] { total + " | 决算 | " + sum + " 万元" }.Concat(chosen.SelectMany((k, i) => new[] { k + " | 决算 | " + amounts[i] + " 万元", k + " | 占比 | " + shares[i] + " %" })).ToList()
           select (total, text, figures);

    private static GeneratedNarrative Build(string total, (string Text, string? Change, string? Rate) change1, string reason1,
        (string Total, string Text, List<string> Figures) income, (string Total, string Text, List<string> Figures) spending,
        string appropriation, (string Text, string? Change, string? Rate) change4, string general, string share, (string Text, string? Change, string? Rate) change5,
        string budget, string completion, string completionKind, string itemBudget, string itemActual, string running, (string Text, string? Change, string? Rate) change11,
        (int A, int B) cars, int equipment)
    {
        var p = new List<string>();
        var e = new List<string>();
        void Changes(string id, string concept, (string Text, string? Change, string? Rate) c)
        {
            if (c.Change != null) e.Add(id + " | " + concept + " | 较上年决算增减 | " + c.Change + " 万元");
            if (c.Rate != null) e.Add(id + " | " + concept + " | 较上年决算增减率 | " + c.Rate + " %");
        }
        p.Add("一、收入支出决算总体情况说明");
        p.Add("测试单位2024年度收入支出总计" + total + "万元。与2023年度相比，收入支出总计" + change1.Text + reason1);
        foreach (var c in new[] { "收入总计", "支出总计" })
        {
            e.Add("3.1-1 | " + c + " | 决算 | " + total + " 万元");
            Changes("3.1-1", c, change1);
        }
        p.Add("二、收入决算情况说明");
        p.Add(income.Text);
        e.AddRange(income.Figures.Select(f => "3.2-1 | " + f));
        p.Add("三、支出决算情况说明");
        p.Add(spending.Text);
        e.AddRange(spending.Figures.Select(f => "3.3-1 | " + f));
        p.Add("四、财政拨款收入支出决算总体情况说明");
        p.Add("测试单位2024年度财政拨款收入支出总计" + appropriation + "万元。与2023年度相比，财政拨款收入支出总计" + change4.Text + "。主要原因：略。");
        e.Add("3.4-1 | 财政拨款收入支出总计 | 决算 | " + appropriation + " 万元");
        Changes("3.4-1", "财政拨款收入支出总计", change4);
        const string g = "一般公共预算财政拨款支出";
        p.Add("五、一般公共预算财政拨款支出决算情况说明");
        p.Add("（一）一般公共预算财政拨款支出决算总体情况");
        p.Add(g + general + "万元，占本年支出合计的" + share + "%。与2023年度相比，" + g + change5.Text + "。主要原因：略。");
        e.Add("3.5-1 | " + g + " | 决算 | " + general + " 万元");
        e.Add("3.5-1 | " + g + " | 占比 | " + share + " %");
        Changes("3.5-1", g, change5);
        p.Add("（二）一般公共预算财政拨款支出决算结构情况");
        p.Add(g + general + "万元，主要用于以下方面：一般公共服务支出（类）" + general + "万元，占100.00%。");
        e.Add("3.5-2 | " + g + " | 决算 | " + general + " 万元");
        e.Add("3.5-2 | " + g + " | 决算 | " + general + " 万元");
        e.Add("3.5-2 | " + g + " | 占比 | 100.00 %");
        p.Add("（三）一般公共预算财政拨款支出决算具体情况");
        var budgetText = budget == "0" ? "年初预算为0，" : "年初预算为" + budget + "万元，";
        var completionText = budget == "0" ? string.Empty : "，完成" + completionKind + "预算的" + completion + "%";
        p.Add(g + budgetText + "支出决算为" + general + "万元" + completionText + "。决算数大于预算数的主要原因：略。其中：");
        e.Add("3.5-3 | " + g + " | 年初预算 | " + budget + " 万元");
        e.Add("3.5-3 | " + g + " | 决算 | " + general + " 万元");
        if (budget != "0") e.Add("3.5-3 | " + g + " | " + (completionKind == "年初" ? "完成年初预算率" : "完成预算率") + " | " + completion + " %");
        var itemBudgetText = itemBudget == "0" ? "年初预算为0，" : "年初预算为" + itemBudget + "万元，";
        p.Add("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：日常运转。" + itemBudgetText + "支出决算为" + itemActual + "万元。决算数与预算数基本持平。");
        e.Add("3.5-3.1 | " + g + " | 年初预算 | " + itemBudget + " 万元");
        e.Add("3.5-3.1 | " + g + " | 决算 | " + itemActual + " 万元");
        p.Add("十一、其他重要事项的情况说明");
        p.Add("（一）机关运行经费支出情况");
        p.Add("机关运行经费支出" + running + "万元，比2023年度" + change11.Text + "。主要原因是略。");
        e.Add("3.11-1 | 机关运行经费 | 决算 | " + running + " 万元");
        Changes("3.11-1", "机关运行经费", change11);
        p.Add("（二）政府采购支出情况");
        p.Add("测试单位2024年度政府采购金额（以合同签订为准）为3.00万元，其中：货物采购金额1.00万元、工程采购金额0万元、服务采购金额2.00万元。");
        e.AddRange(new[] { "3.11-2 | 政府采购支出 | 决算 | 3.00 万元", "3.11-2 | 政府采购货物支出 | 决算 | 1.00 万元", "3.11-2 | 政府采购工程支出 | 决算 | 0 万元", "3.11-2 | 政府采购服务支出 | 决算 | 2.00 万元" });
        p.Add("（三）国有资产占有使用情况说明");
        p.Add("截至2024年12月31日，测试单位共有车辆" + (cars.A + cars.B) + "辆，其中：机要通信用车" + cars.A + "辆、其他用车" + cars.B + "辆。单价100万元（含）以上设备（不含车辆）" + equipment + "台（套）。");
        e.Add("3.11-4 | 车辆 | 年末 | " + (cars.A + cars.B) + " 辆");
        e.Add("3.11-4 | 机要通信用车 | 年末 | " + cars.A + " 辆");
        e.Add("3.11-4 | 其他用车 | 年末 | " + cars.B + " 辆");
        e.Add("3.11-4 | 单价100万元（含）以上的设备（不含车辆） | 年末 | " + equipment + " 台（套）");
        return new GeneratedNarrative(p, e.OrderBy(x => x, System.StringComparer.Ordinal).ToList());
    }

    public override string ToString() => string.Join("\n", Paragraphs);
}
