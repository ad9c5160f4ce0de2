using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 财政拨款收入支出决算总表. 收入 block: 一、一般公共预算财政拨款 under 本年收入 → 一般公共预算财政拨款收入, under
/// 年初财政拨款结转和结余 → 年初结转和结余 with the fund as scope; 本年收入合计 and 年初财政拨款结转和结余 → scope 财政拨款;
/// 总计 → 财政拨款收入支出总计. 支出 block, column 合计 → scope 财政拨款 (类 rows and 本年支出合计 → 本年支出合计, 年末 →
/// 年末结转和结余; 总计 → 财政拨款收入支出总计 unscoped); a fund column → that fund's 支出 (类 rows with functionPath,
/// 本年支出合计 without), 年末结转和结余 / 财政拨款收入支出总计 with the fund as scope. A 预算's 财政拨款收支预算总表 is the
/// same table without 结转: its funds are printed 一般公共预算资金 / 政府性基金 / 国有资本经营预算 and its totals 收入总计 /
/// 支出总计 (both → 财政拨款收入支出总计, so that FA1030 finds the two sides unequal).
/// </summary>
internal static class AppropriationSummaryTableReader
{
    private static readonly string[] s_funds = { "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款" };

    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        if (TwoSidedTableReader.Read(table, notes) is not { } sides) return cells;
        var brought = false;
        foreach (var row in sides.Left)
        {
            if (row.Label == "年初财政拨款结转和结余") brought = true;
            var name = TwoSidedTableReader.StripOrdinal(row.Label);
            // A 预算's 财政拨款收支预算总表 names the funds 一般公共预算资金, 政府性基金, 国有资本经营预算.
            name = name switch
            {
                "一般公共预算资金" or "一般公共预算" => "一般公共预算财政拨款",
                "政府性基金" or "政府性基金预算" => "政府性基金预算财政拨款",
                "国有资本经营预算" => "国有资本经营预算财政拨款",
                _ => name,
            };
            (string Concept, string? Scope)? meaning = TwoSidedTableReader.Ordinal.IsMatch(row.Label)
                ? (brought ? ("年初结转和结余", name) : (name + "收入", null))
                : name switch
                {
                    "本年收入合计" => ("本年收入合计", "财政拨款"),
                    "年初财政拨款结转和结余" => ("年初结转和结余", "财政拨款"),
                    "总计" or "收入总计" => ("财政拨款收入支出总计", null),
                    _ => null,
                };
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                if (meaning is not { } m)
                {
                    notes.Add(new ImportNote(ImportNotes.UnknownLabel, "收入 row " + row.Label + " is not a row of the standard table; its value " + word.Text + " is left out", word.Page, table.Id));
                    continue;
                }
                cells.Add(new CellDraft { Row = row.Label, Column = "收入 " + column.Label, Concept = m.Concept, Scope = m.Scope, Value = word.Text, Page = word.Page });
            }
        }
        foreach (var row in sides.Right)
        {
            foreach (var (word, column) in row.Values.OrderBy(v => v.Word.Left))
            {
                var fund = s_funds.FirstOrDefault(f => StandardTables.Normalise(column.Label).Contains(f.Substring(0, 4)));
                var total = fund == null;
                if (total && !column.Label.EndsWith("合计", System.StringComparison.Ordinal))
                {
                    notes.Add(new ImportNote(ImportNotes.UnknownLabel, "支出 column " + column.Label + " is not a column of the standard table; value " + word.Text + " left out", word.Page, table.Id + " · " + row.Label));
                    continue;
                }
                var cell = new CellDraft { Row = row.Label, Column = "支出 " + (fund ?? "合计"), Value = word.Text, Page = word.Page };
                if (TwoSidedTableReader.Ordinal.IsMatch(row.Label))
                {
                    var name = TwoSidedTableReader.StripOrdinal(row.Label);
                    if (!FunctionCode.TryFindByNamePath(name, out _))
                    {
                        notes.Add(new ImportNote(ImportNotes.UnknownFunction, "类 " + name + " names no 支出功能分类 code; value " + word.Text + " left out", word.Page, table.Id + " · " + row.Label));
                        continue;
                    }
                    cell.FunctionPath = name;
                    (cell.Concept, cell.Scope) = total ? ("本年支出合计", "财政拨款") : (fund + "支出", (string?)null);
                }
                else
                {
                    (string, string?)? m = row.Label switch
                    {
                        "本年支出合计" => total ? ("本年支出合计", "财政拨款") : (fund + "支出", null),
                        "年末财政拨款结转和结余" => total ? ("年末结转和结余", "财政拨款") : ("年末结转和结余", fund),
                        "总计" or "支出总计" => total ? ("财政拨款收入支出总计", null) : ("财政拨款收入支出总计", fund),
                        _ => null,
                    };
                    if (m is not { } known)
                    {
                        notes.Add(new ImportNote(ImportNotes.UnknownLabel, "支出 row " + row.Label + " is not a row of the standard table; value " + word.Text + " left out", word.Page, table.Id));
                        continue;
                    }
                    (cell.Concept, cell.Scope) = known;
                }
                cells.Add(cell);
            }
        }
        return cells;
    }
}
