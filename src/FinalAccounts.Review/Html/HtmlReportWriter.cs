using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Review.Batch;
using FinalAccounts.Validation;

namespace FinalAccounts.Review.Html;

/// <summary>
/// One self-contained HTML page (lang zh-CN, inline CSS and script, nothing fetched) for a checked report: the summary,
/// the findings grouped by severity with their Chinese messages, every standard table with the cells a finding names
/// highlighted (the stated figure in its severity's colour, its inputs in green), and the 说明's sentences with their
/// figures marked. Hovering a highlighted figure shows the rule, the expected interval and the exact value; clicking a
/// figure or a finding shows them in a panel, and clicking a finding scrolls to its figure and outlines it.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the page for <paramref name="report"/> (which must have been read: <see cref="ReviewedReport.Check"/> not null).</summary>
    public static void Write(ReviewedReport report, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(report);
        var check = report.Check ?? throw new ArgumentException("the report could not be read: " + report.Problem, nameof(report));
        var ids = new FigureIds(check);
        var info = check.Report.Info;
        var title = info.UnitName + " " + info.Year + "年度决算 核对结果";
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<title>" + E(title) + "</title>\n<style>\n" + Page.Style + "\n</style>\n</head>\n<body>\n");
        w.Write("<h1>" + E(title) + "</h1>\n<div class=\"file\">" + E(report.File.Path) + "</div>\n");
        Summary(report.Summary, w);
        Findings(check, ids, w);
        Tables(check.Report, ids, w);
        Statements(check.Report, ids, w);
        Others(ids, w);
        Notes(report, w);
        w.Write("<div id=\"detail\" role=\"dialog\"><button id=\"detail-close\" aria-label=\"关闭\">×</button><div id=\"detail-text\"></div></div>\n");
        w.Write("<script>\n" + Page.Script + "\n</script>\n</body>\n</html>\n");
    }

    internal static string Label(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };

    internal static string Css(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    private static void Summary(ReportSummary s, TextWriter w)
    {
        w.Write("<h2>概况</h2>\n<table class=\"summary\"><tr><th>错误</th><th>警告</th><th>舍入提示</th><th>表格</th><th>列示数字</th><th>导入提示</th></tr>\n");
        w.Write($"<tr><td>{s.Errors}</td><td>{s.Warnings}</td><td>{s.Infos}</td><td>{s.Tables}</td><td>{s.Figures}</td><td>{s.ImportNotes}</td></tr></table>\n");
        w.Write("<p class=\"legend\">图例：<span class=\"error\">错误所涉列示数</span><span class=\"warning\">警告所涉列示数</span><span class=\"info\">舍入提示所涉列示数</span><span class=\"input\">计算依据（输入数）</span></p>\n");
    }

    private static void Findings(CheckReport check, FigureIds ids, TextWriter w)
    {
        w.Write("<h2 id=\"findings\">核对发现</h2>\n");
        if (check.Findings.Count == 0) w.Write("<p>未发现不一致。</p>\n");
        var index = check.Findings.Select((f, i) => (f, i)).ToList();
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var group = index.Where(x => x.f.Severity == severity).ToList();
            if (group.Count == 0) continue;
            w.Write($"<h3 id=\"{Css(severity)}\">{Label(severity)}（{group.Count}）</h3>\n<ol class=\"findings\">\n");
            foreach (var (f, i) in group)
            {
                var inputs = string.Join(" ", f.Inputs.Select(ids.Of).Distinct());
                w.Write($"<li id=\"finding-{i}\" class=\"sev-{Css(severity)}\" data-rule=\"{f.RuleId}\" data-stated=\"{ids.Of(f.Stated)}\" data-inputs=\"{inputs}\">");
                w.Write($"<span class=\"rule\">{Label(severity)} {f.RuleId}</span><span class=\"where\">{E(f.Location.ToString())}</span><br>");
                w.Write($"<span class=\"figs\">列示 {E(f.Stated.ToString())}　{E(Expected(f, "　"))}</span><br>");
                w.Write("<span class=\"message\">" + E(f.Message) + "</span></li>\n");
            }
            w.Write("</ol>\n");
        }
    }

    private static void Tables(FinalAccountsReport report, FigureIds ids, TextWriter w)
    {
        if (report.Tables.Count == 0) return;
        w.Write("<h2 id=\"tables\">报表</h2>\n");
        foreach (var table in report.Tables)
        {
            w.Write("<h3>" + E(table.Id + " " + table.Title) + "<small>（单位：" + E(CurrencyUnitSymbol.Format(table.Unit)) + "）</small>" + "</h3>\n");
            var columns = table.Cells.Select(c => c.Location.Column).Distinct().ToList();
            // Rows by first appearance; a second cell for the same row and column (a row label printed twice) opens a new row.
            var rows = new List<(string Label, Dictionary<string, StatedFigure> Cells)>();
            foreach (var cell in table.Cells)
            {
                var label = cell.Location.Row;
                var row = rows.LastOrDefault(r => r.Label == label && !r.Cells.ContainsKey(cell.Location.Column));
                if (row.Cells is null)
                {
                    row = (label, new Dictionary<string, StatedFigure>());
                    rows.Add(row);
                }
                row.Cells[cell.Location.Column] = cell;
            }
            w.Write("<table><tr><th>项目</th>");
            foreach (var c in columns) w.Write("<th>" + E(c) + "</th>");
            w.Write("</tr>\n");
            foreach (var (label, cells) in rows)
            {
                w.Write("<tr><td class=\"label\">" + E(label) + "</td>");
                foreach (var c in columns)
                {
                    if (cells.TryGetValue(c, out var figure)) w.Write(FigureElement("td", figure, ids, figure.Value, "num"));
                    else w.Write("<td></td>");
                }
                w.Write("</tr>\n");
            }
            w.Write("</table>\n");
        }
    }

    private static void Statements(FinalAccountsReport report, FigureIds ids, TextWriter w)
    {
        if (report.Statements.Count == 0) return;
        w.Write("<h2 id=\"statements\">情况说明</h2>\n");
        string? section = null, subsection = null;
        foreach (var s in report.Statements)
        {
            if (s.Section != section)
            {
                section = s.Section;
                subsection = null;
                w.Write("<h3>" + E(s.Section) + "</h3>\n");
            }
            if (s.Subsection.Length > 0 && s.Subsection != subsection)
            {
                subsection = s.Subsection;
                w.Write("<h4>" + E(s.Subsection) + "</h4>\n");
            }
            var figures = s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)).ToList();
            var (marked, unplaced) = SentenceMarks.Place(s.Sentence, figures);
            w.Write("<p class=\"sentence\" data-statement=\"" + E(s.Id) + "\">");
            var at = 0;
            foreach (var (start, length, placed) in marked)
            {
                w.Write(E(s.Sentence.Substring(at, start - at)));
                // Figures sharing one printed number nest, so each keeps its own element (and highlight).
                var element = FigureElement("mark", placed[^1], ids, s.Sentence.Substring(start, length), null);
                for (var i = placed.Count - 2; i >= 0; i--) element = FigureElement("mark", placed[i], ids, null, null, element);
                w.Write(element);
                at = start + length;
            }
            w.Write(E(s.Sentence.Substring(at)));
            if (unplaced.Count > 0)
            {
                w.Write(" <span class=\"unplaced\">（句中未定位的列示数：");
                foreach (var figure in unplaced) w.Write(FigureElement("span", figure, ids, figure.ToString(), null) + " ");
                w.Write("）</span>");
            }
            w.Write("</p>\n");
        }
    }

    private static void Others(FigureIds ids, TextWriter w)
    {
        if (ids.Others.Count == 0) return;
        w.Write("<h2 id=\"others\">其他列示数字（绩效自评表等）</h2>\n<table><tr><th>位置</th><th>项目</th><th>列示</th></tr>\n");
        foreach (var figure in ids.Others)
        {
            w.Write("<tr><td>" + E(figure.Location.ToString()) + "</td><td>" + E(figure.Key.Concept + "（" + figure.Key.Basis + "）") + "</td>");
            w.Write(FigureElement("td", figure, ids, figure.ToString(), "num") + "</tr>\n");
        }
        w.Write("</table>\n");
    }

    private static void Notes(ReviewedReport report, TextWriter w)
    {
        var notes = report.Import?.Notes;
        if (notes is null || notes.Count == 0) return;
        w.Write("<h2 id=\"notes\">导入提示（导入时未能确定、未读取的内容，请人工核对）</h2>\n<ul>\n");
        foreach (var n in notes) w.Write("<li>" + E(n.ToString()) + "</li>\n");
        w.Write("</ul>\n");
    }

    /// <summary>A figure as an element; a figure some finding names carries classes, the hover text and the click detail.</summary>
    private static string FigureElement(string tag, StatedFigure figure, FigureIds ids, string? text, string? cssClass, string? innerHtml = null)
    {
        var id = ids.Of(figure);
        var uses = ids.UsesOf(id);
        var classes = new List<string>();
        if (cssClass != null) classes.Add(cssClass);
        classes.Add("fig");
        var attributes = string.Empty;
        if (uses.Count > 0)
        {
            var stated = uses.Where(u => u.Stated).Select(u => u.Finding.Severity).DefaultIfEmpty().ToList();
            if (uses.Any(u => u.Stated)) classes.Add("stated sev-" + Css(stated.Max()));
            if (uses.Any(u => !u.Stated)) classes.Add("input");
            var detail = string.Join("\n", uses.Select(u => u.Stated
                ? $"{u.Finding.RuleId} {Label(u.Finding.Severity)}：列示 {u.Finding.Stated}，{Expected(u.Finding, "，")}"
                : $"{u.Finding.RuleId} 计算依据：{u.Finding.Stated.Key.Concept}（{u.Finding.Stated.Key.Basis}）列示 {u.Finding.Stated}，{Expected(u.Finding, "，")}"));
            attributes = $" title=\"{E(detail)}\" data-detail=\"{E(detail)}\" data-key=\"{E(figure.Key.ToString())}\" data-value=\"{E(figure.Value)}\"";
        }
        return $"<{tag} id=\"{id}\" class=\"{string.Join(" ", classes)}\"{attributes}>{innerHtml ?? E(text ?? string.Empty)}</{tag}>";
    }

    // What the finding expected: an interval and the exact value for a recomputation; words for a yes/no verdict or a
    // rate on a zero base, which have no interval to show.
    internal static string Expected(Finding f, string separator) => f.Result.Kind switch
    {
        FinalAccounts.Money.VerdictKind.Interval => "应为 " + Interval(f) + separator + "精确计算 " + Number(f.Result.Exact),
        FinalAccounts.Money.VerdictKind.UndefinedRate => "基数为 0，比率无定义",
        _ => "与对应列示不一致",
    };

    internal static string Interval(Finding f) => "[" + Number(f.Result.Expected.Min) + ", " + Number(f.Result.Expected.Max) + "]";

    internal static string Number(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
