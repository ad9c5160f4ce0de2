using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Import.Layout;

/// <summary>
/// Finds where a figure of an imported report is printed, from the words the import read. The figure's digits (its sign
/// aside: a decrease is printed as 减少 0.94) are searched as a whole number in the text of its page. A table cell is the
/// occurrence that is a cell of its own (or, when the value repeats, the one on its row in its column's place); a 说明
/// figure is the occurrence whose neighbouring characters match its sentence (a sentence may run onto the next page).
/// Whatever is not certain gives null: no box rather than a wrong one.
/// </summary>
internal sealed class FigureLocator
{
    private const int Context = 8;

    private readonly LayoutDocument _layout;
    private readonly FinalAccountsReport _report;
    private readonly Dictionary<int, PageText> _pages = new();

    public FigureLocator(LayoutDocument layout, FinalAccountsReport report)
    {
        _layout = layout;
        _report = report;
    }

    /// <summary>Locates one figure; a page's text is built once and kept (a report's findings name dozens of figures).</summary>
    public SourceBox? Locate(StatedFigure figure)
    {
        lock (_pages) return Locate(_layout, _report, figure, n => _pages.TryGetValue(n, out var t) ? t : _pages[n] = PageText.Of(_layout, n));
    }

    private static SourceBox? Locate(LayoutDocument layout, FinalAccountsReport report, StatedFigure figure, Func<int, PageText> pageText)
    {
        var digits = figure.Value.TrimStart('-', '+');
        if (digits.Length == 0) return null;
        var location = figure.Location;
        var narrative = location.Sentence.Length > 0;
        var pages = location.Page == 0 ? layout.Lines.Select(l => l.Page).Distinct().ToList()
            : narrative ? new List<int> { location.Page, location.Page + 1 } : new List<int> { location.Page };
        var hits = new List<(PageText Page, int Start)>();
        foreach (var n in pages)
        {
            var text = pageText(n);
            for (var at = text.Text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(digits, at + 1, StringComparison.Ordinal))
            {
                if (IsWhole(text.Text, at, digits.Length)) hits.Add((text, at));
            }
        }
        if (hits.Count == 0) return null;
        var pick = narrative ? InSentence(hits, Squash(location.Sentence), digits) : InTable(hits, report, figure, digits);
        return pick is { } p ? p.Page.Box(p.Start, digits.Length) : null;
    }

    private static (PageText Page, int Start)? InSentence(List<(PageText Page, int Start)> hits, string sentence, string digits)
    {
        var occurrences = new List<int>();
        for (var at = sentence.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            if (IsWhole(sentence, at, digits.Length)) occurrences.Add(at);
        }
        if (occurrences.Count == 0) return hits.Count == 1 ? hits[0] : null;
        // Each hit scores by how many neighbouring characters agree with the sentence around the figure.
        var scored = hits.Select(h => (Hit: h, Score: occurrences.Max(o => Agreement(sentence, o, h.Page.Text, h.Start, digits.Length)))).OrderByDescending(x => x.Score).ToList();
        var best = scored[0];
        if (best.Score < 2 || (scored.Count > 1 && scored[1].Score == best.Score)) return null;
        return best.Hit;
    }

