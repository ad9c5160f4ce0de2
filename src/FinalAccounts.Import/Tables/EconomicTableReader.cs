using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Classification;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// 一般公共预算财政拨款基本支出决算表: 经济分类 rows printed in one block or in blocks side by side, each block found by its
/// code header (类, or 经济分类 / 科目编码 when the codes are joined: 301 and 30101 in one column). A row starts at its
/// 类 code, its joined code, or a total (人员经费合计, 公用经费合计, 合计) in the block's code column and holds everything
/// below it down to the next row's start; a value centred a little above its label still belongs to it. Codes may be
/// split (302 | 01) or joined (30201). Value columns: 决算数, or 合计 | 人员经费 | 公用经费 (the split variant: a coded
/// row's amount is its 合计, or, without a 合计 column, the one of 人员经费 / 公用经费 it is printed under). Cells:
/// concept = the printed name, code = 类 or 类+款, scope 一般公共预算财政拨款基本支出; the totals → 人员经费 / 公用经费 /
/// 基本支出 with scope 一般公共预算财政拨款. A row with two amounts where one is expected is left out with a note.
/// </summary>
internal static class EconomicTableReader
{
    private static readonly Regex s_codeAndName = new(@"^(3\d{2}(?:\d{2})?)([\u4e00-\u9fff（(].*)$", RegexOptions.CultureInvariant);

    private sealed class Row
    {
        public Row(LayoutWord anchor) => Anchor = anchor;

        public LayoutWord Anchor { get; }

        public List<LayoutWord> Words { get; } = new();
    }

    private enum Meaning
    {
        Amount,
        Personnel,
        Public,
    }

