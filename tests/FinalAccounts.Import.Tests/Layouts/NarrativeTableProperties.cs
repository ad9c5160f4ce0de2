using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// Law: a "三公" table printed inside the 说明 — any subset of its rows in any order, any of its columns (预算数, 决算数,
/// 增减额, 增减率), blank cells printed as "-", names wrapped onto a second line, a footnote below, values nudged within
/// their column — never imports a value into another cell: every figure read is the one printed at its row and column,
/// and on a layout without nudges every printed value is read.
/// </summary>
public sealed class NarrativeTableProperties
{
    private static readonly (string Printed, string Concept)[] s_rows =
    {
        ("合计", "三公经费"), ("因公出国（境）费", "因公出国（境）费"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费"),
        ("其中：公务用车购置费", "公务用车购置费"), ("公务用车运行维护费", "公务用车运行维护费"), ("公务接待费", "公务接待费"),
    };

    private static readonly (string Label, string Basis, double Left)[] s_columns =
    {
        ("预算数", "年初预算", 250), ("决算数", "决算", 330), ("增减额", "较上年决算增减", 410), ("增减率", "较上年决算增减率", 490),
    };

    private sealed record Cell(int Row, int Column, string? Value, double Nudge);

    private sealed record Table(int[] Rows, int[] Columns, Cell[] Cells, bool[] Wrapped, bool Footnote)
    {
        public override string ToString()
            => string.Join(" / ", Rows.Select(r => s_rows[r].Printed + (Wrapped[r] ? "(wrapped)" : string.Empty) + ": "
                + string.Join(" ", Cells.Where(c => c.Row == r).Select(c => s_columns[c.Column].Label + "=" + (c.Value ?? "-") + (c.Nudge != 0 ? "~" + c.Nudge.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty)))))
                + (Footnote ? " + 注" : string.Empty);
    }

    private static Gen<string?> Value(int column)
        => Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (5, Gen.Choose(0, 999999).Select(n => (string?)((column >= 2 && n % 3 == 0 ? "-" : string.Empty) + (n / 100m).ToString("0.00", CultureInfo.InvariantCulture) + (column == 3 ? "%" : string.Empty)))));

    private static Gen<Table> Tables(bool nudged)
        => from rows in Gen.Shuffle(Enumerable.Range(0, s_rows.Length).ToArray()).SelectMany(all => Gen.Choose(1, all.Length).Select(n => all.Take(n).ToArray()))
           from columnMask in Gen.Choose(1, 15)
           let columns = Enumerable.Range(0, s_columns.Length).Where(c => (columnMask & (1 << c)) != 0).ToArray()
           from cells in Gen.CollectToList(rows.SelectMany(r => columns.Select(c =>
               from v in Value(c)
               from nudge in nudged ? Gen.Choose(-6, 6).Select(n => n / 1.0) : Gen.Constant(0.0)
               select new Cell(r, c, v, nudge))))
           from wrapped in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))), s_rows.Length)
           from footnote in Gen.Elements(true, false)
           select new Table(rows, columns, cells.ToArray(), wrapped, footnote);

    private static ImportResult Render(Table t)
    {
        var layout = new HandLayout().NewPage()
            .Line(100, (150, "第三部分 测试单位2024年度部门决算情况说明"))
            .Line(120, (60, "七、财政拨款“三公”经费支出决算情况说明"))
            .Line(135, (60, "（二）“三公”经费财政拨款支出决算具体情况说明。"))
            .Line(150, (450, "单位：万元"))
            .Line(165, new[] { (60.0, "项目") }.Concat(t.Columns.Select(c => (s_columns[c].Left, s_columns[c].Label))).ToArray());
        var y = 180.0;
        foreach (var r in t.Rows)
        {
            var name = s_rows[r].Printed;
            var words = new List<(double, string)>();
            // A wrapped name: its first half on the row's line, the rest on the next line without values.
            var first = t.Wrapped[r] && name.Length > 4 ? name.Substring(0, name.Length / 2) : name;
            words.Add((60, first));
            foreach (var c in t.Cells.Where(c => c.Row == r))
            {
                var centre = s_columns[c.Column].Left + (HandLayout.Width(s_columns[c.Column].Label) / 2) + c.Nudge;
                words.Add((centre - (HandLayout.Width(c.Value ?? "-") / 2), c.Value ?? "-"));
            }
            layout.Line(y, words.ToArray());
            y += 12;
            if (first.Length < name.Length)
            {
                layout.Line(y, (60, name.Substring(first.Length)));
                y += 12;
            }
            y += 3;
        }
        if (t.Footnote) layout.Line(y + 5, (60, "注：本表反映财政拨款“三公”经费支出决算情况。"));
        // A standard sentence after the table, so that a table of blank cells still leaves a report to import.
        layout.Line(y + 25, (60, "十一、其他重要事项的情况说明"))
            .Line(y + 40, (60, "（一）机关运行经费支出情况"))
            .Line(y + 55, (60, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"));
        return layout.Import();
    }

    private static string[] Expected(Table t)
        => t.Cells.Where(c => c.Value != null)
            .Select(c => s_rows[c.Row].Concept + "|" + s_columns[c.Column].Basis + " = " + c.Value!.TrimEnd('%'))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    private static string[] Read(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.StartsWith("3.7-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + " = " + f.Value))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    [Property(MaxTest = 300)]
    public Property A_narrative_table_never_imports_a_value_into_another_cell()
        => Prop.ForAll(Tables(nudged: true).ToArbitrary(), t =>
        {
            var read = Read(Render(t));
            var expected = Expected(t);
            return read.All(expected.Contains).Label("read ⊆ printed: " + string.Join("; ", read.Except(expected)));
        });

    [Property(MaxTest = 200)]
    public Property A_plain_narrative_table_is_read_whole()
        => Prop.ForAll(Tables(nudged: false).ToArbitrary(), t =>
        {
            var read = Read(Render(t));
            var expected = Expected(t);
            return read.SequenceEqual(expected).Label("read: " + string.Join("; ", read) + " ≠ printed: " + string.Join("; ", expected));
        });
}
