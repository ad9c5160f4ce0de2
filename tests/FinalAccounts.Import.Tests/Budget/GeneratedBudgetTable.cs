using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>A word of a generated table on its grid: line, first and last column (0 = the label column), text, and a nudge off its column's centre.</summary>
internal sealed record GridWord(int Line, int Column, int LastColumn, string Text, double Nudge = 0);

/// <summary>
/// A table of a 2025 预算's 其他相关情况说明 in the wording families of the six real budgets' sections (“三公”经费预算,
/// 机关运行经费预算, 政府采购预算 with its 面向中小企业预留 amounts, 国有资产占有使用 counts): a plain table (项目 | own |
/// previous | 增减 | 增减率 in one of four header families, or 实有数 | 预算安排购置数 for counts) or one turned on its side
/// (the items as columns, grouped under the two years' bases). <see cref="Expected"/> is what each printed cell states,
/// worked out from the families' meanings (the 增减 columns against the one base the family prints; a kind's 中小企业
/// reservation and the stock of assets state nothing the format holds).
/// </summary>
internal sealed record GeneratedBudgetTable(int Topic, int Family, bool Turned, int[] Rows, string?[][] Values, double[][] Nudges)
{
    public sealed record TopicWords(string Heading, string Lead, string Unit, (string Printed, string Concept)[] Rows, string? Scope, bool Counts);

