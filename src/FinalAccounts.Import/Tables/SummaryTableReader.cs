using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 收入支出决算总表 (basis 决算, no scope). 收入 rows: the printed name without its ordinal; 使用非财政拨款结余（含专用结余）
/// → 使用非财政拨款结余; 总计 → 收入总计. 支出 rows: each 类 → 本年支出合计 with functionPath = the 类 name (an unknown 类
/// keeps its name as item, with a note); 总计 → 支出总计; other rows by their name. A 收支预算总表 (预算) is read the same
/// way: 1.一般公共预算资金 → 一般公共预算财政拨款收入 (and the other funds), 事业单位经营收入 → 经营收入; a 支出 block split
/// into 合计 | 人员经费 | 公用经费 | 项目支出 gives each column its concept (合计 → 本年支出合计, or 支出总计 on the 总计 row).
/// </summary>
internal static class SummaryTableReader
{
    private static readonly System.Text.RegularExpressions.Regex s_subOrdinal = new(@"^(\d+[.．、]|（[一二三四五六七八九十]+）)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly (string Key, string Concept)[] s_splitColumns =
    {
        ("合计", "本年支出合计"), ("人员经费", "人员经费"), ("公用经费", "公用经费"), ("项目支出", "项目支出"), ("基本支出", "基本支出"),
    };

    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        if (TwoSidedTableReader.Read(table, notes) is not { } sides) return cells;
        foreach (var row in sides.Left)
        {
            var name = s_subOrdinal.Replace(TwoSidedTableReader.StripOrdinal(row.Label), string.Empty);
            var concept = name switch
            {
                "使用非财政拨款结余（含专用结余）" => "使用非财政拨款结余",
                "总计" => "收入总计",
                // A 预算's 收支预算总表 lists the 财政拨款 by fund under 一、财政拨款收入 (1.一般公共预算资金 …).
                "一般公共预算资金" or "一般公共预算" or "一般公共预算拨款" => "一般公共预算财政拨款收入",
                "政府性基金" or "政府性基金预算" or "政府性基金拨款" => "政府性基金预算财政拨款收入",
                "国有资本经营预算" or "国有资本经营预算拨款" => "国有资本经营预算财政拨款收入",
                "事业单位经营收入" => "经营收入",
                _ => name,
            };
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                cells.Add(new CellDraft { Row = row.Label, Column = "收入 " + column.Label, Concept = concept, Value = word.Text, Page = word.Page });
            }
        }
        var split = sides.Right.SelectMany(r => r.Values).Select(v => v.Column).Distinct().Count() > 1;
        foreach (var row in sides.Right)
        {
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                var cell = new CellDraft { Row = row.Label, Column = "支出 " + column.Label, Value = word.Text, Page = word.Page };
                // A 预算's 支出 block may be split into 合计 | 基本支出 (人员经费, 公用经费) | 项目支出: each column its own concept.
                var part = split ? s_splitColumns.FirstOrDefault(c => StandardTables.Normalise(column.Label).EndsWith(c.Key, System.StringComparison.Ordinal)).Concept : null;
                if (split && part == null)
                {
                    notes.Add(new ImportNote(ImportNotes.UnknownLabel, "支出 column " + column.Label + " is not one of 合计 / 基本支出 / 人员经费 / 公用经费 / 项目支出; value " + word.Text + " left out", word.Page, table.Id + " · " + row.Label));
                    continue;
                }
                if (TwoSidedTableReader.Ordinal.IsMatch(row.Label))
                {
                    var name = TwoSidedTableReader.StripOrdinal(row.Label);
                    cell.Concept = part ?? "本年支出合计";
                    if (FunctionCode.TryFindByNamePath(name, out _)) cell.FunctionPath = name;
                    else
                    {
                        cell.Item = name;
                        notes.Add(new ImportNote(ImportNotes.UnknownFunction, "类 " + name + " names no 支出功能分类 code; the cell keeps the name as item", word.Page, table.Id + " · " + row.Label));
                    }
                }
                else
                {
                    var isTotal = row.Label is "总计" or "支出总计";
                    cell.Concept = isTotal ? (part is null or "本年支出合计" ? "支出总计" : part) : row.Label;
                    if (split && !isTotal)
                    {
                        notes.Add(new ImportNote(ImportNotes.UnknownLabel, "支出 row " + row.Label + " in a split 支出 block is not 总计 or a 类; value " + word.Text + " left out", word.Page, table.Id + " · " + row.Label));
                        continue;
                    }
                }
                cells.Add(cell);
            }
        }
        return cells;
    }
}
