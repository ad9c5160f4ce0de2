using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Targets;

/// <summary>
/// The indicator rows of a 项目支出绩效目标表 (一级指标 | 二级指标 | 三级指标 | 指标值, optionally 分值, 指标性质, 指标方向,
/// 计量单位) rebuilt from positioned words, with no rules drawn: each word goes to the header column its centre stands
/// under; in a column, lines no further apart than a wrapped line's leading make one cell (a wrapped name or value); each 三级指标 cell
/// is a row, and every other cell belongs to the one row whose lines it shares (it overlaps that row's cell vertically
/// and no other). 一级/二级 cells, merged over a group of rows, stand at the group's top in a workbook (the XLSX reader
/// puts a merged cell's text at its first row) and at the group's middle in a PDF (centred, as the budget systems print
/// them; a label on every row is both). In a PDF a reading at the top is also tried: when it fits too and divides the rows
/// otherwise (a one-row group above a three-row one), the table is refused rather than read one way by guess. A value that fits no row, or two rows, makes the whole table unread: nothing is guessed.
/// (Its own files, apart from the 自评表 reader's grid: the two layouts differ in columns and the 自评表 has actuals.)
/// </summary>
internal static class IndicatorGrid
{
    /// <summary>One cell: its text (lines top to bottom, words left to right) and vertical extent on its page.</summary>
    internal sealed record Cell(string Text, int Page, double Top, double Bottom)
    {
        public double Centre => (Top + Bottom) / 2;
    }

    /// <summary>A read row: the text of each named column (absent when blank), and the page of its 三级指标.</summary>
    internal sealed record Row(IReadOnlyDictionary<string, string> Cells, int Page);

    /// <summary>The header's column names this grid knows, each with the printed labels that name it.</summary>
    internal static readonly (string Name, string[] Labels)[] Known =
    {
        ("一级", new[] { "一级指标" }), ("二级", new[] { "二级指标" }), ("三级", new[] { "三级指标" }),
        ("指标值", new[] { "指标值", "目标值", "年度指标值", "绩效指标值", "指标值（包含数字及文字描述）" }), ("分值", new[] { "分值", "权重", "权重（分值）" }),
        ("性质", new[] { "指标性质" }), ("方向", new[] { "指标方向", "指标方向性" }), ("单位", new[] { "计量单位", "度量单位", "单位" }),
    };

    /// <summary>The column a printed header label names, or null.</summary>
    public static string? ColumnOf(string label)
    {
        foreach (var (name, labels) in Known)
        {
            if (labels.Contains(label, StringComparer.Ordinal)) return name;
        }
        return null;
    }

    /// <summary>
    /// The rows under <paramref name="header"/> (the columns: name and horizontal extent) of the body lines, words right of
    /// <paramref name="labelRight"/> only; null with
    /// <paramref name="why"/> when a cell cannot be placed with confidence.
    /// </summary>
    public static List<Row>? Read(IReadOnlyList<(string Name, double Left, double Right)> header, IReadOnlyList<LayoutLine> body, double labelRight, bool mergedAtTop, out string why)
    {
        why = string.Empty;
        var ordered = header.OrderBy(h => h.Left).ToList();
        // A word belongs to the column whose band holds its centre; bands meet halfway between neighbouring labels' edges.
        var words = new Dictionary<string, List<(int Line, LayoutWord Word)>>(StringComparer.Ordinal);
        foreach (var h in ordered) words[h.Name] = new List<(int, LayoutWord)>();
        // Words left of the field labels' right edge are the table's own labels (绩效指标 merged down the left), no row's.
        foreach (var (word, line) in body.SelectMany((l, i) => l.Words.Select(w => (w, i))).Where(p => p.w.CenterX >= labelRight))
        {
            var at = -1;
            for (var j = 0; j < ordered.Count; j++)
            {
                var left = j == 0 ? double.NegativeInfinity : (ordered[j - 1].Right + ordered[j].Left) / 2;
                var right = j + 1 == ordered.Count ? double.PositiveInfinity : (ordered[j].Right + ordered[j + 1].Left) / 2;
                if (word.CenterX >= left && word.CenterX < right) at = j;
            }
            if (at >= 0 && ordered[at].Name.Length > 0) words[ordered[at].Name].Add((line, word));
        }
        var cells = words.ToDictionary(p => p.Key, p => Cells(p.Value, joinLines: !mergedAtTop), StringComparer.Ordinal);
        if (!cells.TryGetValue("三级", out var rows) || rows.Count == 0)
        {
            why = "no 三级指标 under the header";
            return null;
        }
        var texts = rows.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToList();
        for (var r = 0; r < rows.Count; r++) texts[r]["三级"] = rows[r].Text;
        // A row stands as high as its cells together (a one-line name beside a wrapped value): what a merged label centres on.
        var extents = rows.ToList();
        foreach (var (name, column) in cells)
        {
            if (name is "三级" or "一级" or "二级") continue;
            foreach (var cell in column)
            {
                var overlapped = Enumerable.Range(0, rows.Count).Where(r => Overlaps(rows[r], cell)).ToList();
                if (overlapped.Count != 1 || texts[overlapped[0]].ContainsKey(name))
                {
                    why = name + " '" + cell.Text + "' (p." + cell.Page + ") shares the lines of " + (overlapped.Count == 0 ? "no" : overlapped.Count + "") + " 三级指标"
                        + (overlapped.Count == 1 ? " that has one already" : string.Empty);
                    return null;
                }
                texts[overlapped[0]][name] = cell.Text;
                extents[overlapped[0]] = extents[overlapped[0]] with { Top = Math.Min(extents[overlapped[0]].Top, cell.Top), Bottom = Math.Max(extents[overlapped[0]].Bottom, cell.Bottom) };
            }
        }
        foreach (var level in new[] { "一级", "二级" })
        {
            if (!cells.TryGetValue(level, out var labels)) continue;
            foreach (var page in rows.Select(r => r.Page).Distinct())
            {
                var pageRows = Enumerable.Range(0, rows.Count).Where(r => rows[r].Page == page).ToList();
                var pageLabels = labels.Where(l => l.Page == page).ToList();
                var groups = Groups(pageRows.Select(r => extents[r]).ToList(), pageLabels, mergedAtTop);
                if (groups == null)
                {
                    why = "the " + level + "指标 cells of p." + page + " do not divide its rows one way (merged cells at neither their group's top nor its middle)";
                    return null;
                }
                for (var i = 0; i < pageRows.Count; i++) texts[pageRows[i]][level] = groups[i];
            }
        }
        return Enumerable.Range(0, rows.Count).Select(r => new Row(texts[r], rows[r].Page)).ToList();
    }

