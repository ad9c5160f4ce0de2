using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Tests.RoundTrip;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>
/// Prints generated 自评表 as a published PDF does: every cell bordered (drawn line by line), 一级 / 二级 labels merged
/// down over their rows (split by a page break; the label on the first part only, or on each), wrapped text centred or at
/// the top of its cell, the header repeated on a continuation page or not, and optionally the table's last page not
/// included or its first page left blank (a page not obtained). A4 portrait; Chinese in the CJK font, ASCII in Helvetica, run by run.
/// </summary>
internal static class EvaluationPdfRenderer
{
    private const double Width = 595, Height = 842, X0 = 30, X1 = 565, PageTop = 50, PageBottom = 800, Size = 7, Leading = 9;

    public static byte[] Render(params GeneratedEvaluation[] evaluations) => Render(true, evaluations);

    /// <summary>The tables with their borders drawn or, with <paramref name="borders"/> false, text only (no grid to read by).</summary>
    public static byte[] Render(bool borders, params GeneratedEvaluation[] evaluations)
    {
        var pdf = new GeneratedPdf(Width, Height, 180, 600);
        foreach (var e in evaluations) new Writer(pdf, e, borders).Write();
        return pdf.Build();
    }

    /// <summary>
    /// A 决算 excerpt: a page of 说明 <paramref name="paragraphs"/> (each wrapped at 30 letters, never inside a number), then
    /// the tables, each from a new page.
    /// </summary>
    public static byte[] RenderAfterExplanation(IReadOnlyList<string> paragraphs, params GeneratedEvaluation[] evaluations)
    {
        var pdf = new GeneratedPdf(Width, Height, 180, 600);
        var page = pdf.NewPage();
        var y = PageTop;
        foreach (var paragraph in paragraphs)
        {
            var line = string.Empty;
            foreach (var c in paragraph)
            {
                if (line.Length >= 30 && !char.IsDigit(c) && c != '.' && !char.IsDigit(line[line.Length - 1]))
                {
                    Print(pdf.Font, pdf.Digits, page, line, 10, 60, y);
                    y += 15;
                    line = string.Empty;
                }
                line += c;
            }
            Print(pdf.Font, pdf.Digits, page, line, 10, 60, y);
            y += 15;
        }
        foreach (var e in evaluations) new Writer(pdf, e, true).Write();
        return pdf.Build();
    }

    /// <summary>Writes text at baseline y (measured down), CJK runs in the CJK font and ASCII runs in Helvetica.</summary>
    private static void Print(PdfDocumentBuilder.AddedFont font, PdfDocumentBuilder.AddedFont digits, PdfPageBuilder page, string text, double size, double x, double y)
    {
        var start = 0;
        while (start < text.Length)
        {
            var ascii = text[start] < 128;
            var end = start;
            while (end < text.Length && (text[end] < 128) == ascii) end++;
            var letters = page.AddText(text.Substring(start, end - start), size, new PdfPoint(x, Height - y), ascii ? digits : font);
            x = letters[letters.Count - 1].EndBaseLine.X;
            start = end;
        }
    }

    /// <summary>The indicator rows a generated table's PDF prints (all, or those before the dropped page).</summary>
    public static int PrintedRows(GeneratedEvaluation e) => e.Layout.DropLastPage ? Math.Min(e.Layout.RowsBeforeBreak, e.Indicators.Count) : e.Indicators.Count;

    private sealed class Writer
    {
        private readonly GeneratedPdf _pdf;
        private readonly GeneratedEvaluation _e;
        private PdfPageBuilder _page;
        private double _y;

        private readonly bool _borders;

        public Writer(GeneratedPdf pdf, GeneratedEvaluation e, bool borders)
        {
            _borders = borders;
            _pdf = pdf;
            _e = e;
            _page = pdf.NewPage();
            _first = _page;
            _y = PageTop;
            // A font copy per table: PdfPig writes a TrueType font as a simple font of at most 255 characters.
            _font = pdf.AddCjkFont();
        }

        private readonly PdfDocumentBuilder.AddedFont _font;

        private readonly PdfPageBuilder _first;

