using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// Law: a "三公" table printed turned — its rows' names as columns (any of 合计, 因公出国（境）费, 公务用车购置及运行维护费
/// whole or over any of 小计 | 购置费 | 运行维护费, 公务接待费), grouped under two bases on a line above (预算数 | 决算数, with
/// or without the year, or last year's and this year's 决算数) or with its basis at the left of each value line, blank
/// cells printed "-" or left empty (a row of empty cells keeps its basis label), values nudged within their column — never imports a value into another cell; on a
/// layout without nudges every printed value is read (the top line of names holds two names or more: one name alone
/// over its sub-columns looks like an ordinary table's wrapped row name and is not read as a turned table).
/// </summary>
public sealed class TurnedNarrativeTableProperties
{
    private sealed record Leaf(string Label, string Concept, bool Sub);

    private static readonly Leaf[] s_leaves =
    {
        new("合计", "三公经费", false), new("因公出国（境）费", "因公出国（境）费", false), new("公务用车购置及运行维护费", "公务用车购置及运行维护费", false),
        new("小计", "公务用车购置及运行维护费", true), new("购置费", "公务用车购置费", true), new("运行维护费", "公务用车运行维护费", true),
        new("公务接待费", "公务接待费", false),
    };

    /// <summary>The bases over (or beside) the values: labels as printed and the basis each means.</summary>
    private static readonly (string Label, string Basis)[][] s_groupings =
    {
        new[] { ("预算数", "年初预算"), ("决算数", "决算") },
        new[] { ("2024年度预算数", "年初预算"), ("2024年度决算数", "决算") },
        new[] { ("2023年度决算数", "上年决算"), ("2024年度决算数", "决算") },
        new[] { ("2024年预算", "年初预算"), ("2024年决算", "决算") },
    };

    private sealed record Table(int[] Leaves, int Grouping, bool Beside, string?[][] Values, double[][] Nudges)
    {
        public override string ToString()
            => (Beside ? "beside: " : "grouped: ") + string.Join(" | ", s_groupings[Grouping].Select((g, i) => g.Label + " " + string.Join(" ", Leaves.Select((l, j) => s_leaves[l].Label + "=" + (Values[i][j] ?? "·") + (Nudges[i][j] != 0 ? "~" + Nudges[i][j].ToString("0", CultureInfo.InvariantCulture) : string.Empty)))));
    }

