using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>The templates a 项目支出绩效自评表 is printed in (issue 15): which columns it has and how its weights split.</summary>
public enum EvaluationTemplate
{
    /// <summary>Central: 执行率 10, 产出 50 / 效益 30 / 满意度 10; 指标性质, 指标方向 and 计量单位 columns.</summary>
    Central,

    /// <summary>Sichuan: 执行 10 + 绩效指标 90; no 性质 / 方向 / 单位 columns, the comparator and unit inside the value (≥95%).</summary>
    Sichuan,

    /// <summary>Yunnan: 执行率 20 + 绩效指标 80; 一级 cells print their weight ("产出指标(40分)"), no 性质 / 方向 columns, a 计量单位 column.</summary>
    Yunnan,
}

/// <summary>
/// How one generated table is laid out; <paramref name="DropFirstPage"/> leaves the table's first page (title, 项目资金 and
/// the rows before the first break) blank, as an excerpt that starts inside the table.
/// </summary>
internal sealed record EvaluationLayout(bool WrapCells, bool LabelOnEveryPage, bool RepeatHeader, bool ValuesAtTop, int RowsBeforeBreak, bool DropLastPage,
    bool DropFirstPage = false);

/// <summary>One indicator row as printed, with what it means (so the expected import can be said).</summary>
internal sealed record GeneratedIndicator(string Level1, string Level2, string Level3, string Nature, string Direction, string Target, string Actual,
    string Unit, string Weight, string Score, string Deviation);

/// <summary>One 项目资金 row: name and the six cells (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), null for blank, "—" for a dash.</summary>
internal sealed record GeneratedFunds(string Name, string?[] Cells);

/// <summary>
/// A 项目支出绩效自评表 generated under a template with realistic wording; the renderers print it as a PDF (with borders)
/// and as an XLSX (with merged cells), and <c>EvaluationImportProperties</c> compares the import cell by cell.
/// </summary>
internal sealed class GeneratedEvaluation
{
    private static readonly string[] s_projects =
    {
        "人事考试及各类资格、职称考试评审考务费", "干部人事档案信息化建设专项经费", "金保工程", "就业、创业补助资金", "城乡居民基本养老保险经办服务经费",
        "高校毕业生就业见习补贴", "农村公路养护工程", "基层医疗卫生机构运行补助",
    };

    private static readonly (string Level2, string Name, string Unit, bool Reverse)[] s_output =
    {
        ("数量指标", "各类人事考试", "项", false), ("数量指标", "整卷档案数字化", "卷", false), ("数量指标", "服务器数量", "台", false),
        ("数量指标", "培训人次", "人次", false), ("数量指标", "新建公路里程", "公里", false), ("质量指标", "职称评审通过率", "%", false),
        ("质量指标", "档案数字化验收合格率", "%", false), ("质量指标", "单服务器年度顺畅运行时长", "小时", false),
        ("时效指标", "开展各类考试产生费用结算期限", "天", true), ("时效指标", "按照合同约定支付合同款期限", "天", true),
        ("成本指标", "数字化档案委托费", "万元", true), ("成本指标", "上半年系统运行委托维护成本", "万元", true),
    };

    private static readonly (string Level2, string Name)[] s_benefit =
    {
        ("社会效益指标", "有效提升专业技术人员队伍建设"), ("社会效益指标", "企业群众满意度持续提升"), ("可持续影响指标", "对我市人才人事工作具有积极促进作用"),
        ("经济效益指标", "带动就业增收"), ("生态效益指标", "改善农村人居环境"),
    };

    private static readonly string[] s_level2Order = { "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标" };

    private static readonly string[] s_words = { "长期有效保障", "有效提升", "提升管理水平提高利用效率", "明显改善" };

    private static readonly string[] s_reasons = { "调整资金用途，用于档案系统三级联网改造", "受疫情影响部分考试延期", "经济、会计、卫生系列高级职称评审费上缴自治区" };