        /// <summary>True while drawing on the table's first page when that page is not obtained: nothing of it is printed.</summary>
        private bool Hidden => _e.Layout.DropFirstPage && _page == _first;

        public void Write()
        {
            Text(_e.Title, 12, 200, _y);
            _y += 20;
            Text("单位：万元", Size, 500, _y);
            _y += 10;
            var a = X0 + 90;
            var b = a + 80;
            var step = (X1 - b) / 6;
            Row(18, (X0, a, "项目名称"), (a, X1, _e.Project));
            Row(18, (X0, a, "主管部门"), (a, b + (2 * step), _e.Department), (b + (2 * step), b + (3 * step), "实施单位"), (b + (3 * step), X1, _e.Implementer));
            var fundsTop = _y;
            var headers = new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分" };
            Row(20, Enumerable.Range(0, 6).Select(k => (b + (k * step), b + ((k + 1) * step), headers[k])).Prepend((a, b, string.Empty)).ToArray());
            foreach (var f in _e.Funds) Row(16, Enumerable.Range(0, 6).Select(k => (b + (k * step), b + ((k + 1) * step), f.Cells[k] ?? string.Empty)).Prepend((a, b, f.Name)).ToArray());
            Cell(X0, fundsTop, a, _y, "项目资金（万元）", true);
            var goalsTop = _y;
            var mid = (a + X1) / 2;
            Row(16, (a, mid, "预期目标"), (mid, X1, "实际完成情况"));
            var goalHeight = Math.Max(Lines(_e.ExpectedGoal, mid - a).Count, Lines(_e.ActualGoal, X1 - mid).Count) * Leading + 6;
            Row(goalHeight, (a, mid, _e.ExpectedGoal), (mid, X1, _e.ActualGoal));
            Cell(X0, goalsTop, a, _y, "年度总体目标", true);

            var columns = _e.Columns;
            var widths = columns.Select(c => c switch
            {
                "一级指标" => 48.0, "二级指标" => 52.0, "三级指标" => 0.0, "指标性质" => 26.0, "指标方向" => 30.0, "年度指标值" => 48.0, "实际完成值" => 48.0,
                "计量单位" => 26.0, "分值" => 24.0, "得分" => 24.0, _ => 70.0,
            }).ToArray();
            widths[Array.IndexOf(columns.ToArray(), "三级指标")] = (X1 - X0) - widths.Sum();
            var xs = new double[columns.Count + 1];
            xs[0] = X0;
            for (var k = 0; k < columns.Count; k++) xs[k + 1] = xs[k] + widths[k];
            Header(columns, xs);
            var printed = PrintedRows(_e);
            var starts = new List<(int Row, double Top, double Bottom, int Page)>();
            var page = 0;
            _e.FirstPageRows = printed;
            for (var r = 0; r < printed; r++)
            {
                var i = _e.Indicators[r];
                var height = Math.Max(16, columns.Select((c, k) => c is "一级指标" or "二级指标" ? 1 : Lines(GeneratedEvaluation.Cell(i, c), widths[k]).Count).Max() * Leading + 6);
                if (r == _e.Layout.RowsBeforeBreak || _y + height > PageBottom)
                {
                    if (_e.Layout.DropLastPage) break;
                    if (page == 0) _e.FirstPageRows = r;
                    _page = _pdf.NewPage();
                    page++;
                    _y = PageTop;
                    if (_e.Layout.RepeatHeader) Header(columns, xs);
                }
                for (var k = 0; k < columns.Count; k++)
                {
                    if (columns[k] is "一级指标" or "二级指标") continue;
                    Cell(xs[k], _y, xs[k + 1], _y + height, GeneratedEvaluation.Cell(i, columns[k]), !_e.Layout.ValuesAtTop);
                }
                starts.Add((r, _y, _y + height, page));
                _y += height;
            }
            // 一级 and 二级 cells merged down over the rows of their group, one piece per page.
            foreach (var column in new[] { "一级指标", "二级指标" })
            {
                var k = Array.IndexOf(columns.ToArray(), column);
                var runs = starts.GroupBy(s => (Label: Group(column, s.Row), s.Page)).ToList();
                // Consecutive runs only: a label that comes back later is a new group (never happens in a real table).
                foreach (var run in runs)
                {
                    var first = run.First();
                    var last = run.Last();
                    var label = column == "一级指标" ? _e.Indicators[first.Row].Level1 : _e.Indicators[first.Row].Level2;
                    var startsGroup = first.Row == 0 || Group(column, first.Row - 1) != run.Key.Label;
                    Draw(run.Key.Page, xs[k], first.Top, xs[k + 1], last.Bottom, startsGroup || _e.Layout.LabelOnEveryPage ? label : string.Empty);
                }
            }
            if (printed < _e.Indicators.Count) return;
            var weightColumn = Array.IndexOf(columns.ToArray(), "分值");
            if (_y + 18 > PageBottom)
            {
                _page = _pdf.NewPage();
                _y = PageTop;
            }
            Cell(xs[0], _y, xs[weightColumn], _y + 18, "总分", true);
            Cell(xs[weightColumn], _y, xs[weightColumn + 1], _y + 18, _e.TotalWeight, true);
            Cell(xs[weightColumn + 1], _y, xs[weightColumn + 2], _y + 18, _e.TotalScore, true);
            Cell(xs[weightColumn + 2], _y, X1, _y + 18, string.Empty, true);
            _y += 30;
        }

