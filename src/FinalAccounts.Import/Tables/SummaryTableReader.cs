using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 收入支出决算总表 (basis 决算, no scope). 收入 rows: the printed name without its ordinal; 使用非财政拨款结余（含专用结余）
/// → 使用非财政拨款结余; 总计 → 收入总计. 支出 rows: each 类 → 本年支出合计 with functionPath = the 类 name (an unknown 类
/// keeps its name as item, with a note); 总计 → 支出总计; other rows by their name.
/// </summary>
internal static class SummaryTableReader
{
    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        if (TwoSidedTableReader.Read(table, notes) is not { } sides) return cells;
        foreach (var row in sides.Left)
        {
            var name = TwoSidedTableReader.StripOrdinal(row.Label);
            var concept = name switch
            {
                "使用非财政拨款结余（含专用结余）" => "使用非财政拨款结余",
                "总计" => "收入总计",
                _ => name,
            };
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                cells.Add(new CellDraft { Row = row.Label, Column = "收入 " + column.Label, Concept = concept, Value = word.Text, Page = word.Page });
            }
        }
        foreach (var row in sides.Right)
        {
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                var cell = new CellDraft { Row = row.Label, Column = "支出 " + column.Label, Value = word.Text, Page = word.Page };
                if (TwoSidedTableReader.Ordinal.IsMatch(row.Label))
                {
                    var name = TwoSidedTableReader.StripOrdinal(row.Label);
                    cell.Concept = "本年支出合计";
                    if (FunctionCode.TryFindByNamePath(name, out _)) cell.FunctionPath = name;
                    else
                    {
                        cell.Item = name;
                        notes.Add(new ImportNote(ImportNotes.UnknownFunction, "类 " + name + " names no 支出功能分类 code; the cell keeps the name as item", word.Page, table.Id + " · " + row.Label));
                    }
                }
                else
                {
                    cell.Concept = row.Label == "总计" ? "支出总计" : row.Label;
                }
                cells.Add(cell);
            }
        }
        return cells;
    }
}
