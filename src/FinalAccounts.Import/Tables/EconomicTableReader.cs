using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 一般公共预算财政拨款基本支出决算表: 经济分类 rows (类, 款, 科目名称, 决算数) printed in blocks side by side, each block
/// found by its 类 header. A row starts at its 类 code (or 人员经费合计 / 公用经费合计) and holds everything below it
/// down to the next row's start; a value centred a little above its label still belongs to it. Codes may be split
/// (302 | 01) or joined (30201). Cells: concept = the printed name, code = 类 or 类+款, scope
/// 一般公共预算财政拨款基本支出; the two 合计 rows → 人员经费 / 公用经费 with scope 一般公共预算财政拨款.
/// </summary>
internal static class EconomicTableReader
{
    private sealed class Row
    {
        public Row(LayoutWord anchor) => Anchor = anchor;

        public LayoutWord Anchor { get; }

        public List<LayoutWord> Words { get; } = new();
    }

    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        var lines = table.Lines;
        var headerEnd = -1;
        for (var i = 0; i < lines.Count && i < 12; i++)
        {
            if (lines[i].Words.Any(w => w.Text is "类" or "款")) headerEnd = i;
        }
        var classHeads = lines.Take(headerEnd + 1).SelectMany(l => l.Words).Where(w => w.Text == "类").OrderBy(w => w.Left).ToList();
        if (classHeads.Count == 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no 类 header was found; the table's cells are not imported", table.Page, table.Id));
            return cells;
        }
        var headerWords = lines.Take(headerEnd + 1).SelectMany(l => l.Words).ToList();
        var columns = HeaderReader.Columns(headerWords.Where(w => !Numbers.IsDecimalValue(w.Text)));
        var body = headerWords.Where(w => Numbers.IsDecimalValue(w.Text)).Concat(lines.Skip(headerEnd + 1).SelectMany(l => l.Words)).ToList();
        for (var b = 0; b < classHeads.Count; b++)
        {
            var from = classHeads[b].Left - 15;
            var to = b + 1 < classHeads.Count ? classHeads[b + 1].Left - 15 : double.MaxValue;
            var sectionHead = headerWords.Where(w => w.Text == "款" && w.CenterX > from && w.CenterX < to).OrderBy(w => w.Left).FirstOrDefault();
            var valueColumns = columns.Where(c => c.Center > from && c.Center < to && c.Label.EndsWith("决算数", StringComparison.Ordinal)).ToList();
            var words = body.Where(w => w.CenterX >= from && w.CenterX < to).ToList();
            var anchors = words.Where(w => (Numbers.IsCode(w.Text) && w.Text.Length is 3 or 5 && Math.Abs(w.CenterX - classHeads[b].CenterX) < 15)
                    || w.Text.EndsWith("经费合计", StringComparison.Ordinal) || w.Text == "合计")
                .OrderBy(w => w.Page).ThenBy(w => w.Bottom).ToList();
            var rows = anchors.Select(a => new Row(a)).ToList();
            foreach (var word in words)
            {
                var i = RowAnchors.Above(anchors, word, 8);
                if (i >= 0) rows[i].Words.Add(word);
                else if (Numbers.IsDecimalValue(word.Text)) notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + word.Text + " stands above the first row; left out", word.Page, table.Id));
            }
            foreach (var row in rows) AddCells(table, row, sectionHead, valueColumns, cells, notes);
        }
        return cells;
    }

    private static void AddCells(TableRegion table, Row row, LayoutWord? sectionHead, List<HeaderColumn> valueColumns, List<CellDraft> cells, List<ImportNote> notes)
    {
        var anchor = row.Anchor;
        var code = Numbers.IsCode(anchor.Text) ? anchor.Text : string.Empty;
        var section = row.Words.FirstOrDefault(w => !ReferenceEquals(w, anchor) && Numbers.IsCode(w.Text) && w.Text.Length == 2
            && sectionHead != null && Math.Abs(w.CenterX - sectionHead.CenterX) < 12);
        if (section != null) code += section.Text;
        var name = string.Concat(row.Words.Where(w => !ReferenceEquals(w, anchor) && !ReferenceEquals(w, section) && !Numbers.IsDecimalValue(w.Text))
            .OrderBy(w => w.Page).ThenBy(w => w.Bottom).ThenBy(w => w.Left).Select(w => w.Text));
        var values = row.Words.Where(w => Numbers.IsDecimalValue(w.Text)).ToList();
        var label = code.Length == 0 ? anchor.Text : code.Substring(0, 3) + (code.Length > 3 ? " " + code.Substring(3) : string.Empty) + " " + name;
        if (values.Count == 0) return;
        if (values.Count > 1 || (valueColumns.Count > 0 && HeaderReader.Nearest(valueColumns, values[0]) == null))
        {
            notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "row has " + values.Count + " values (" + string.Join(" ", values.Select(v => v.Text)) + ") where one 决算数 was expected; left out", values[0].Page, table.Id + " · " + label));
            return;
        }
        var cell = new CellDraft { Row = label, Column = valueColumns.Count > 0 ? valueColumns[0].Label : "决算数", Value = values[0].Text, Page = values[0].Page };
        if (code.Length == 0)
        {
            cell.Concept = anchor.Text.StartsWith("人员经费", StringComparison.Ordinal) ? "人员经费"
                : anchor.Text.StartsWith("公用经费", StringComparison.Ordinal) ? "公用经费" : "基本支出";
            cell.Scope = "一般公共预算财政拨款";
        }
        else
        {
            cell.Concept = name;
            cell.Scope = "一般公共预算财政拨款基本支出";
            if (EconomicCode.TryParse(code, out _)) cell.Code = code;
            else notes.Add(new ImportNote(ImportNotes.UnknownFunction, "the printed code " + code + " is not a 部门预算支出经济分类 code; the cell keeps no code", cell.Page, table.Id + " · " + label));
        }
        cells.Add(cell);
    }
}
