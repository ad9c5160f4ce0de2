using System;
using System.IO;
using System.Linq;
using FinalAccounts.Review.Batch;
using Spectre.Console;

namespace FinalAccounts.Cli.Review;

/// <summary>The summary of a run for people: a Spectre.Console table on a terminal, aligned plain text otherwise.</summary>
internal static class SummaryTable
{
    private static readonly string[] s_header = { "报告", "单位", "错误", "警告", "舍入提示", "表格", "列示数字", "导入提示" };

    public static void Write(BatchSummary summary, TextWriter w)
    {
        var rows = summary.Reports.Select(r => r.Problem != null
            ? new[] { r.Name, "无法读取：" + r.Problem, "", "", "", "", "", "" }
            : new[] { r.Name, r.UnitName, N(r.Errors), N(r.Warnings), N(r.Infos), N(r.Tables), N(r.Figures), N(r.ImportNotes) }).ToList();
        var totals = new[] { "合计", summary.Reports.Count + " 份报告", N(summary.Errors), N(summary.Warnings), N(summary.Infos), N(summary.Tables), N(summary.Figures), N(summary.ImportNotes) };
        if (ReferenceEquals(w, Console.Out) && !Console.IsOutputRedirected)
        {
            var table = new Table().Border(TableBorder.Rounded);
            for (var i = 0; i < s_header.Length; i++) table.AddColumn(new TableColumn(s_header[i]) { Alignment = i >= 2 ? Justify.Right : Justify.Left });
            foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
            table.AddRow(totals.Select(t => "[bold]" + Markup.Escape(t) + "[/]").ToArray());
            AnsiConsole.Write(table);
            return;
        }
        w.WriteLine(string.Join("\t", s_header));
        foreach (var row in rows) w.WriteLine(string.Join("\t", row));
        w.WriteLine(string.Join("\t", totals));
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
