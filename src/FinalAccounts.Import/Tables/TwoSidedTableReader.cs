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
/// value column and the right block's labels. A value belongs to the nearest row of its block.
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
        var columns = HeaderReader.Columns(header.Where(w => !Numbers.IsDecimalValue(w.Text)));
        var items = columns.Where(c => c.Label.EndsWith("项目", StringComparison.Ordinal)).ToList();
        if (items.Count < 2)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "the header does not show two 项目 columns (收入 and 支出 blocks)", table.Page, table.Id));
            return null;
        }
        var leftValues = columns.Where(c => c.Left > items[0].Right && c.Right < items[1].Left && !c.Label.EndsWith("收入", StringComparison.Ordinal)).ToList();
        var body = header.Where(w => Numbers.IsDecimalValue(w.Text)).Concat(lines.Skip(first).SelectMany(l => l.Words)).ToList();
        var leftValueRight = leftValues.Count > 0 ? leftValues.Max(c => c.Right) : items[0].Right;
        var rightLabels = body.Where(w => !Numbers.IsDecimalValue(w.Text) && w.Left > leftValueRight).ToList();
        var split = rightLabels.Count > 0 ? (leftValueRight + rightLabels.Min(w => w.Left)) / 2 : items[1].Left;
        var rightValues = columns.Where(c => c.Left > items[1].Right && c.Label != "支出").ToList();

        var sides = new[] { new List<SideRow>(), new List<SideRow>() };
        foreach (var word in body.Where(w => !Numbers.IsDecimalValue(w.Text)).OrderBy(w => w.Page).ThenBy(w => w.Bottom).ThenBy(w => w.Left))
        {
            var rows = sides[word.CenterX < split ? 0 : 1];
            if (rows.Count == 0 || Ordinal.IsMatch(word.Text) || s_rowNames.Contains(word.Text)) rows.Add(new SideRow(word));
            else rows[rows.Count - 1].Label += word.Text;
        }
        foreach (var value in body.Where(w => Numbers.IsDecimalValue(w.Text)))
        {
            var side = value.CenterX < split ? 0 : 1;
            var anchors = sides[side].Select(r => r.Anchor).ToList();
            var i = RowAnchors.Nearest(anchors, value);
            var column = HeaderReader.Nearest(side == 0 ? leftValues : rightValues, value);
            if (i < 0 || column == null)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no row or column of the " + (side == 0 ? "收入" : "支出") + " block; left out", value.Page, table.Id));
                continue;
            }
            sides[side][i].Values.Add((value, column));
        }
        return (sides[0], sides[1]);
    }

    public static string StripOrdinal(string label) => Ordinal.Replace(label, string.Empty);
}