        private string Group(string column, int row) => column == "一级指标" ? _e.Indicators[row].Level1 : _e.Indicators[row].Level1 + "/" + _e.Indicators[row].Level2;

        private readonly List<PdfPageBuilder> _pages = new();

        private void Draw(int pageOfTable, double x1, double y1, double x2, double y2, string text)
        {
            var saved = _page;
            _page = PageOf(pageOfTable);
            Cell(x1, y1, x2, y2, text, true);
            _page = saved;
        }

        private PdfPageBuilder PageOf(int pageOfTable) => _pages[pageOfTable];

        private void Header(IReadOnlyList<string> columns, double[] xs)
        {
            if (!_pages.Contains(_page)) _pages.Add(_page);
            var height = 30.0;
            for (var k = 0; k < columns.Count; k++) Cell(xs[k], _y, xs[k + 1], _y + height, columns[k], true);
            _y += height;
        }

        private void Row(double height, params (double Left, double Right, string Text)[] cells)
        {
            foreach (var (left, right, text) in cells) Cell(left, _y, right, _y + height, text, true);
            _y += height;
        }

        private void Cell(double x1, double y1, double x2, double y2, string text, bool centred)
        {
            if (!_pages.Contains(_page)) _pages.Add(_page);
            Line(x1, y1, x2, y1);
            Line(x1, y2, x2, y2);
            Line(x1, y1, x1, y2);
            Line(x2, y1, x2, y2);
            if (text.Length == 0) return;
            var lines = Lines(text, x2 - x1);
            var top = centred ? ((y1 + y2) / 2) - (lines.Count * Leading / 2) : y1 + 2;
            for (var n = 0; n < lines.Count; n++) Text(lines[n], Size, x1 + 2, top + ((n + 1) * Leading) - 2);
        }

        private void Line(double x1, double y1, double x2, double y2)
        {
            if (_borders && !Hidden) _page.DrawLine(new PdfPoint(x1, Height - y1), new PdfPoint(x2, Height - y2), 0.5);
        }

        private void Text(string text, double size, double x, double y)
        {
            if (!Hidden) Print(_font, _pdf.Digits, _page, text, size, x, y);
        }

        /// <summary>The text wrapped to the cell's width (CJK letters a full em, ASCII about half).</summary>
        private List<string> Lines(string text, double width)
        {
            var lines = new List<string>();
            var line = string.Empty;
            double used = 0;
            foreach (var c in text)
            {
                var w = c < 128 ? Size * 0.56 : Size;
                if (used + w > width - 4 && line.Length > 0)
                {
                    lines.Add(line);
                    line = string.Empty;
                    used = 0;
                }
                line += c;
                used += w;
            }
            if (line.Length > 0) lines.Add(line);
            return lines;
        }
    }
}