    private static (PageText Page, int Start)? InTable(List<(PageText Page, int Start)> hits, FinalAccountsReport report, StatedFigure figure, string digits)
    {
        // A cell is a word of its own: prefer occurrences that are a whole word (a number inside a title or note is not the cell).
        var cells = hits.Where(h => h.Page.IsWholeWord(h.Start, digits.Length)).ToList();
        if (cells.Count == 0) return null;
        if (cells.Count == 1) return cells[0];
        var row = figure.Location.Row.Trim();
        if (row.Length == 0) return null;
        var onRow = cells.Where(h => h.Page.RowLabelBefore(h.Start, row)).ToList();
        if (onRow.Count == 1) return onRow[0];
        if (onRow.Count == 0) return null;
        // The value repeats on its row (决算数 = 合计): take the figure's place among its row's cells in the table.
        var table = report.Tables.FirstOrDefault(t => t.Cells.Any(c => ReferenceEquals(c, figure)));
        if (table is null) return null;
        var rowCells = table.Cells.Where(c => c.Location.Row == figure.Location.Row && c.Location.Page == figure.Location.Page).ToList();
        var rank = rowCells.FindIndex(c => ReferenceEquals(c, figure));
        var page = onRow[0].Page;
        // Its row's numbers: after its label up to the next label, or — when both sides of a 收入/支出 table print the
        // same label (总计 … 总计) — every number on the line.
        var numbers = page.NumbersAfterLabel(onRow[0].Start, row);
        if (numbers is null || numbers.Count != rowCells.Count) numbers = page.NumbersOnLine(onRow[0].Start);
        if (numbers.Count != rowCells.Count) return null;
        var start = numbers[rank];
        return onRow.FirstOrDefault(h => h.Start == start) is { Page: not null } found ? found : null;
    }

    /// <summary>How many characters either side of the figure agree between the sentence and the page (word separators skipped).</summary>
    private static int Agreement(string sentence, int at, string page, int pageAt, int length)
    {
        var score = 0;
        for (int i = at - 1, j = pageAt - 1, n = 0; n < Context && i >= 0 && j >= 0; j--)
        {
            if (page[j] == PageText.Separator) continue;
            if (sentence[i] != page[j]) break;
            score++;
            i--;
            n++;
        }
        for (int i = at + length, j = pageAt + length, n = 0; n < Context && i < sentence.Length && j < page.Length; j++)
        {
            if (page[j] == PageText.Separator) continue;
            if (sentence[i] != page[j]) break;
            score++;
            i++;
            n++;
        }
        return score;
    }

    internal static bool IsWhole(string text, int at, int length)
    {
        var end = at + length;
        var before = at == 0 || !IsNumberChar(text[at - 1]);
        var after = end == text.Length || !IsNumberChar(text[end]) || (text[end] == '.' && (end + 1 == text.Length || !char.IsDigit(text[end + 1])));
        return before && after;
    }

    private static bool IsNumberChar(char c) => char.IsDigit(c) || c == '.' || c == ',';

    internal static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A page's text without whitespace, line after line, each character knowing its word and place in the word.</summary>
    private sealed class PageText
    {
        public const char Separator = '\u0001';

        private readonly List<(LayoutLine Line, LayoutWord Word, int Index)> _chars = new();

        private PageText(IEnumerable<LayoutLine> lines)
        {
            var text = new System.Text.StringBuilder();
            foreach (var line in lines)
            {
                foreach (var word in line.Words)
                {
                    // Words are kept apart (adjacent cells "2,946.25" "2,940.05" are two numbers); comparisons with a
                    // sentence skip the separator, so a sentence still reads on across line breaks.
                    if (text.Length > 0)
                    {
                        text.Append(Separator);
                        _chars.Add((line, word, -1));
                    }
                    for (var i = 0; i < word.Text.Length; i++)
                    {
                        if (char.IsWhiteSpace(word.Text[i])) continue;
                        text.Append(word.Text[i]);
                        _chars.Add((line, word, i));
                    }
                }
            }
            Text = text.ToString();
        }

        public string Text { get; }

        public static PageText Of(LayoutDocument layout, int page) => new(layout.Lines.Where(l => l.Page == page));

        public bool IsWholeWord(int start, int length)
        {
            var word = _chars[start].Word;
            return _chars[start + length - 1].Word == word && Squash(word.Text).TrimStart('-', '+') == Text.Substring(start, length);
        }