    /// <summary>
    /// The label of each row: groups of consecutive rows, each under one label cell standing at its first row (top) or
    /// at its middle (centred); null when the labels fit neither way, or both ways differently.
    /// </summary>
    private static string[]? Groups(List<Cell> rows, List<Cell> labels, bool mergedAtTop)
    {
        if (labels.Count == 0) return rows.Count == 0 ? Array.Empty<string>() : null;
        var top = TopAligned(rows, labels);
        if (mergedAtTop) return top;
        var centred = Centred(rows, labels);
        if (top != null && centred != null) return top.SequenceEqual(centred) ? top : null;
        return centred;
    }

    private static string[]? TopAligned(List<Cell> rows, List<Cell> labels)
    {
        var result = new string[rows.Count];
        var starts = labels.Select(l => rows.FindIndex(r => Math.Abs(r.Top - l.Top) <= Tolerance)).ToList();
        if (starts[0] != 0 || starts.Any(s => s < 0)) return null;
        for (var k = 0; k < labels.Count; k++)
        {
            var end = k + 1 < labels.Count ? starts[k + 1] : rows.Count;
            if (end <= starts[k]) return null;
            for (var r = starts[k]; r < end; r++) result[r] = labels[k].Text;
            // A label taller than its group's rows reaches into the next group: no top-aligned cell does.
            if (labels[k].Bottom > rows[end - 1].Bottom + Tolerance) return null;
        }
        return result;
    }

    private static string[]? Centred(List<Cell> rows, List<Cell> labels)
    {
        var result = new string[rows.Count];
        var start = 0;
        for (var k = 0; k < labels.Count; k++)
        {
            if (start >= rows.Count) return null;
            var fits = Enumerable.Range(start, rows.Count - start)
                .Where(e => Math.Abs(((rows[start].Top + rows[e].Bottom) / 2) - labels[k].Centre) <= Tolerance).ToList();
            if (k + 1 == labels.Count) fits = fits.Where(e => e == rows.Count - 1).ToList();
            if (fits.Count != 1) return null;
            for (var r = start; r <= fits[0]; r++) result[r] = labels[k].Text;
            start = fits[0] + 1;
        }
        return start == rows.Count ? result : null;
    }

    /// <summary>How far two edges may differ and still be one (points; a grid unit for a workbook).</summary>
    private const double Tolerance = 3;

    private static bool Overlaps(Cell row, Cell cell) => row.Page == cell.Page && Math.Min(row.Bottom, cell.Bottom) - Math.Max(row.Top, cell.Top) > 0.5;

    /// <summary>
    /// A column's words as cells: lines of one page with at most a wrapped line's leading between them (¾ of the words'
    /// height) are one cell; a wider gap — two cells' padding — starts the next cell. A gap misjudged either way makes a
    /// row without 指标值 or a value beside two names: the table is refused, not misread. A workbook's line is a sheet row,
    /// and a sheet row's cell never runs on into the next: there each line is a cell.
    /// </summary>
    private static List<Cell> Cells(List<(int Line, LayoutWord Word)> words, bool joinLines)
    {
        var cells = new List<Cell>();
        var lines = words.GroupBy(w => w.Line).OrderBy(g => g.Key).Select(g => g.Select(w => w.Word).OrderBy(w => w.Left).ToList()).ToList();
        List<List<LayoutWord>>? current = null;
        foreach (var line in lines)
        {
            if (current != null)
            {
                var last = current[current.Count - 1];
                var height = Math.Max(line.Max(w => w.Bottom - w.Top), last.Max(w => w.Bottom - w.Top));
                if (!joinLines || last[0].Page != line[0].Page || line.Min(w => w.Top) - last.Max(w => w.Bottom) > 0.75 * height)
                {
                    cells.Add(ToCell(current));
                    current = null;
                }
            }
            current ??= new List<List<LayoutWord>>();
            current.Add(line);
        }
        if (current != null) cells.Add(ToCell(current));
        return cells;
    }

    private static Cell ToCell(List<List<LayoutWord>> lines)
        => new(string.Concat(lines.SelectMany(l => l).Select(w => w.Text)), lines[0][0].Page, lines.Min(l => l.Min(w => w.Top)), lines.Max(l => l.Max(w => w.Bottom)));
}
