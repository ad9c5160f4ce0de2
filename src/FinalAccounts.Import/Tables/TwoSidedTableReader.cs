using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Reads the row structure of a table printed as two blocks side by side (收入支出决算总表, 财政拨款收入支出决算总表): the
/// 收入 block on the left, the 支出 block on the right, each a column of labels (一、… or a known row name; other text
/// continues the label above) and its value columns. The split between the blocks lies between the left block's last
/// value column and the right block's labels. A value belongs to the nearest row of its block, checked against the row
/// bands (<see cref="RowAnchors.Place{TColumn}"/>); a label continues on the next line only directly under itself.
/// </summary>
internal static class TwoSidedTableReader
{
    public static readonly Regex Ordinal = new(@"^[一二三四五六七八九十]+、", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_rowNames = new(StringComparer.Ordinal)
    {
        "本年收入合计", "本年支出合计", "使用非财政拨款结余（含专用结余）", "使用非财政拨款结余", "年初结转和结余", "结余分配",
        "年末结转和结余", "总计", "年初财政拨款结转和结余", "年末财政拨款结转和结余", "用事业基金弥补收支差额",
    };

    public static (List<SideRow> Left, List<SideRow> Right)? Read(TableRegion table, List<ImportNote> notes)
    {
        var lines = table.Lines;
        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
        {
            if (Ordinal.IsMatch(lines[i].Words[0].Text)) first = i;
        }
        if (first < 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no row starting with 一、 was found; the table's cells are not imported", table.Page, table.Id));
            return null;
        }
        var header = lines.Take(first).SelectMany(l => l.Words).ToList();
        var columns = HeaderReader.Columns(header.Where(w => !Numbers.IsValue(w.Text)));
        var items = columns.Where(c => c.Label.EndsWith("项目", StringComparison.Ordinal)).ToList();
        if (items.Count < 2)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "the header does not show two 项目 columns (收入 and 支出 blocks)", table.Page, table.Id));
            return null;
        }
        var leftValues = columns.Where(c => c.Left > items[0].Right && c.Right < items[1].Left && !c.Label.EndsWith("收入", StringComparison.Ordinal)).ToList();
        var body = header.Where(w => Numbers.IsValue(w.Text)).Concat(lines.Skip(first).SelectMany(l => l.Words)).ToList();
        var leftValueRight = leftValues.Count > 0 ? leftValues.Max(c => c.Right) : items[0].Right;
        var rightLabels = body.Where(w => !Numbers.IsValue(w.Text) && w.Left > leftValueRight).ToList();
        var split = rightLabels.Count > 0 ? (leftValueRight + rightLabels.Min(w => w.Left)) / 2 : items[1].Left;
        var rightValues = columns.Where(c => c.Left > items[1].Right && c.Label != "支出").ToList();

        var sides = new[] { new List<SideRow>(), new List<SideRow>() };
        var last = new LayoutWord?[2];
        foreach (var word in body.Where(w => !Numbers.IsValue(w.Text)).OrderBy(w => w.Page).ThenBy(w => w.Bottom).ThenBy(w => w.Left))
        {
            var side = word.CenterX < split ? 0 : 1;
            var rows = sides[side];
            // Text continues the label above only when it stands directly under it (a wrapped label); anything else starts
            // a row of its own, so that a stray line's values are never taken for the row above.
            var continues = rows.Count > 0 && last[side] is { } above && above.Page == word.Page
                && !Ordinal.IsMatch(word.Text) && !s_rowNames.Contains(word.Text)
                && ((Math.Abs(word.Bottom - above.Bottom) < 2.5 && word.Left >= above.Right - 1)
                    || (word.Top > above.Top + 2.5 && word.Top - above.Bottom < 0.8 * Math.Max(above.Bottom - above.Top, 4)));
            if (continues) rows[rows.Count - 1].Label += word.Text;
            else rows.Add(new SideRow(word));
            last[side] = word;
        }
        foreach (var side in new[] { 0, 1 })
        {
            var sideValues = body.Where(w => Numbers.IsValue(w.Text) && (w.CenterX < split ? 0 : 1) == side).ToList();
            var byEdge = HeaderReader.ByRightEdge(side == 0 ? leftValues : rightValues, sideValues);
            var values = sideValues
                .Select(w => (Value: w, Column: byEdge[w] ?? Only(side == 0 ? leftValues : rightValues, w) ?? new HeaderColumn("?", w.Left, w.Right))).ToList();
            var anchors = sides[side].Select(r => r.Anchor).ToList();
            var (placed, leftOut) = RowAnchors.Place(anchors, values);
            foreach (var (value, problem) in leftOut)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " of the " + (side == 0 ? "收入" : "支出") + " block " + problem + "; left out", value.Page, table.Id));
            }
            foreach (var (value, row, column) in placed)
            {
                if (column.Label == "?")
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no column of the " + (side == 0 ? "收入" : "支出") + " block; left out", value.Page, table.Id + " · " + sides[side][row].Label));
                    continue;
                }
                sides[side][row].Values.Add((value, column));
            }
        }
        return (sides[0], sides[1]);
    }

    /// <summary>
    /// The block's one value column for a value right of its start: with a single column (预算数) there is no other column
    /// to mistake it for, and a right-aligned value may stand well right of a short header word.
    /// </summary>
    private static HeaderColumn? Only(List<HeaderColumn> columns, LayoutWord value)
        => columns.Count == 1 && value.Right > columns[0].Left ? columns[0] : null;

    public static string StripOrdinal(string label) => Ordinal.Replace(label, string.Empty);
}
