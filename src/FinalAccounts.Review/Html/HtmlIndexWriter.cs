using System;
using System.IO;
using System.Net;
using FinalAccounts.Review.Batch;

namespace FinalAccounts.Review.Html;

/// <summary>The index page of a run over several reports: the summary table, each report linking to its page.</summary>
public static class HtmlIndexWriter
{
    /// <summary>
    /// Writes the index of <paramref name="summary"/>; <paramref name="link"/> gives each report's page as a URL relative
    /// to the index (null for an unreadable report, which shows its problem instead).
    /// </summary>
    public static void Write(BatchSummary summary, Func<ReportSummary, string?> link, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(link);
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>决算核对结果汇总</title>\n<style>\n" + Page.Style + "\n</style>\n</head>\n<body>\n");
        w.Write($"<h1>决算核对结果汇总</h1>\n<p>{summary.Reports.Count} 份报告：{summary.Errors} 个错误，{summary.Warnings} 个警告，{summary.Infos} 个舍入提示，{summary.Unreadable} 份无法读取。</p>\n");
        w.Write("<table class=\"summary\" id=\"reports\"><tr><th>报告</th><th>单位</th><th>年度</th><th>错误</th><th>警告</th><th>舍入提示</th><th>表格</th><th>列示数字</th><th>导入提示</th></tr>\n");
        foreach (var r in summary.Reports)
        {
            var href = link(r);
            var name = href is null ? E(r.Name) : $"<a href=\"{E(href)}\">{E(r.Name)}</a>";
            if (r.Problem != null)
            {
                w.Write($"<tr><td>{name}</td><td colspan=\"8\" class=\"unplaced\" style=\"text-align:left\">无法读取：{E(r.Problem)}</td></tr>\n");
                continue;
            }
            w.Write($"<tr><td>{name}</td><td>{E(r.UnitName)}</td><td>{r.Year}</td><td>{r.Errors}</td><td>{r.Warnings}</td><td>{r.Infos}</td><td>{r.Tables}</td><td>{r.Figures}</td><td>{r.ImportNotes}</td></tr>\n");
        }
        w.Write($"<tr><th>合计</th><th></th><th></th><th>{summary.Errors}</th><th>{summary.Warnings}</th><th>{summary.Infos}</th><th>{summary.Tables}</th><th>{summary.Figures}</th><th>{summary.ImportNotes}</th></tr>\n</table>\n</body>\n</html>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