        /// <summary>
        /// True when the row label stands left of the character at <paramref name="start"/>: on its line, or — when the
        /// PDF prints a row's numbers a few points above or below its label, so they fall on a line of their own — on a
        /// line within <see cref="RowDrift"/> that has words left of the figure.
        /// </summary>
        public bool RowLabelBefore(int start, string row)
        {
            if (LabelIndex(start, row) >= 0) return true;
            var (line, word, _) = _chars[start];
            if (line.Words.TakeWhile(w => w != word).Any(w => !IsNumber(Squash(w.Text)))) return false;
            var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var other in _chars.Select(c => c.Line).Distinct().Where(l => l != line && Math.Abs(l.Bottom - line.Bottom) <= RowDrift))
            {
                var left = string.Concat(other.Words.Where(w => w.Right <= word.Left).Select(w => Squash(w.Text)));
                var at = 0;
                var all = true;
                foreach (var part in parts)
                {
                    var found = left.IndexOf(part, at, StringComparison.Ordinal);
                    if (found < 0)
                    {
                        all = false;
                        break;
                    }
                    at = found + part.Length;
                }
                if (all) return true;
            }
            return false;
        }

        /// <summary>How far (points) a row's numbers may stand from its label's line: less than half a table row.</summary>
        private const double RowDrift = 8;

        /// <summary>The starts of the whole-word numbers on the line of <paramref name="start"/>, left to right.</summary>
        public List<int> NumbersOnLine(int start)
        {
            var line = _chars[start].Line;
            var numbers = new List<int>();
            foreach (var w in line.Words)
            {
                var text = Squash(w.Text);
                if (!IsNumber(text)) continue;
                var first = _chars.FindIndex(c => c.Word == w && c.Index >= 0);
                if (first >= 0) numbers.Add(first + (text.StartsWith('-') || text.StartsWith('+') ? 1 : 0));
            }
            return numbers;
        }

        /// <summary>The starts of the whole-word numbers after the row label up to the next word that is not a number, or null.</summary>
        public List<int>? NumbersAfterLabel(int start, string row)
        {
            var label = LabelIndex(start, row);
            if (label < 0) return null;
            var line = _chars[start].Line;
            var words = line.Words;
            var numbers = new List<int>();
            for (var w = label + 1; w < words.Count; w++)
            {
                var text = Squash(words[w].Text);
                if (!IsNumber(text)) break;
                var first = _chars.FindIndex(c => c.Word == words[w] && c.Index >= 0);
                if (first >= 0) numbers.Add(first + (text.StartsWith('-') || text.StartsWith('+') ? 1 : 0));
            }
            return numbers;
        }

        /// <summary>
        /// The index of the line's word that ends the row label before the character at <paramref name="start"/>, or -1.
        /// A label's parts may stand in separate words (a 功能分类 row prints its code and its name in two columns:
        /// "208 05 行政事业单位养老支出"), so the parts are matched in order over the words before the figure.
        /// </summary>
        private int LabelIndex(int start, string row)
        {
            var (line, word, _) = _chars[start];
            var parts = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var text = new System.Text.StringBuilder();
            var ends = new List<int>();
            for (var w = 0; w < line.Words.Count && line.Words[w] != word; w++)
            {
                text.Append(Squash(line.Words[w].Text));
                ends.Add(text.Length);
            }
            var joined = text.ToString();
            var at = 0;
            foreach (var part in parts)
            {
                var found = joined.IndexOf(part, at, StringComparison.Ordinal);
                if (found < 0) return -1;
                at = found + part.Length;
            }
            return ends.FindIndex(e => e >= at);
        }

        private static bool IsNumber(string s) => s.Length > 0 && s.TrimStart('-', '+').All(c => char.IsDigit(c) || c == '.' || c == ',') && s.Any(char.IsDigit);

        /// <summary>The union of the characters' boxes: each letter's own edges when the PDF gave them, else its word's.</summary>
        public SourceBox Box(int start, int length)
        {
            double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue;
            for (var i = start; i < start + length; i++)
            {
                var (_, word, index) = _chars[i];
                if (index < 0) continue;
                var edges = word.LetterEdges;
                left = Math.Min(left, edges?[2 * index] ?? word.Left);
                right = Math.Max(right, edges?[2 * index + 1] ?? word.Right);
                top = Math.Min(top, word.Top);
                bottom = Math.Max(bottom, word.Bottom);
            }
            return new SourceBox(_chars[start].Word.Page, left, top, right, bottom);
        }
    }
}
