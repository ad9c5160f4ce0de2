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
}
