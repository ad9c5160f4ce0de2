using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// Law: a 预算's last table followed by a heading of the 说明 (其他相关情况说明, 一、…预算情况说明, （一）…说明, on the same
/// page or the next) ends at that heading: the 说明's numbers printed under the table's columns below it (a letter-spaced
/// sentence "财 政 业 务 费 10.00 万 元") are neither cells nor FA4002 notes, and the table's own values are read whole.
/// The table is the “三公”经费和机关运行经费预算表 as 区财政局 2025 prints it (p. 21: header over four lines, values
/// right-aligned in their cells), its word positions taken from that page's text layer.
/// </summary>
public sealed class TableEndsAtHeadingProperties
{
    /// <summary>Columns of the header's last line: label, its box, and what a value under it means.</summary>
    private static readonly (string Label, double Left, double Right, double Baseline, string Concept)[] s_columns =
    {
        ("合计", 104, 128, 213, "三公经费"), ("因公出国(境)费", 176, 260, 213, "因公出国（境）费"), ("公务接待费", 289, 349, 213, "公务接待费"),
        ("小计", 408, 432, 230, "公务用车购置及运行维护费"), ("购置费", 504, 540, 230, "公务用车购置费"), ("运行费", 605, 641, 230, "公务用车运行维护费"),
    };

    private static readonly string[] s_headings =
    {
        "其他相关情况说明", "一、2025年“三公”经费预算情况说明", "（一）项目经费情况说明", "2025年部门预算其他相关说明", "二、政府采购预算情况说明",
    };

    private sealed record Layout(string?[] Values, string? Running, int Heading, bool NextPage, (int Column, string Value, double Nudge)[][] Sentences)
    {
        public override string ToString()
            => string.Join(" ", Values.Select((v, i) => s_columns[i].Label + "=" + (v ?? "·"))) + " 机关运行经费=" + (Running ?? "·") + " | " + s_headings[Heading]
               + (NextPage ? " (next page)" : string.Empty) + " | " + string.Join(" / ", Sentences.Select(s => string.Join(" ", s.Select(w => w.Value + "@" + w.Column + "~" + w.Nudge))));
    }

    private static Gen<string?> Amount()
        => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Choose(0, 9999999).Select(n => (string?)(n / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture))));

    private static Gen<Layout> Layouts()
        => from values in Gen.ArrayOf(Amount(), s_columns.Length)
           from running in Amount()
           from heading in Gen.Choose(0, s_headings.Length - 1)
           from nextPage in Gen.Elements(true, false)
           from words in Gen.Choose(1, 3)
           from sentences in Gen.ArrayOf(Gen.ArrayOf(
               from column in Gen.Choose(0, s_columns.Length)
               from value in Gen.Choose(1, 99999).Select(n => (n / 100m).ToString("0.00", CultureInfo.InvariantCulture))
               from nudge in Gen.Choose(-20, 20).Select(n => (double)n)
               select (column, value, nudge), words), 3)
           select new Layout(values, running, heading, nextPage, sentences);

    private static ImportResult Render(Layout t)
    {
        var layout = new HandLayout("测试单位2025年部门预算").NewPage()
            .Line(102, (232, "2025年部门“三公”经费和机关运行经费预算表"))
            .Line(132, (68, "编制部门：测试单位"), (719, "单位:万元"))
            .Line(164, (316, "“三公”经费预算数"))
            .Line(189, (676, "机关运行经费预算"))
            .Line(197, (462, "公务用车购置及运行费"))
            .Line(204, (718, "数"))
            .Line(213, s_columns.Where(c => c.Baseline == 213).Select(c => (c.Left, c.Label)).ToArray())
            .Line(230, s_columns.Where(c => c.Baseline == 230).Select(c => (c.Left, c.Label)).ToArray());
        // Right-aligned in the cell: the value ends 30 pt right of its label's centre (机关运行经费 at the table's edge).
        var words = new List<(double, string)>();
        for (var i = 0; i < s_columns.Length; i++)
        {
            if (t.Values[i] is { } v) words.Add(((s_columns[i].Left + s_columns[i].Right) / 2 + 30 - HandLayout.Width(v), v));
        }
        if (t.Running is { } r) words.Add((773 - HandLayout.Width(r), r));
        if (words.Count > 0) layout.Line(282, words.ToArray());
        var y = 300.0;
        if (t.NextPage)
        {
            layout.NewPage();
            y = 80;
        }
        layout.Line(y, (330, s_headings[t.Heading]));
        foreach (var sentence in t.Sentences)
        {
            y += 16;
            // Letter-spaced: each number its own word, standing under a column of the table (or 机关运行经费's).
            var line = new List<(double, string)> { (40, "其中：") };
            foreach (var (column, value, nudge) in sentence)
            {
                var centre = column < s_columns.Length ? (s_columns[column].Left + s_columns[column].Right) / 2 : 755;
                line.Add((centre + nudge, value));
                line.Add((centre + nudge + HandLayout.Width(value) + 2, "万元"));
            }
            layout.Line(y, line.OrderBy(w => w.Item1).ToArray());
        }
        return layout.Import();
    }

    private static string[] Expected(Layout t)
        => t.Values.Select((v, i) => v == null ? null : s_columns[i].Concept + " " + v)
            .Append(t.Running == null ? null : "机关运行经费 " + t.Running)
            .OfType<string>().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    [Property(MaxTest = 200)]
    public Property A_table_ends_at_the_heading_below_it()
        => Prop.ForAll(Layouts().ToArbitrary(), t =>
        {
            var result = Render(t);
            var table = result.Report.Tables.SingleOrDefault(x => x.Id == "表9");
            var read = table?.Cells.Select(c => c.Key.Concept + " " + c.Value).OrderBy(s => s, System.StringComparer.Ordinal).ToArray() ?? new string[0];
            var stray = result.Notes.Where(n => n.Id == ImportNotes.ValueNotPlaced).Select(n => n.Message).ToList();
            return (read.SequenceEqual(Expected(t)) && stray.Count == 0)
                .Label("read: " + string.Join("; ", read) + " | printed: " + string.Join("; ", Expected(t)) + " | FA4002: " + string.Join("; ", stray));
        });
}