    public static readonly TopicWords[] Topics =
    {
        new("一、2025年“三公”经费预算情况说明", "2025年“三公”经费预算安排情况如下表：", "单位：万元",
            new[] { ("合计", "三公经费"), ("因公出国（境）费", "因公出国（境）费"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费"), ("其中：公务用车购置费", "公务用车购置费"), ("公务用车运行维护费", "公务用车运行维护费"), ("公务接待费", "公务接待费") },
            "财政拨款", false),
        new("二、机关运行经费预算", "本单位财政拨款的机关运行经费预算如下表：", "单位：万元", new[] { ("机关运行经费", "机关运行经费") }, "财政拨款", false),
        new("三、政府采购预算情况", "本单位政府采购预算如下表：", "单位：万元",
            new[] { ("合计", "政府采购支出"), ("货物", "政府采购货物支出"), ("工程", "政府采购工程支出"), ("服务", "政府采购服务支出") }, null, false),
        new("五、国有资产占有使用情况", "截至2024年8月31日的车辆和设备及本年预算安排购置情况如下表：", "单位：辆、台（套）",
            new[] { ("车辆", "车辆"), ("执法执勤用车", "执法执勤用车"), ("其他用车", "其他用车"), ("单价100万元（含）以上设备（不含车辆）", "单价100万元（含）以上的设备（不含车辆）") }, null, true),
    };

    /// <summary>Money header families: own | previous | change | rate labels and the bases they mean (null: states nothing the format holds).</summary>
    public static readonly (string Label, string? Basis)[][] MoneyFamilies =
    {
        new (string, string?)[] { ("2025年预算数", "预算"), ("2024年预算数", "上年预算"), ("增减额", "较上年预算增减"), ("增减率", "较上年预算增减率") },
        new (string, string?)[] { ("本年预算", "预算"), ("上年预算", "上年预算"), ("增减", "较上年预算增减"), ("增减率（%）", "较上年预算增减率") },
        new (string, string?)[] { ("预算数", "预算"), ("上年预算数", "上年预算"), ("比上年增减", "较上年预算增减"), ("增减幅度", "较上年预算增减率") },
        new (string, string?)[] { ("2025年预算数", "预算"), ("2024年执行数", "上年执行数"), ("增减额", "较上年执行数增减"), ("增减率", "较上年执行数增减率") },
    };

    /// <summary>The 政府采购 table's own column of 面向中小企业预留 amounts (family-independent), shown after the money columns.</summary>
    public const string SmeLabel = "面向中小企业预留";

    /// <summary>Count columns: the stock (nothing the format holds in a 预算) and the purchases the budget provides for (预算).</summary>
    public static readonly (string Label, string? Basis)[] CountColumns = { ("实有数", null), ("预算安排购置数", "预算") };

    /// <summary>The columns printed, label and basis, in order (a turned table prints the first two as its groups).</summary>
    public (string Label, string? Basis)[] Columns
        => Topics[Topic].Counts ? CountColumns
            : Turned ? MoneyFamilies[Family].Take(2).ToArray()
            : Topic == 2 ? MoneyFamilies[Family].Append((SmeLabel, "sme")).ToArray()
            : MoneyFamilies[Family];

    public override string ToString()
        => Topics[Topic].Heading + (Turned ? " turned" : string.Empty) + " [" + string.Join(" | ", Columns.Select(c => c.Label)) + "] "
            + string.Join(" / ", Rows.Select((r, i) => Topics[Topic].Rows[r].Printed + ": " + string.Join(" ", Values[i].Select((v, c) => (v ?? "·") + (Nudges[i][c] != 0 ? "~" + Nudges[i][c].ToString("0", CultureInfo.InvariantCulture) : string.Empty)))));

    private static Gen<string?> Value((string Label, string? Basis) column, bool counts)
        => Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (1, Gen.Constant<string?>("-")),
            (6, counts ? Gen.Choose(0, 30).Select(n => (string?)n.ToString(CultureInfo.InvariantCulture))
                : Gen.Choose(0, 999999).Select(n => (string?)(((column.Basis ?? string.Empty).Contains("增减") && n % 3 == 0 ? "-" : string.Empty)
                    + (n / 100m).ToString("0.00", CultureInfo.InvariantCulture) + ((column.Basis ?? string.Empty).EndsWith("率", System.StringComparison.Ordinal) ? "%" : string.Empty)))));

    /// <summary>Tables of any topic and family; turned ones (三公 and 政府采购 only) print at least two items, each once.</summary>
    public static Gen<GeneratedBudgetTable> Tables(bool nudged)
        => from topic in Gen.Choose(0, Topics.Length - 1)
           from family in Gen.Choose(0, MoneyFamilies.Length - 1)
           from turned in topic is 0 or 2 ? Gen.Elements(false, true) : Gen.Constant(false)
           from order in Gen.Shuffle(Enumerable.Range(0, Topics[topic].Rows.Length).ToArray())
           from count in Gen.Choose(turned ? 2 : 1, order.Length)
           let rows = turned ? order.Take(count).OrderBy(r => r).ToArray() : order.Take(count).ToArray()
           let shape = new GeneratedBudgetTable(topic, family, turned, rows, new string?[0][], new double[0][])
           from values in Gen.CollectToList(rows.Select(_ => Gen.CollectToList(shape.Columns.Select(c => Value(c, Topics[topic].Counts))).Select(l => l.ToArray())))
           from nudges in Gen.CollectToList(rows.Select(_ => Gen.CollectToList(shape.Columns.Select(_ => nudged ? Gen.Choose(-8, 8).Select(n => (double)n) : Gen.Constant(0.0))).Select(l => l.ToArray())))
           select shape with { Values = values.ToArray(), Nudges = nudges.ToArray() };

    /// <summary>"concept|basis|scope = value unit" of every printed cell that states a figure the format holds, sorted.</summary>
    public string[] Expected()
    {
        var t = Topics[Topic];
        var unit = t.Unit.Substring(3);
        var found = new List<string>();
        for (var i = 0; i < Rows.Length; i++)
        {
            var (_, concept) = t.Rows[Rows[i]];
            for (var c = 0; c < Columns.Length; c++)
            {
                if (Values[i][c] is not { } v || v == "-" || Columns[c].Basis is not { } basis) continue;
                if (basis == "sme")
                {
                    if (concept == "政府采购支出") found.Add("面向中小企业预留项目预算金额|预算| = " + v + " 万元");
                    continue;
                }
                var countUnit = concept.Contains("设备", System.StringComparison.Ordinal) ? "台（套）" : "辆";
                found.Add(concept + "|" + basis + "|" + t.Scope + " = " + v.TrimEnd('%') + " " + (t.Counts ? countUnit : basis.EndsWith("率", System.StringComparison.Ordinal) ? "%" : unit));
            }
        }
        return found.OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }

    /// <summary>The 说明 as grid lines: heading, lead sentence, unit line (at the last column), then the table.</summary>
    public List<GridWord> Grid()
    {
        var t = Topics[Topic];
        var columns = Columns;
        var width = Turned ? Rows.Length * 2 : columns.Length;
        var words = new List<GridWord> { new(0, 0, 0, t.Heading), new(1, 0, 0, t.Lead), new(2, width, width, t.Unit) };
        if (!Turned)
        {
            words.Add(new GridWord(3, 0, 0, "项目"));
            words.AddRange(columns.Select((c, j) => new GridWord(3, j + 1, j + 1, c.Label)));
            for (var i = 0; i < Rows.Length; i++)
            {
                words.Add(new GridWord(4 + i, 0, 0, t.Rows[Rows[i]].Printed));
                for (var c = 0; c < columns.Length; c++)
                {
                    if (Values[i][c] is { } v) words.Add(new GridWord(4 + i, c + 1, c + 1, v, Nudges[i][c]));
                }
            }
            return words;
        }
        // Turned: the two bases as groups over the items, each item's value of that basis under it on one line.
        var n = Rows.Length;
        for (var g = 0; g < 2; g++)
        {
            words.Add(new GridWord(3, 1 + (g * n), (g + 1) * n, columns[g].Label));
            for (var i = 0; i < n; i++)
            {
                words.Add(new GridWord(4, 1 + (g * n) + i, 1 + (g * n) + i, t.Rows[Rows[i]].Printed.Replace("其中：", string.Empty)));
                if (Values[i][g] is { } v) words.Add(new GridWord(5, 1 + (g * n) + i, 1 + (g * n) + i, v, Nudges[i][g]));
            }
        }
        return words;
    }
}
