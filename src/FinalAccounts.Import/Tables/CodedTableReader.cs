using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Reads a table of 支出功能分类 rows (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, 政府性基金 / 国有资本经营):
/// a header over one or more lines ending in 类 款 项 (split codes) or 科目编码 (joined codes), rows anchored by their
/// codes or by 合计 (also when 合计 and its values stand on the header's last line), names wrapped over lines above and
/// below the code line, values under their header column (a value wrapped over two lines joined), blank cells absent.
/// Rows continue over page breaks. Every value's row and column are checked (<see cref="RowAnchors.Place{TColumn}"/>,
/// <see cref="HeaderReader.Nearest"/>): what is not surely placed is left out with a note.
/// </summary>
internal static class CodedTableReader
{
    private sealed class Row
    {
        public Row(LayoutWord anchor) => Anchor = anchor;

        public LayoutWord Anchor { get; }

        public List<LayoutWord> Words { get; } = new();

        public List<(LayoutWord Value, HeaderColumn Column)> Values { get; } = new();
    }

    public static List<CellDraft> Read(TableRegion table, ColumnMap map, List<ImportNote> notes)
    {
        var lines = table.Lines;
        var headerEnd = FindHeaderEnd(lines);
        if (headerEnd < 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no 类 款 项 / 科目编码 header line was found; the table's cells are not imported", table.Page, table.Id));
            return new List<CellDraft>();
        }
        var header = lines.Take(headerEnd + 1).SelectMany(l => l.Words).ToList();
        // A 合计 printed on the header's lines under the name column (类 款 项 合计 | 1,234.56 …) is the total row, not a label.
        var nameHead = header.Where(w => w.Text.Contains("科目名称") || w.Text == "项目").OrderByDescending(w => w.Right).FirstOrDefault();
        var headerTotals = nameHead == null ? new List<LayoutWord>()
            : header.Where(w => IsTotal(w.Text) && w.CenterX < nameHead.Right + 20 && w.Bottom > nameHead.Top).ToList();
        var columns = HeaderReader.Columns(header.Where(w => !WrappedValues.IsNumeric(w.Text) && !headerTotals.Contains(w)));
        var valueColumns = columns.Where(c => map.Find(c.Label) != null).ToList();
        if (valueColumns.Count == 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "no known value column in the header (" + string.Join(", ", columns.Select(c => c.Label)) + ")", table.Page, table.Id));
            return new List<CellDraft>();
        }
        var valueZone = valueColumns.Min(c => c.Left) - 25;
        bool IsAmount(LayoutWord w) => Numbers.IsDecimalValue(w.Text) || (w.CenterX >= valueZone && Numbers.IsValue(w.Text));
        // Values sharing the header's lines (a value centred a little high, totals on the header line) belong to the body.
        var headerValues = header.Where(w => WrappedValues.IsNumeric(w.Text)).ToList();
        var body = WrappedValues.Join(headerValues.Concat(lines.Skip(headerEnd + 1).SelectMany(l => l.Words)), valueZone, table.Id, notes);

        var anchors = new List<LayoutWord>(headerTotals);
        var placeholders = new HashSet<LayoutWord>();
        foreach (var line in lines.Skip(headerEnd + 1))
        {
            var first = line.Words[0];
            if (first.Left < valueZone && Numbers.IsCode(first.Text) && first.Text.Length is 3 or 5 or 7) anchors.Add(first);
            else if (first.Left < valueZone && IsPlaceholder(first.Text))
            {
                // A template's "…" row: a row of its own, so that nothing near it is taken for its neighbours'.
                anchors.Add(first);
                placeholders.Add(first);
            }
            else if (line.Words.FirstOrDefault(w => IsTotal(w.Text) && w.CenterX < valueZone) is { } total) anchors.Add(total);
        }
        var rows = anchors.Select(a => new Row(a)).ToList();
        foreach (var word in body.Where(w => !IsAmount(w)))
        {
            var i = RowAnchors.Nearest(anchors, word);
            if (i >= 0) rows[i].Words.Add(word);
        }
        var byEdge = HeaderReader.ByRightEdge(columns, body.Where(IsAmount));
        var amounts = body.Where(IsAmount).Select(w => (Value: w, Column: byEdge[w] is { } c && map.Find(c.Label) != null ? c : new HeaderColumn("?", w.Left, w.Right))).ToList();
        // An amount on the header's lines belongs to a 合计 row (printed there or just below). Nearest to a coded row, it
        // is an unlabelled total or a first row's value printed high, and which is not known: it stays out rather than
        // land in the first 类 row (or push that row's own value out as two in one cell).
        var high = amounts.Where(a => headerValues.Contains(a.Value) && RowAnchors.Nearest(anchors, a.Value) is var i && (i < 0 || !IsTotal(anchors[i].Text))).ToList();
        amounts.RemoveAll(high.Contains);
        var (placed, leftOut) = RowAnchors.Place(anchors, amounts);
        leftOut.AddRange(high.Select(h => (h.Value, "stands on the header's lines, where no 合计 is printed")));
        foreach (var (value, problem) in leftOut)
        {
            notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " " + problem + "; left out", value.Page, table.Id));
        }
        foreach (var (value, row, column) in placed) rows[row].Values.Add((value, column));

        var cells = new List<CellDraft>();
        var names = new string[3];
        foreach (var row in rows)
        {
            var codes = row.Words.Where(w => w.Left < valueZone && Numbers.IsCode(w.Text)).OrderBy(w => w.Left).Select(w => w.Text).ToList();
            var name = string.Concat(row.Words.Where(w => !Numbers.IsCode(w.Text) && !IsPlaceholder(w.Text))
                .OrderBy(w => w.Bottom).ThenBy(w => w.Left).Select(w => w.Text));
            if (placeholders.Contains(row.Anchor))
            {
                foreach (var (value, _) in row.Values)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands in a row without code or name (…); left out", value.Page, table.Id));
                }
                continue;
            }
            var isTotal = codes.Count == 0;
            string label, code = string.Concat(codes);
            string? path = null, item = null, knownCode = null;
            if (isTotal)
            {
                label = IsTotal(row.Anchor.Text) ? row.Anchor.Text : name;
                if (!IsTotal(label))
                {
                    foreach (var (value, _) in row.Values)
                    {
                        notes.Add(new ImportNote(ImportNotes.UnknownLabel, "the row " + label + " is neither a coded row nor 合计; value " + value.Text + " left out", value.Page, table.Id + " · " + label));
                    }
                    continue;
                }
            }
            else
            {
                label = string.Join(" ", codes) + " " + name;
                var level = code.Length switch { 3 => 0, 5 => 1, 7 => 2, _ => -1 };
                if (level < 0 || codes.Count > 3)
                {
                    notes.Add(new ImportNote(ImportNotes.UnknownFunction, "the printed code " + string.Join(" ", codes) + " is not a 类/款/项 code; the row is left out", row.Anchor.Page, table.Id + " · " + label));
                    continue;
                }
                names[level] = name;
                for (var k = level + 1; k < 3; k++) names[k] = string.Empty;
                if (row.Values.Count == 0) continue;
                (path, item, knownCode) = Resolve(string.Join("/", names.Take(level + 1)), code, name, row.Anchor.Page, table.Id + " · " + label, notes);
            }
            // Once per row, not per note: a label that swallowed thousands of stray lines must not be copied per value.
            var where = table.Id + " · " + label;
            foreach (var (value, column) in row.Values.OrderBy(v => v.Value.Left))
            {
                var meaning = map.Find(column.Label);
                if (meaning == null)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " stands under no known column; left out", value.Page, where));
                    continue;
                }
                var m = meaning.Value;
                cells.Add(new CellDraft
                {
                    Row = label,
                    Column = column.Label,
                    Concept = m.Concept,
                    Basis = m.Basis,
                    Scope = m.Scope,
                    FunctionPath = path,
                    Item = item,
                    Code = knownCode,
                    Value = value.Text,
                    Page = value.Page,
                });
            }
        }
        return cells;
    }

    private static bool IsTotal(string text) => text is "合计" or "总计";

    /// <summary>"…", "……", "..." : a template's placeholder for rows left out.</summary>
    private static bool IsPlaceholder(string text) => text.Length > 0 && text.All(ch => ch is '…' or '.' or '·' or '⋯');

    /// <summary>The header's last line: 类 款 项, else the line with 科目编码; -1 when neither is found.</summary>
    private static int FindHeaderEnd(IReadOnlyList<LayoutLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Words.Select(w => w.Text).ToList();
            if (words.Contains("类") && words.Contains("款") && words.Contains("项")) return i;
            if (lines[i].Text.Contains("类款项")) return i;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Contains("科目编码")) return i;
        }
        return -1;
    }

    /// <summary>The 功能分类 path for a row: the printed names when they resolve, else the printed code's names (with a note), else none (item = name, with a note).</summary>
    internal static (string? Path, string? Item, string? Code) Resolve(string namePath, string code, string name, int page, string where, List<ImportNote> notes)
    {
        var knownCode = FunctionCode.TryParse(code, out var byCode) ? code : null;
        if (FunctionCode.TryFindByNamePath(namePath, out var byName, out var alias))
        {
            if (alias != null)
            {
                notes.Add(new ImportNote(ImportNotes.OldFunctionName, "the printed names " + namePath + " use an old name: " + alias.Note + "; placed at " + byName.DisplayName, page, where));
            }
            if (knownCode != null && byName.Code != code)
            {
                notes.Add(new ImportNote(ImportNotes.UnknownFunction, "the printed names " + namePath + " are " + byName.Code + " but the printed code is " + code + "; kept both for the checks", page, where));
            }
            return (namePath, null, knownCode);
        }
        if (knownCode != null)
        {
            var names = new List<string>();
            for (FunctionCode? c = byCode; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
            notes.Add(new ImportNote(ImportNotes.UnknownFunction, "the printed names " + namePath + " name no 支出功能分类 code; the row was placed by its code " + code + " " + byCode.Name, page, where));
            return (string.Join("/", names), null, knownCode);
        }
        notes.Add(new ImportNote(ImportNotes.UnknownFunction, "neither the printed names " + namePath + " nor the code " + code + " are known 支出功能分类; the cell keeps the name as item", page, where));
        return (null, name, null);
    }
}