    public static List<CellDraft> Read(TableRegion table, List<ImportNote> notes)
    {
        var cells = new List<CellDraft>();
        var lines = table.Lines.Select(SplitCodeFromName).ToList();
        // The header is the lines above the first row that hold header words; a wrapped name printed above the first
        // row's code line belongs to the body.
        var firstRow = 0;
        while (firstRow < lines.Count && firstRow < 12 && !(Numbers.IsCode(lines[firstRow].Words[0].Text) && lines[firstRow].Words[0].Text.Length is 3 or 5) && !IsTotal(lines[firstRow].Words[0].Text)) firstRow++;
        var headerEnd = -1;
        for (var i = 0; i < firstRow; i++)
        {
            if (lines[i].Words.Any(w => IsHeaderWord(w.Text))) headerEnd = i;
        }
        var headerWords = lines.Take(headerEnd + 1).SelectMany(l => l.Words).ToList();
        var heads = BlockHeads(headerWords);
        if (heads.Count == 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no 类 / 经济分类科目编码 header was found; the table's cells are not imported", table.Page, table.Id));
            return cells;
        }
        var columns = HeaderReader.Columns(headerWords.Where(w => !Numbers.IsDecimalValue(w.Text)));
        var bodyWords = headerWords.Where(w => Numbers.IsDecimalValue(w.Text)).Concat(lines.Skip(headerEnd + 1).SelectMany(l => l.Words)).ToList();
        for (var b = 0; b < heads.Count; b++)
        {
            var from = heads[b] - 15;
            var to = b + 1 < heads.Count ? heads[b + 1] - 15 : double.MaxValue;
            var sectionHead = headerWords.Where(w => w.Text == "款" && w.CenterX > from && w.CenterX < to).OrderBy(w => w.Left).FirstOrDefault();
            var valueColumns = columns.Where(c => c.Center > from && c.Center < to && MeaningOf(c.Label) != null).ToList();
            if (valueColumns.Count == 0)
            {
                notes.Add(new ImportNote(ImportNotes.UnknownLabel, "block " + (b + 1) + " has no 决算数 (or 合计 / 人员经费 / 公用经费) column; its cells are not imported", table.Page, table.Id));
                continue;
            }
            var valueZone = valueColumns.Min(c => c.Left) - 15;
            bool IsAmount(LayoutWord w) => Numbers.IsDecimalValue(w.Text) || (w.CenterX >= valueZone && Numbers.IsValue(w.Text));
            var words = bodyWords.Where(w => w.CenterX >= from && w.CenterX < to).ToList();
            // The codes stand under 类; the block's head may be a wider label left of it (部门预算经济分类科目 starting 20 pt
            // before the codes), so the code column is measured from whichever is further right.
            var classHead = headerWords.FirstOrDefault(w => w.Text == "类" && w.CenterX > from && w.CenterX < to);
            var codeLeft = classHead != null ? Math.Max(heads[b], classHead.Left) : heads[b];
            var anchors = words.Where(w => w.CenterX < valueZone
                    && ((w.Left < codeLeft + 20 && Numbers.IsCode(w.Text) && w.Text.Length is 3 or 5) || IsTotal(w.Text)))
                .OrderBy(w => w.Page).ThenBy(w => w.Bottom).ToList();
            var rows = anchors.Select(a => new Row(a)).ToList();
            foreach (var word in words)
            {
                var i = RowAnchors.Above(anchors, word, 8);
                if (i >= 0) rows[i].Words.Add(word);
                else if (IsAmount(word)) notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + word.Text + " stands above the first row; left out", word.Page, table.Id));
            }
            var byEdge = HeaderReader.ByRightEdge(valueColumns, words.Where(IsAmount));
            foreach (var row in rows) AddCells(table, row, sectionHead, w => byEdge.TryGetValue(w, out var c) ? c : null, IsAmount, cells, notes);
        }
        return cells;
    }

    /// <summary>The left edges of the blocks: where a 类 / 经济分类 / 科目编码 header word starts a new code column.</summary>
    private static List<double> BlockHeads(List<LayoutWord> headerWords)
    {
        var heads = new List<double>();
        foreach (var w in headerWords.Where(w => w.Text == "类" || w.Text.Contains("编码") || (w.Text.Contains("经济分类") && !w.Text.Contains("名称"))).OrderBy(w => w.Left))
        {
            if (heads.Count == 0 || w.Left > heads[heads.Count - 1] + 100) heads.Add(w.Left);
        }
        return heads;
    }

    private static Meaning? MeaningOf(string label)
    {
        var text = StandardTables.Normalise(label);
        if (text.EndsWith("决算数", StringComparison.Ordinal) || text.EndsWith("合计", StringComparison.Ordinal)) return Meaning.Amount;
        if (text.EndsWith("人员经费", StringComparison.Ordinal)) return Meaning.Personnel;
        if (text.EndsWith("公用经费", StringComparison.Ordinal)) return Meaning.Public;
        return null;
    }

    private static bool IsHeaderWord(string text)
        => text is "类" or "款" or "项目" || text.Contains("编码") || text.Contains("经济分类") || text.Contains("科目名称") || MeaningOf(text) != null;

    private static bool IsTotal(string text) => text is "合计" or "总计" || text.EndsWith("经费合计", StringComparison.Ordinal);

    private static void AddCells(TableRegion table, Row row, LayoutWord? sectionHead, Func<LayoutWord, HeaderColumn?> columnOf, Func<LayoutWord, bool> isAmount, List<CellDraft> cells, List<ImportNote> notes)
    {
        var anchor = row.Anchor;
        var code = Numbers.IsCode(anchor.Text) ? anchor.Text : string.Empty;
        var section = code.Length != 3 ? null : row.Words.FirstOrDefault(w => !ReferenceEquals(w, anchor) && Numbers.IsCode(w.Text) && w.Text.Length == 2
            && sectionHead != null && Math.Abs(w.CenterX - sectionHead.CenterX) < 12);
        if (section != null) code += section.Text;
        // A 款 printed with one digit (301 | 2 for 30102): read as 0N only when our table's name for that code is the
        // printed name; otherwise the row is left out, never taken for a second 类 row.
        var shortSection = code.Length != 3 || section != null ? null : row.Words.FirstOrDefault(w => !ReferenceEquals(w, anchor) && w.Text.Length == 1 && char.IsDigit(w.Text[0])
            && sectionHead != null && Math.Abs(w.CenterX - sectionHead.CenterX) < 12);
        var name = string.Concat(row.Words.Where(w => !ReferenceEquals(w, anchor) && !ReferenceEquals(w, section) && !ReferenceEquals(w, shortSection) && !isAmount(w))
            .OrderBy(w => w.Page).ThenBy(w => w.Bottom).ThenBy(w => w.Left).Select(w => w.Text));
        if (shortSection != null)
        {
            var padded = code + "0" + shortSection.Text;
            var where = table.Id + " · " + code + " " + shortSection.Text + " " + name;
            if (EconomicCode.TryParse(padded, out var byName) && byName.Name == name)
            {
                notes.Add(new ImportNote(ImportNotes.ShortCode, "the printed 款 code " + shortSection.Text + " has one digit; read as " + padded + " " + byName.Name + " because the printed name is that code's", anchor.Page, where));
                code = padded;
            }
            else
            {
                notes.Add(new ImportNote(ImportNotes.ShortCode, "the printed 款 code " + shortSection.Text + " has one digit and the name " + name + " does not tell which code it is; the row is left out", anchor.Page, where));
                return;
            }
        }
        var values = row.Words.Where(isAmount).ToList();
        var label = code.Length == 0 ? anchor.Text : code.Substring(0, 3) + (code.Length > 3 ? " " + code.Substring(3) : string.Empty) + " " + name;
        if (values.Count == 0) return;
        var placed = new List<(LayoutWord Value, HeaderColumn Column, Meaning Meaning)>();
        foreach (var value in values)
        {
            var column = columnOf(value);
            if (column == null)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no 决算数 / 合计 / 人员经费 / 公用经费 column; left out", value.Page, table.Id + " · " + label));
                continue;
            }
            placed.Add((value, column, MeaningOf(column.Label)!.Value));
        }
        foreach (var clash in placed.GroupBy(p => p.Column).Where(g => g.Count() > 1).ToList())
        {
            notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "row has " + clash.Count() + " values (" + string.Join(" ", clash.Select(v => v.Value.Text)) + ") under " + clash.Key.Label + " where one was expected; left out", clash.First().Value.Page, table.Id + " · " + label));
            placed.RemoveAll(p => p.Column == clash.Key);
        }
        if (code.Length == 0)
        {
            // A total row: 人员经费合计 / 公用经费合计 under the amount column, or 合计 across 合计 | 人员经费 | 公用经费.
            foreach (var (value, column, meaning) in placed)
            {
                var concept = meaning switch
                {
                    Meaning.Personnel => "人员经费",
                    Meaning.Public => "公用经费",
                    _ => anchor.Text.StartsWith("人员经费", StringComparison.Ordinal) ? "人员经费"
                        : anchor.Text.StartsWith("公用经费", StringComparison.Ordinal) ? "公用经费" : "基本支出",
                };
                cells.Add(new CellDraft { Row = label, Column = column.Label, Concept = concept, Scope = "一般公共预算财政拨款", Value = value.Text, Page = value.Page });
            }
            return;
        }
        // A coded row states one amount: its 决算数 / 合计, else the one of 人员经费 / 公用经费 it stands under.
        var amounts = placed.Where(p => p.Meaning == Meaning.Amount).ToList();
        if (amounts.Count == 0) amounts = placed.Where(p => Numbers.ToDecimal(p.Value.Text) != 0m).ToList();
        if (amounts.Count == 0 && placed.Count > 0) amounts = placed.Take(1).ToList();
        if (amounts.Count != 1)
        {
            if (amounts.Count > 1)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "row has amounts under both 人员经费 and 公用经费 (" + string.Join(" ", amounts.Select(a => a.Value.Text)) + ") and no 合计; left out", amounts[0].Value.Page, table.Id + " · " + label));
            }
            return;
        }
        var (v, c, _) = amounts[0];
        var cell = new CellDraft { Row = label, Column = c.Label, Value = v.Text, Page = v.Page, Concept = name, Scope = "一般公共预算财政拨款基本支出" };
        if (EconomicCode.TryParse(code, out _)) cell.Code = code;
        else notes.Add(new ImportNote(ImportNotes.UnknownFunction, "the printed code " + code + " is not a 部门预算支出经济分类 code; the cell keeps no code", cell.Page, table.Id + " · " + label));
        cells.Add(cell);
    }

    /// <summary>A word that runs a code into its name ("30207邮电费") becomes two words, the code's width in proportion.</summary>
    private static LayoutLine SplitCodeFromName(LayoutLine line)
    {
        if (!line.Words.Any(w => s_codeAndName.IsMatch(w.Text))) return line;
        var words = new List<LayoutWord>();
        foreach (var w in line.Words)
        {
            var m = s_codeAndName.Match(w.Text);
            if (!m.Success)
            {
                words.Add(w);
                continue;
            }
            var codeWidth = (w.Right - w.Left) * HalfWidths(m.Groups[1].Value) / HalfWidths(w.Text);
            words.Add(new LayoutWord(m.Groups[1].Value, w.Left, w.Left + codeWidth, w.Top, w.Bottom, w.Page));
            words.Add(new LayoutWord(m.Groups[2].Value, w.Left + codeWidth, w.Right, w.Top, w.Bottom, w.Page));
        }
        return new LayoutLine(words);
    }

    private static double HalfWidths(string text) => text.Sum(c => c < 0x2E80 ? 1.0 : 2.0);
}
