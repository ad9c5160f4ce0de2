using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// Reports of coded-row tables (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表) with random 功能分类 rows from the
/// compiled classification, random amounts (0.00 to 99,999.99, thousands commas as tables print them) and blank cells,
/// and the figures the import must give back: one per non-blank cell, keyed by concept, scope and 类/款/项 path.
/// </summary>
internal sealed class GeneratedReport
{
    public const string Cover = "测试单位2024年度部门决算";

    private static readonly (string Id, string Title, GeneratedColumn[] Columns)[] s_kinds =
    {
        ("表2", "收入决算表", new[] { "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入" }.Select(c => new GeneratedColumn(c, c)).ToArray()),
        ("表3", "支出决算表", new[] { "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出" }.Select(c => new GeneratedColumn(c, c)).ToArray()),
        ("表5", "一般公共预算财政拨款支出决算表", new[]
        {
            new GeneratedColumn("合计", "一般公共预算财政拨款支出"),
            new GeneratedColumn("基本支出", "基本支出", "一般公共预算财政拨款"),
            new GeneratedColumn("项目支出", "项目支出", "一般公共预算财政拨款"),
        }),
    };

    private static readonly FunctionCode[] s_classes = FunctionCode.All.Where(c => c.Level == ClassificationLevel.Class && c.Children.Count > 0).ToArray();

    public GeneratedReport(IReadOnlyList<GeneratedTable> tables) => Tables = tables;

    public IReadOnlyList<GeneratedTable> Tables { get; }

    /// <summary>"表3 | key | code = value" per non-blank cell, sorted: what the import must return.</summary>
    public string[] ExpectedCells()
    {
        var cells = new List<string>();
        foreach (var t in Tables)
        {
            for (var j = 0; j < t.Columns.Count; j++)
            {
                var c = t.Columns[j];
                if (t.Total[j] is { } total) cells.Add(t.Id + " | " + new FigureKey(c.Concept, "决算", c.Scope) + " |  = " + total);
                foreach (var (code, values) in t.Rows)
                {
                    if (values[j] is { } v) cells.Add(t.Id + " | " + new FigureKey(c.Concept, "决算", c.Scope, PathOf(code)) + " | " + code.Code + " = " + v);
                }
            }
        }
        return cells.OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }

    /// <summary>The same listing of an imported report's table cells.</summary>
    public static string[] Cells(FinalAccountsReport report)
        => report.Tables.SelectMany(t => t.Cells.Select(c => t.Id + " | " + c.Key + " | " + c.Code + " = " + c.Value)).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    private static string PathOf(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }

    public static Gen<GeneratedReport> Gen() => Gen(FsCheck.Fluent.Gen.Constant(TableLayout.Plain));

    /// <summary>Reports whose tables are printed in the layouts <paramref name="layouts"/> gives.</summary>
    public static Gen<GeneratedReport> Gen(Gen<TableLayout> layouts)
        => FsCheck.Fluent.Gen.Choose(1, 7).SelectMany(mask => FsCheck.Fluent.Gen.CollectToList(
                Enumerable.Range(0, 3).Where(i => (mask & (1 << i)) != 0).Select(i => Table(s_kinds[i], layouts))))
            .Select(tables => new GeneratedReport(tables.ToList()));

    private static Gen<GeneratedTable> Table((string Id, string Title, GeneratedColumn[] Columns) kind, Gen<TableLayout> layouts)
        => from classes in FsCheck.Fluent.Gen.SubListOf(s_classes).Where(l => l.Count is > 0 and <= 3)
           from codes in FsCheck.Fluent.Gen.CollectToList(classes.Select(Branch))
           let rows = codes.SelectMany(x => x).OrderBy(c => c.Code, System.StringComparer.Ordinal).ToList()
           from values in FsCheck.Fluent.Gen.CollectToList(rows.Select(_ => Values(kind.Columns.Length)))
           from total in Values(kind.Columns.Length)
           from joined in FsCheck.Fluent.Gen.Elements(false, true)
           from layout in layouts
           select new GeneratedTable(kind.Id, kind.Title, kind.Columns, total, rows.Zip(values, (c, v) => (c, v)).ToList(), joined, layout);

    /// <summary>A 类 with 0–2 of its 款, each with 0–2 of its 项.</summary>
    private static Gen<List<FunctionCode>> Branch(FunctionCode cls)
        => from sections in FsCheck.Fluent.Gen.SubListOf(cls.Children.ToArray()).Select(l => l.Take(2).ToList())
           from items in FsCheck.Fluent.Gen.CollectToList(sections.Select(s => FsCheck.Fluent.Gen.SubListOf(s.Children.ToArray()).Select(l => l.Take(2).ToList())))
           select new[] { cls }.Concat(sections).Concat(items.SelectMany(x => x)).ToList();

    private static Gen<string?[]> Values(int count) => FsCheck.Fluent.Gen.ArrayOf(Value(), count);

    private static Gen<string?> Value()
        => FsCheck.Fluent.Gen.Frequency(
            (1, FsCheck.Fluent.Gen.Constant<string?>(null)),
            (3, FsCheck.Fluent.Gen.Choose(0, 9_999_999).Select(i => (string?)(i / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture))));

    public override string ToString() => string.Join("; ", Tables);
}
