using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Codes;

/// <summary>
/// Finds 支出功能分类 rows in a document's layout, whatever the report kind (决算, 预算, template): a line that starts
/// with a code (printed whole, 2080101, or in 类/款/项 columns, 208 01 01) followed by a name. A name wrapped in its
/// cell is joined from the lines just above (when the code line has no name) and below, aligned with it.
/// </summary>
/// <remarks>
/// Only codes of the expenditure function classification are read (their 类 is 2xx); economic (3xx, 5xx) and revenue
/// (1xx) codes print in the same layout and are skipped. A candidate name must be Chinese text without digits or
/// sentence punctuation, so narrative sentences and years never pass for a row.
/// </remarks>
internal static class PrintedRowReader
{
    public static IReadOnlyList<PrintedCode> Read(LayoutDocument document)
    {
        var file = Path.GetFileName(document.Source);
        var result = new List<PrintedCode>();
        foreach (var page in document.Lines.GroupBy(l => l.Page))
        {
            var lines = page.ToList();
            var rows = new List<Row>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (TryReadCodeLine(lines[i], out var row)) rows.Add(row with { Index = i });
            }
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var codeLine = lines[row.Index];
                var previous = r > 0 ? lines[rows[r - 1].Index] : null;
                var next = r + 1 < rows.Count ? lines[rows[r + 1].Index] : null;
                // Each line between two code lines belongs to the nearer of them (a tie to the upper: cells are
                // more often top-aligned than centred).
                var above = new List<string>();
                for (var i = row.Index - 1; i > (r > 0 ? rows[r - 1].Index : -1); i--)
                {
                    if (previous != null && Distance(lines[i], previous) <= Distance(lines[i], codeLine)) break;
                    if (!TryFragment(lines[i], row, codeLine, out var text)) break;
                    above.Insert(0, text);
                }
                var below = new List<string>();
                for (var i = row.Index + 1; i < (r + 1 < rows.Count ? rows[r + 1].Index : lines.Count); i++)
                {
                    if (next != null && Distance(lines[i], next) < Distance(lines[i], codeLine)) break;
                    if (!TryFragment(lines[i], row, codeLine, out var text)) break;
                    below.Add(text);
                }
                // A name on the code line takes lines above only as a centred cell does: no more above than below.
                if (row.Name.Length > 0 && above.Count > below.Count) above.Clear();
                var name = string.Concat(above) + row.Name + string.Concat(below);
                if (IsName(name)) result.Add(new PrintedCode(row.Code, name, file, row.Page));
            }
        }
        return result;
    }

    private static double Distance(LayoutLine a, LayoutLine b) => Math.Abs(a.Bottom - b.Bottom);

    /// <summary>A line holding only a piece of the row's name: text aligned with the name column, no digits, near the row.</summary>
    private static bool TryFragment(LayoutLine line, Row row, LayoutLine codeLine, out string text)
    {
        text = string.Empty;
        // A wrapped cell's lines are one line pitch apart; two pitches still reach the outer line of a three-line cell.
        if (Distance(line, codeLine) > 2.5 * row.LineHeight) return false;
        var words = line.Words;
        if (words.Count == 0 || words.Any(w => w.Text.Any(char.IsDigit))) return false;
        var first = words[0];
        if (row.NameLeft > 0)
        {
            if (Math.Abs(first.Left - row.NameLeft) > 4) return false;
        }
        else if (first.Left < row.CodeRight)
        {
            return false;
        }
        if (row.NumbersLeft > 0 && words.Any(w => w.Right > row.NumbersLeft + 2)) return false;
        text = string.Concat(words.Select(w => w.Text));
        return IsNamePiece(text);
    }

    private static bool TryReadCodeLine(LayoutLine line, out Row row)
    {
        row = default;
        var words = line.Words;
        var digits = string.Empty;
        var index = 0;
        var rest = string.Empty;
        // Leading digit words: 2080101, or 208 / 01 / 01; the first word may run the name on (2080101行政运行).
        while (index < words.Count && digits.Length < 7)
        {
            var text = words[index].Text;
            var lead = 0;
            while (lead < text.Length && char.IsDigit(text[lead])) lead++;
            if (lead == 0) break;
            if (digits.Length > 0 && lead != 2) break;
            digits += text.Substring(0, lead);
            index++;
            if (lead < text.Length)
            {
                rest = text.Substring(lead);
                break;
            }
        }
        if (digits.Length is not (3 or 5 or 7) || digits[0] != '2') return false;
        var codeRight = words[index - 1].Right;
        var nameWords = new List<LayoutWord>();
        var name = rest;
        var nameLeft = rest.Length > 0 ? words[index - 1].Left : 0;
        for (; index < words.Count; index++)
        {
            var text = words[index].Text;
            if (text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-' || text[0] == '－' || text[0] == '.')) break;
            if (nameLeft == 0) nameLeft = words[index].Left;
            name += text;
        }
        var numbersLeft = index < words.Count ? words[index].Left : 0;
        if (name.Length > 0 && !IsNamePiece(name)) return false;
        var height = words.Max(w => w.Bottom - w.Top);
        row = new Row(digits, name, line.Page, codeRight, nameLeft, numbersLeft, Math.Max(height, 4), 0);
        return true;
    }

    /// <summary>Chinese text as a classification name prints it: no digits, no sentence punctuation.</summary>
    private static bool IsNamePiece(string text)
        => text.Length > 0
           && text.IndexOfAny(new[] { '，', '。', '：', ':', '；', '“', '”', '、', ',', '…' }) < 0
           && !text.Any(char.IsDigit)
           && text.Any(IsHan);

    private static bool IsName(string name) => name.Length >= 2 && name.Length <= 40 && IsNamePiece(name) && name.Count(IsHan) >= 2;

    private static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FFF';

    private readonly record struct Row(string Code, string Name, int Page, double CodeRight, double NameLeft, double NumbersLeft, double LineHeight, int Index);
}