    public GeneratedEvaluation(EvaluationTemplate template, EvaluationLayout layout, int seed)
    {
        Template = template;
        Layout = layout;
        Seed = seed;
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];
        Project = Pick(s_projects);
        Department = "测试市人力资源和社会保障局（部门）";
        Implementer = "测试市人力资源和社会保障局";
        var executionWeight = template == EvaluationTemplate.Yunnan ? 20 : 10;
        var budget = random.Next(5, 400) + (random.Next(2) == 0 ? 0m : random.Next(1, 100) / 100m);
        var executed = Math.Round(budget * random.Next(60, 101) / 100m, 2);
        var rate = Math.Round(executed / budget * 100, 2);
        var carried = random.Next(3) == 0 ? Math.Round(budget * 0.2m, 2) : 0m;
        string F(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        Funds = new List<GeneratedFunds>
        {
            new("年度资金总额", new[] { F(budget), F(budget), F(executed), executionWeight.ToString(CultureInfo.InvariantCulture), F(rate), F(Math.Round(rate / 100 * executionWeight, 2)) }),
            new("其中：财政拨款", new[] { F(budget - carried), F(budget - carried), F(executed - Math.Min(carried, executed)), "—", F(Math.Round((executed - Math.Min(carried, executed)) / (budget - carried) * 100, 2)), "—" }),
            new("上年结转资金", carried == 0 ? new string?[] { null, null, null, "—", null, "—" } : new[] { F(carried), F(carried), F(Math.Min(carried, executed)), "—", F(Math.Round(Math.Min(carried, executed) / carried * 100, 2)), "—" }),
            new("其他资金", new string?[] { "0", "0", "0", "—", "0", "—" }),
        };
        ExpectedGoal = "通过开展" + Project + "相关工作，全面提升服务能力，计划投入资金" + F(budget) + "万元，保障各项工作按期完成。";
        ActualGoal = "已完成" + Project + "年度任务，实际支出" + F(executed) + "万元，各项指标基本达到预期。";

        // Blocks: (一级, weight). Central 50/30/10; Sichuan and Yunnan split their 90 / 80 as the unit chooses.
        var blocks = template switch
        {
            EvaluationTemplate.Central => new[] { ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10) },
            EvaluationTemplate.Sichuan => new[] { ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10) },
            _ => new[] { ("产出指标", 40), ("效益指标", 30), ("满意度指标", 10) },
        };
        foreach (var (level1, weight) in blocks)
        {
            var blockStart = Indicators.Count;
            var count = level1 == "满意度指标" ? 1 : random.Next(2, level1 == "产出指标" ? 6 : 3);
            var weights = Split(weight, count, random);
            var used = new HashSet<string>();
            for (var k = 0; k < count; k++)
            {
                var w = weights[k];
                var score = random.Next(4) == 0 ? Math.Max(0, w - random.Next(1, 3)) : w;
                var printed1 = template == EvaluationTemplate.Yunnan ? level1 + "(" + weight.ToString(CultureInfo.InvariantCulture) + "分)" : level1;
                if (level1 == "产出指标")
                {
                    var (level2, name, unit, reverse) = Pick(s_output.Where(o => !used.Contains(o.Name)).ToList());
                    used.Add(name);
                    var target = unit == "%" ? random.Next(80, 101) : random.Next(1, 200);
                    var actual = reverse ? target - random.Next(0, Math.Max(1, target / 4)) : target + random.Next(0, 3);
                    var words = !reverse && random.Next(6) == 0;
                    Indicators.Add(Quantitative(template, printed1, level2, name, unit, reverse, target, words ? "按期完成" : actual.ToString(CultureInfo.InvariantCulture) + ".00",
                        w, score, score < w ? Pick(s_reasons) : string.Empty));
                }
                else if (level1 == "效益指标")
                {
                    var (level2, name) = Pick(s_benefit.Where(o => !used.Contains(o.Name)).ToList());
                    used.Add(name);
                    var text = Pick(s_words);
                    Indicators.Add(new GeneratedIndicator(printed1, level2, name, "定性", string.Empty, text, text, string.Empty, W(w), W(score), string.Empty));
                }
                else
                {
                    Indicators.Add(Quantitative(template, printed1, "服务对象满意度指标", "服务对象满意度", "%", false, 90, random.Next(90, 100).ToString(CultureInfo.InvariantCulture) + ".00", w, score, string.Empty));
                }
            }
            // A 二级指标's rows stand together under its merged cell.
            var block = Indicators.Skip(blockStart).OrderBy(i => Array.IndexOf(s_level2Order, i.Level2)).ToList();
            Indicators.RemoveRange(blockStart, block.Count);
            Indicators.AddRange(block);
        }
        TotalWeight = "100";
        var total = decimal.Parse(Funds[0].Cells[5]!, CultureInfo.InvariantCulture) + Indicators.Sum(i => decimal.Parse(i.Score, CultureInfo.InvariantCulture));
        TotalScore = total.ToString("0.00", CultureInfo.InvariantCulture);
    }

    public EvaluationTemplate Template { get; }

    public EvaluationLayout Layout { get; }

    /// <summary>The seed the table was generated from (the same seed and template give the same table).</summary>
    public int Seed { get; }

    public string Title => "项目支出绩效自评表（2024年度）";

    public string Project { get; }

    public string Department { get; }

    public string Implementer { get; }

    public List<GeneratedFunds> Funds { get; }

    public string ExpectedGoal { get; }

    public string ActualGoal { get; }

    public List<GeneratedIndicator> Indicators { get; } = new();

    public string TotalWeight { get; }

    public string TotalScore { get; set; }

    /// <summary>The indicator rows the PDF renderer printed on the table's first page (set when it renders).</summary>
    public int FirstPageRows { get; set; }

    /// <summary>The indicator columns the template prints, in order.</summary>
    public IReadOnlyList<string> Columns => Template switch
    {
        EvaluationTemplate.Central => new[] { "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施" },
        EvaluationTemplate.Sichuan => new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施" },
        _ => new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施" },
    };

    /// <summary>The text a row prints in the column named <paramref name="column"/>.</summary>
    public static string Cell(GeneratedIndicator i, string column) => column switch
    {
        "一级指标" => i.Level1,
        "二级指标" => i.Level2,
        "三级指标" => i.Level3,
        "指标性质" => i.Nature,
        "指标方向" => i.Direction,
        "年度指标值" => i.Target,
        "实际完成值" => i.Actual,
        "计量单位" => i.Unit,
        "分值" => i.Weight,
        "得分" => i.Score,
        _ => i.Deviation,
    };

    private static string W(int points) => points.ToString(CultureInfo.InvariantCulture);

    private static GeneratedIndicator Quantitative(EvaluationTemplate template, string level1, string level2, string name, string unit, bool reverse, int target, string actual, int weight, int score, string reason)
    {
        var t = target.ToString(CultureInfo.InvariantCulture);
        return template switch
        {
            EvaluationTemplate.Central => new GeneratedIndicator(level1, level2, name, reverse ? "反向" : "正向", reverse ? "小于等于" : "大于等于", t, actual, unit, W(weight), W(score), reason),
            // Sichuan prints the comparator and the unit inside the value, no unit column.
            EvaluationTemplate.Sichuan => new GeneratedIndicator(level1, level2, name, reverse ? "反向" : "正向", string.Empty, (reverse ? "≤" : "≥") + t + unit,
                actual == "按期完成" ? actual : actual + unit, string.Empty, W(weight), W(score), reason),
            _ => new GeneratedIndicator(level1, level2, name, reverse ? "反向" : "正向", string.Empty, (reverse ? "≤" : "≥") + t, actual, unit, W(weight), W(score), reason),
        };
    }

    private static int[] Split(int total, int parts, Random random)
    {
        var result = new int[parts];
        var left = total;
        for (var k = 0; k < parts - 1; k++)
        {
            var share = Math.Max(1, (left / (parts - k)) + random.Next(-2, 3));
            result[k] = share;
            left -= share;
        }
        result[parts - 1] = left;
        return result;
    }
}
