using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>One indicator row as the generator prints it: 三级指标, 指标值 as printed, 分值 (null when the table prints none).</summary>
internal sealed record TargetRow(string Level3, string Value, string? Weight);

/// <summary>A 二级指标 with its rows (merged down over them).</summary>
internal sealed record Level2Group(string Name, TargetRow[] Rows);

/// <summary>A 一级指标 with its 二级 groups (merged down over all their rows).</summary>
internal sealed record Level1Group(string Name, Level2Group[] Groups);

/// <summary>One 项目支出绩效目标表 in the common wording (项目名称, 主管部门 | 实施单位, 项目资金 with 年度资金总额, 年度总体目标, indicators).</summary>
internal sealed record TargetTable(string Project, string Department, string Implementer, string? Funds, string Goal, Level1Group[] Indicators, bool Weights)
{
    public IEnumerable<(string L1, string L2, TargetRow Row)> Rows => Indicators.SelectMany(a => a.Groups.SelectMany(b => b.Rows.Select(r => (a.Name, b.Name, r))));

    public override string ToString()
        => Project + " [" + Department + " | " + Implementer + " | " + (Funds ?? "·") + "] " + Goal.Length + " 字目标: "
           + string.Join(" ", Indicators.Select(a => a.Name + "{" + string.Join(" ", a.Groups.Select(b => b.Name + "(" + string.Join(", ", b.Rows.Select(r => r.Level3 + "=" + r.Value + (r.Weight == null ? string.Empty : "/" + r.Weight))) + ")")) + "}"));
}

/// <summary>A generated 预算 holding 绩效目标表s: the generator, and what an import must give back.</summary>
internal static class GeneratedTargets
{
    public const string Cover = "测试单位2025年部门预算";

    private static readonly (string Level1, string[] Level2)[] s_levels =
    {
        ("产出指标", new[] { "数量指标", "质量指标", "时效指标", "成本指标" }),
        ("效益指标", new[] { "社会效益指标", "经济效益指标", "可持续影响指标" }),
        ("满意度指标", new[] { "服务对象满意度指标" }),
    };

    private const string Hanzi = "完成审计项目数量覆盖率培训人次系统运行稳定保障资金到位及时财政业务服务对象满意度中介机构维护";

    private static Gen<string> Words(int min, int max)
        => from n in Gen.Choose(min, max)
           from cs in Gen.ArrayOf(Gen.Elements(Hanzi.ToCharArray()), n)
           select new string(cs);

    /// <summary>指标值 in the common forms: a comparator and a number with its unit, a bare percentage, or words (wrapped when long).</summary>
    private static Gen<string> Value()
        => Gen.OneOf(
            from c in Gen.Elements("≥", "≤", "=", "")
            from n in Gen.Choose(1, 2000)
            from unit in Gen.Elements("%", "个", "人次", "天", "万元", "项")
            select c + (unit == "%" ? System.Math.Min(n, 100) : n).ToString(n >= 1000 ? "#,##0" : "0", CultureInfo.InvariantCulture) + unit,
            Words(2, 16));

    private static Gen<TargetRow> Row(bool weights)
        => from name in Words(3, 22)
           from value in Value()
           from weight in Gen.Choose(1, 30)
           select new TargetRow(name, value, weights ? weight.ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>Tables whose 二级 groups hold <paramref name="minRows"/> to <paramref name="maxRows"/> rows each.</summary>
    public static Gen<TargetTable> Table(int minRows, int maxRows, int maxGroups)
        => from weights in Gen.Elements(true, false)
           from levels in Gen.SubListOf(s_levels).Where(l => l.Count > 0)
           from groups in Gen.CollectToList(levels.Select(l =>
               from names in Gen.SubListOf(l.Level2).Where(n => n.Count > 0 && n.Count <= maxGroups)
               from rows in Gen.CollectToList(names.Select(n => Gen.Choose(minRows, maxRows).SelectMany(k => Gen.ArrayOf(Row(weights), k)).Select(r => new Level2Group(n, r))))
               select new Level1Group(l.Level1, rows.ToArray())))
           from project in Words(4, 14)
           from department in Words(4, 12)
           from implementer in Words(4, 12)
           from funds in Gen.OneOf(Gen.Constant<string?>(null), Gen.Choose(1, 9999999).Select(n => (string?)(n / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture)))
           from goal in Words(10, 90)
           select new TargetTable(project + "项目", department, implementer, funds, goal, groups.ToArray(), weights);

    public static Gen<TargetTable[]> Tables(int minRows, int maxRows, int maxGroups) => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Table(minRows, maxRows, maxGroups), n));

    /// <summary>What a table must import as: fields and every row, one string each.</summary>
    public static string[] Expected(TargetTable t)
        => new[] { "项目 " + t.Project, "主管部门 " + t.Department, "实施单位 " + t.Implementer, "资金 " + (t.Funds ?? "·"), "目标 " + t.Goal }
            .Concat(t.Rows.Select(r => r.L1 + " / " + r.L2 + " / " + r.Row.Level3 + " = " + r.Row.Value + " 分值 " + (r.Row.Weight ?? "·"))).ToArray();

    /// <summary>An imported table as <see cref="Expected"/> writes a generated one.</summary>
    public static string[] Read(PerformanceTargets t)
        => new[] { "项目 " + t.Project, "主管部门 " + t.Department, "实施单位 " + t.Implementer, "资金 " + (t.Funds?.Value ?? "·"), "目标 " + t.Goal }
            .Concat(t.Indicators.Select(i => i.Level1 + " / " + i.Level2 + " / " + i.Level3 + " = " + i.Target.Text + " 分值 " + (i.Weight?.Value ?? "·"))).ToArray();

    /// <summary>Text cut into lines of at most <paramref name="width"/> characters (a wrapped cell).</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        for (var i = 0; i < text.Length; i += width) lines.Add(text.Substring(i, System.Math.Min(width, text.Length - i)));
        return lines;
    }
}
