using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 财政拨款"三公"经费支出决算表 (scope 财政拨款): one line of 预算数/决算数 labels, six pairs in the standard order
/// 合计, 因公出国（境）费, 公务用车购置及运行费 小计, 公务用车购置费, 公务用车运行费, 公务接待费 (the item names above are
/// wrapped over several lines and are not needed). Each value goes to the nearest label; 预算数 → basis 年初预算.
/// </summary>
internal static class ThreePublicTableReader
{
    private static readonly string[] s_concepts = { "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费" };
    private static readonly string[] s_printed = { "合计", "因公出国（境）费", "公务用车购置及运行费 小计", "公务用车购置费", "公务用车运行费", "公务接待费" };

    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        if (table.IsBudget) return ReadBudget(table, notes);
        var cells = new List<CellDraft>();
        var lines = table.Lines;
        var headerIndex = -1;
        for (var i = 0; i < lines.Count && headerIndex < 0; i++)
        {
            if (lines[i].Words.Count(w => w.Text is "预算数" or "决算数") == 12) headerIndex = i;
        }
        if (headerIndex < 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no line with the 12 预算数/决算数 labels of the standard table; the table's cells are not imported", table.Page, table.Id));
            return cells;
        }
        var labels = lines[headerIndex].Words.Where(w => w.Text is "预算数" or "决算数").OrderBy(w => w.Left).ToList();
        var columns = labels.Select(w => new HeaderColumn(w.Text, w.Left, w.Right)).ToList();
        foreach (var value in lines.Skip(headerIndex + 1).SelectMany(l => l.Words).Where(w => Numbers.IsValue(w.Text)))
        {
            var column = HeaderReader.Nearest(columns, value);
            if (column == null)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no 预算数/决算数 label; left out", value.Page, table.Id));
                continue;
            }
            var j = columns.IndexOf(column);
            cells.Add(new CellDraft
            {
                Row = s_printed[j / 2],
                Column = column.Label,
                Concept = s_concepts[j / 2],
                Basis = column.Label == "预算数" ? "年初预算" : "决算",
                Scope = "财政拨款",
                Value = value.Text,
                Page = value.Page,
            });
        }
        return cells;
    }

    // The 预算 columns by the ending of their joined header label; 运行费 after 购置及运行费 小计 is matched by 小计 first.
    private static readonly ColumnMap s_budget = new(
        ("合计", "三公经费", "财政拨款", "决算"), ("因公出国(境)费", "因公出国（境）费", "财政拨款", "决算"),
        ("因公出国（境）费", "因公出国（境）费", "财政拨款", "决算"), ("公务接待费", "公务接待费", "财政拨款", "决算"),
        ("小计", "公务用车购置及运行维护费", "财政拨款", "决算"), ("购置费", "公务用车购置费", "财政拨款", "决算"),
        ("运行费", "公务用车运行维护费", "财政拨款", "决算"), ("运行维护费", "公务用车运行维护费", "财政拨款", "决算"),
        ("机关运行经费预算数", "机关运行经费", "财政拨款", "决算"), ("机关运行经费", "机关运行经费", "财政拨款", "决算"));

    /// <summary>
    /// “三公”经费和机关运行经费预算表 (预算): a header over several lines (“三公”经费预算数 over 合计 | 因公出国(境)费 |
    /// 公务接待费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费), and 机关运行经费预算数) and one line of values, blank cells
    /// absent. The values are right-aligned in cells whose header is centred: a value belongs to the column whose header
    /// centre is the last one left of its right edge, when it does not reach back over the previous header's centre.
    /// </summary>
    private static List<CellDraft> ReadBudget(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        var lines = table.Lines;
        var first = lines.ToList().FindIndex(l => l.Words.Any(w => Numbers.IsValue(w.Text)));
        if (first < 0) return cells;
        var header = lines.Take(first).SelectMany(l => l.Words).ToList();
        var columns = HeaderReader.Columns(header).Where(c => s_budget.Find(c.Label) != null).ToList();
        var values = lines.Skip(first).SelectMany(l => l.Words).Where(w => Numbers.IsValue(w.Text)).ToList();
        var ordered = columns.OrderBy(c => c.Center).ToList();
        var taken = new HashSet<HeaderColumn>();
        foreach (var value in values.OrderBy(v => v.Left))
        {
            var column = CellOf(ordered, value);
            // Off the values' line first: a number of the 说明 below (区财政局 2025 p.22's 援滇干部工作经费 3.00) must not take
            // the column of the value beside it on the line (229.43 机关运行经费).
            if (column == null || value.Page != values[0].Page || System.Math.Abs(value.Bottom - values[0].Bottom) > 3 || !taken.Add(column))
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no column of the “三公”经费 header, or under one already taken, or off the values' line; left out", value.Page, table.Id));
                continue;
            }
            var meaning = s_budget.Find(column.Label)!.Value;
            cells.Add(new CellDraft { Row = "预算数", Column = column.Label, Concept = meaning.Concept, Basis = meaning.Basis, Scope = meaning.Scope, Value = value.Text, Page = value.Page });
        }
        return cells;
    }

    private static HeaderColumn? CellOf(List<HeaderColumn> ordered, Layout.LayoutWord value)
    {
        var i = ordered.FindLastIndex(c => c.Center <= value.Right - 1);
        if (i < 0) return null;
        if (i > 0 && value.Left < ordered[i - 1].Center) return null;
        if (i + 1 < ordered.Count && value.Left >= ordered[i + 1].Center) return null;
        return ordered[i];
    }
}
