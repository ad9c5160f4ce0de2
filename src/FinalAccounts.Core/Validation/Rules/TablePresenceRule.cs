using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The nine tables of the 部门决算 template are all published (FA1160), and one published without data says why
/// (FA1161: the template keeps the table and prints "本单位…没有…，故本表无数据" under it). Runs only on a report whose
/// tables were transcribed or imported (FA1160: at least five of the nine): a report whose tables stand in an annex not
/// transcribed (the seed's "见附件"), or a transcription of a few tables, is not accused of leaving the others out. Only 三公, 政府性基金 and 国有资本经营 may be empty:
/// a 收入支出决算总表 without cells is an import's failure to read it (an FA4xxx note), not the report's.
/// </summary>
internal sealed partial class TablePresenceRule : IReportRule
{
    private readonly bool _emptyOnes;

    public TablePresenceRule(RuleDescriptor descriptor, bool emptyOnes)
    {
        Descriptor = descriptor;
        _emptyOnes = emptyOnes;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        // By template number: the first table of each standard one.
        var published = new (ReportTable? Table, int Index)[StandardTable.All.Count];
        var count = 0;
        var tables = report.Tables;
        for (var i = 0; i < tables.Count; i++)
        {
            if (StandardTable.Of(tables[i].Title) is { } standard && published[standard.Number - 1].Table == null)
            {
                published[standard.Number - 1] = (tables[i], i);
                count++;
            }
        }
        // A report with fewer than five of the nine is a partial transcription (or an annex not transcribed), not a
        // publication that left tables out: FA1160 judges only a table part that is there as a whole.
        if (count == 0 || (!_emptyOnes && count < 5)) return;
        var all = StandardTable.All;
        for (var s = 0; s < all.Count; s++)
        {
            var standard = all[s];
            var t = published[standard.Number - 1];
            var found = t.Table != null;
            if (!_emptyOnes)
            {
                var ok = found || standard.IsDeclaredEmpty(report, null);
                // A passed check keeps no figure: the marker, its location and the message are made only for a finding.
                if (ok) context.Record(s_passed, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                else Unpublished(context, report, standard);
            }
            else if (found && standard.MayBeEmpty && t.Table!.Cells.Count == 0)
            {
                if (standard.IsDeclaredEmpty(report, t.Table)) context.Record(s_passed, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                else Undeclared(context, standard, t.Table, t.Index);
            }
        }
    }

    private static readonly StatedFigure s_passed = new(new FigureKey("标准表格", "标准表格"), string.Empty, string.Empty, new FigureLocation("report", string.Empty, string.Empty, string.Empty, "$"));

    private static void Unpublished(RuleContext context, FinalAccountsReport report, StandardTable standard)
    {
        var at = new FigureLocation("report", report.Info.Title, string.Empty, string.Empty, "$.tables");
        context.Record(Marker(standard, at), CheckResult.Match(false), System.Array.Empty<StatedFigure>(), () => (
            "未公开第" + standard.Number + "张标准表格“" + standard.Name + "”，报告也未说明该表为空的原因（模板要求九张表全部公开，无数据的表保留表格并注明“本单位…没有…，故本表无数据”）。",
            "standard table " + standard.Number + " (" + standard.Name + ") is not published and the report does not say why: the template publishes all nine, an empty one with a statement under it."));
    }

    private static void Undeclared(RuleContext context, StandardTable standard, ReportTable table, int index)
    {
        var at = new FigureLocation(table.Id, table.Title, string.Empty, string.Empty, "$.tables[" + index + "]", page: table.Page);
        context.Record(Marker(standard, at), CheckResult.Match(false), System.Array.Empty<StatedFigure>(), () => (
            "表“" + table.Title + "”没有数据，但报告未说明原因（模板要求在表下注明“本单位…没有…，故本表无数据”）。",
            "table " + table.Title + " has no data and the report does not say why (the template asks for a statement under it)."));
    }

    private static StatedFigure Marker(StandardTable standard, FigureLocation at) =>
        new(new FigureKey(standard.Name, "标准表格"), standard.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty, at);
}
