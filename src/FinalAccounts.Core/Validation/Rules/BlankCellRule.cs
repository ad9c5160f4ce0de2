using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A figure the 说明 states as nonzero stands in its table (三公经费 and its parts in the 三公 table, the 政府性基金 and
/// 国有资本经营 totals in theirs): a table whose 决算 is blank throughout (published empty, or only its 预算数 printed) says
/// it is 0, so one of the two is wrong. Only a table with no 决算 cell at all is judged: one blank cell beside printed ones
/// may be a transcription that typed only some rows. A cell printed as 0 is FA1030's (two places disagree). Runs only where
/// that table is published; located at the 说明's figure.
/// </summary>
internal sealed partial class BlankCellRule : IReportRule
{
    public BlankCellRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        List<StatedFigure>? narrative = null;
        foreach (var table in report.Tables)
        {
            if (StandardTable.Of(table.Title) is not { MayBeEmpty: true } standard) continue;
            // Gathered only when the report publishes a table that may be empty (三公, 政府性基金, 国有资本经营).
            narrative ??= StandardTable.NarrativeFigures(report).Where(f => f.IsMoney && f.Key.Basis == ReportVocabulary.Actual).ToList();
            var printed = table.Cells.Any(c => c.Key.Basis == ReportVocabulary.Actual);
            foreach (var concept in standard.Concepts)
            {
                var stated = narrative.FirstOrDefault(f => f.Key.Concept == concept && f.Key.FunctionPath.Length == 0 && f.Key.Item.Length == 0 && f.Amount.Value != 0m);
                if (stated == null)
                {
                    continue;
                }
                // The message (and what it captures) is made only for a finding.
                if (printed) context.Record(stated, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), s_noMessage);
                else Blank(context, stated, table);
            }
        }
    }

    private static readonly System.Func<(string, string)> s_noMessage = () => (string.Empty, string.Empty);

    private static void Blank(RuleContext context, StatedFigure stated, ReportTable table)
        => context.Record(stated, CheckResult.Match(false), new StatedFigure[0], () => (
            stated.Key + " 在说明中列示 " + stated.Value + stated.Unit + "，而表“" + table.Title + "”" + (table.Cells.Count == 0 ? "无数据" : "的决算数一栏为空") + "（即为0），两处矛盾。",
            stated.Key.Concept + " is stated as " + stated.Value + stated.Unit + " in the 说明, but table " + table.Title + " leaves it blank (0)."));
}