    private static Gen<string?> Value()
        => Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (1, Gen.Constant<string?>("-")),
            (5, Gen.Choose(0, 999999).Select(n => (string?)(n / 100m).ToString("0.00", CultureInfo.InvariantCulture))));

    private static Gen<Table> Tables(bool nudged)
        => from mask in Gen.Choose(1, (1 << s_leaves.Length) - 1)
           let chosen = Enumerable.Range(0, s_leaves.Length).Where(i => (mask & (1 << i)) != 0).ToArray()
           // 公务用车 is printed whole or over its sub-columns, not both.
           let whole = chosen.Any(i => s_leaves[i].Sub) ? chosen.Where(i => i != 2).ToArray() : chosen
           // The reader needs two names side by side on the top line of names (one name over its sub-columns alone
           // looks like a wrapped row name of an ordinary table): such a table gets its 合计 and 公务接待费 columns too.
           let leaves = whole.Count(i => !s_leaves[i].Sub) + (whole.Any(i => s_leaves[i].Sub) ? 1 : 0) < 2 ? whole.Union(new[] { 0, 6 }).OrderBy(i => i).ToArray() : whole
           from grouping in Gen.Choose(0, s_groupings.Length - 1)
           from beside in Gen.Elements(true, false)
           from values in Gen.ArrayOf(Gen.ArrayOf(Value(), leaves.Length), 2)
           from nudges in Gen.ArrayOf(Gen.ArrayOf(nudged ? Gen.Choose(-6, 6).Select(n => (double)n) : Gen.Constant(0.0), leaves.Length), 2)
           select new Table(leaves, grouping, beside, values, nudges);

    private static ImportResult Render(Table t)
    {
        var layout = new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "七、财政拨款“三公”经费支出决算情况说明"))
            .Line(135, (60, "（二）“三公”经费财政拨款支出决算具体情况说明。"))
            .Line(150, (700, "单位：万元"));
        var groups = s_groupings[t.Grouping];
        var blocks = t.Beside ? 1 : 2;
        var names = new List<(double, string)>();
        var subs = new List<(double, string)>();
        var centres = new double[blocks, t.Leaves.Length];
        var spans = new (double Left, double Right)[blocks];
        var x = 140.0; // right of the widest basis label printed beside the values (2023年度决算数, 63 wide from x = 60)
        for (var b = 0; b < blocks; b++)
        {
            spans[b].Left = x;
            var parentPlaced = false;
            var parentRight = 0.0;
            for (var j = 0; j < t.Leaves.Length; j++)
            {
                var leaf = s_leaves[t.Leaves[j]];
                if (leaf.Sub && !parentPlaced)
                {
                    names.Add((x, "公务用车购置及运行维护费"));
                    parentRight = x + HandLayout.Width("公务用车购置及运行维护费");
                    parentPlaced = true;
                }
                if (!leaf.Sub && parentPlaced && x < parentRight + 12) x = parentRight + 12;
                var width = System.Math.Max(HandLayout.Width(leaf.Label), 36);
                (leaf.Sub ? subs : names).Add((x, leaf.Label));
                centres[b, j] = x + (HandLayout.Width(leaf.Label) / 2);
                x += width + 12;
            }
            if (parentPlaced && x < parentRight + 12) x = parentRight + 12;
            spans[b].Right = x - 12;
            x += 20;
        }
        var y = 165.0;
        if (!t.Beside)
        {
            layout.Line(y, Enumerable.Range(0, 2).Select(b => (((spans[b].Left + spans[b].Right) / 2) - (HandLayout.Width(groups[b].Label) / 2), groups[b].Label)).ToArray());
            y += 15;
        }
        layout.Line(y, names.ToArray());
        y += 15;
        if (subs.Count > 0)
        {
            layout.Line(y, subs.ToArray());
            y += 15;
        }
        for (var line = 0; line < (t.Beside ? 2 : 1); line++)
        {
            var words = new List<(double, string)>();
            if (t.Beside) words.Add((60, groups[line].Label));
            for (var b = 0; b < blocks; b++)
            {
                var set = t.Beside ? line : b;
                for (var j = 0; j < t.Leaves.Length; j++)
                {
                    if (t.Values[set][j] is not { } v) continue;
                    words.Add((centres[b, j] + t.Nudges[set][j] - (HandLayout.Width(v) / 2), v));
                }
            }
            if (words.Count > 0) layout.Line(y, words.ToArray());
            y += 15;
        }
        layout.Line(y + 25, (60, "十一、其他重要事项的情况说明"))
            .Line(y + 40, (60, "（一）机关运行经费支出情况"))
            .Line(y + 55, (60, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"));
        return layout.Import();
    }

    private static string[] Expected(Table t)
        => Enumerable.Range(0, 2).SelectMany(set => t.Leaves.Select((l, j) => (Leaf: s_leaves[l], Value: t.Values[set][j]))
                .Where(c => c.Value is not (null or "-"))
                .Select(c => c.Leaf.Concept + "|" + s_groupings[t.Grouping][set].Basis + " = " + c.Value))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    private static string[] Read(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.StartsWith("3.7-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + " = " + f.Value))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    [Property(MaxTest = 300)]
    public Property A_turned_table_never_imports_a_value_into_another_cell()
        => Prop.ForAll(Tables(nudged: true).ToArbitrary(), t =>
        {
            var read = Read(Render(t));
            var expected = Expected(t);
            return read.All(expected.Contains).Label("read ⊆ printed: " + string.Join("; ", read.Except(expected)));
        });

    [Property(MaxTest = 200)]
    public Property A_plain_turned_table_is_read_whole()
        => Prop.ForAll(Tables(nudged: false).ToArbitrary(), t =>
        {
            var read = Read(Render(t));
            var expected = Expected(t);
            return read.SequenceEqual(expected).Label("read: " + string.Join("; ", read) + " ≠ printed: " + string.Join("; ", expected));
        });
}
