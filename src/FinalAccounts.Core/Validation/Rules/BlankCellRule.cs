using System.Collections.Generic;
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
        var tables = report.Tables;
        List<StatedFigure>? narrative = null;
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            if (StandardTable.Of(table.Title) is not { MayBeEmpty: true } standard) continue;
            var printed = false;
            var cells = table.Cells;
            for (var i = 0; i < cells.Count && !printed; i++) printed = cells[i].Key.Basis == ReportVocabulary.Actual;
            // Gathered only when the report publishes a table that may be empty (三公, 政府性基金, 国有资本经营).
            narrative ??= Stated(report);
            var concepts = standard.Concepts;
            for (var c = 0; c < concepts.Count; c++)
            {
                if (FirstOf(narrative, concepts[c]) is not StatedFigure stated) continue;
                // The message (and what it captures) is made only for a finding.
                if (printed) context.Record(stated, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                else Blank(context, stated, table);
            }
        }
    }

    /// <summary>
    /// The 说明's nonzero 决算 money figures for the whole unit (no 功能分类 path, no item), in the order of
    /// <see cref="StandardTable.NarrativeFigures"/>: each sentence's figures, then its breakdowns' parts.
    /// </summary>
    private static List<StatedFigure> Stated(FinalAccountsReport report)
    {
        var stated = new List<StatedFigure>();
        var statements = report.Statements;
        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s];
            var figures = statement.Figures;
            for (var f = 0; f < figures.Count; f++)
            {
                if (IsStated(figures[f])) stated.Add(figures[f]);
            }
            var explanations = statement.Explanations;
            for (var e = 0; e < explanations.Count; e++)
            {
                var parts = explanations[e].Parts;
                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p].Figure is StatedFigure figure && IsStated(figure)) stated.Add(figure);
                }
            }
        }
        return stated;
    }

    private static bool IsStated(StatedFigure f)
        => f.Key.Basis == ReportVocabulary.Actual && f.Key.FunctionPath.Length == 0 && f.Key.Item.Length == 0 && f.IsMoney && f.Amount.Value != 0m;

    private static StatedFigure? FirstOf(List<StatedFigure> stated, string concept)
    {
        for (var i = 0; i < stated.Count; i++)
        {
            if (stated[i].Key.Concept == concept) return stated[i];
        }
        return null;
    }

    private static void Blank(RuleContext context, StatedFigure stated, ReportTable table)
        => context.Record(stated, CheckResult.Match(false), new StatedFigure[0], () => (
            stated.Key + " 在说明中列示 " + stated.Value + stated.Unit + "，而表“" + table.Title + "”" + (table.Cells.Count == 0 ? "无数据" : "的决算数一栏为空") + "（即为0），两处矛盾。",
            stated.Key.Concept + " is stated as " + stated.Value + stated.Unit + " in the 说明, but table " + table.Title + " leaves it blank (0)."));
}
