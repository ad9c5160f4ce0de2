using System.IO;
using System.Linq;
using FinalAccounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// Laws over generated 预算 说明 tables (<see cref="GeneratedBudgetTable"/>: every section and header family, plain or
/// turned, blank cells empty or "-"): "a generated 预算 说明 table never puts a value in another cell" — with values
/// nudged within their column, every figure read is one a printed cell states, at its row and on its column's basis —
/// and "reads back exactly": without nudges, in words laid out by hand, in a PDF and in a workbook, the figures read
/// are exactly those the printed cells state, and no table is left out.
/// </summary>
public sealed class BudgetNarrativeTableProperties
{
    private static string[] Read(ImportResult result)
        => result.Report.Statements.Where(s => s.Id.StartsWith("B.2-T", System.StringComparison.Ordinal))
            .SelectMany(s => s.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Key.Scope + " = " + f.Value + " " + f.Unit))
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    private static Property Exactly(GeneratedBudgetTable t, ImportResult result)
    {
        var read = Read(result);
        var expected = t.Expected();
        var whole = result.Notes.Where(n => n.Id == ImportNotes.BudgetTableNotRead).Select(n => n.Message).ToList();
        return (read.SequenceEqual(expected) && whole.Count == 0)
            .Label("read: " + string.Join("; ", read) + " ≠ printed: " + string.Join("; ", expected) + " " + string.Join(" ", whole));
    }

    [Property(MaxTest = 300)]
    public Property A_generated_budget_table_never_puts_a_value_in_another_cell()
        => Prop.ForAll(GeneratedBudgetTable.Tables(nudged: true).ToArbitrary(), t =>
        {
            var read = Read(BudgetTableRenderers.Hand(t));
            var expected = t.Expected();
            return read.All(expected.Contains).Label("read ⊆ printed: " + string.Join("; ", read.Except(expected)));
        });

    [Property(MaxTest = 200)]
    public Property A_generated_budget_table_reads_back_exactly()
        => Prop.ForAll(GeneratedBudgetTable.Tables(nudged: false).ToArbitrary(), t => Exactly(t, BudgetTableRenderers.Hand(t)));

    /// <summary>
    /// Law: a generated table whose own-year or previous-year money column is headed by a word whose basis a 预算 cannot
    /// tell (a 决算 word, or a year two years back) is left out whole — no figure of it read — with an FA4041 note.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property A_generated_budget_table_with_an_unsure_header_is_left_out_whole()
        => Prop.ForAll(GeneratedBudgetTable.Tables(nudged: false).Where(t => !GeneratedBudgetTable.Topics[t.Topic].Counts).ToArbitrary(),
            Gen.Elements("决算数", "年初预算数", "2023年预算数", "2024年决算数", "完成率").ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (t, word, column) =>
            {
                // The label of column 0 or 1 (a plain table's header line 3, a turned one's group line 3) becomes the unsure word.
                var grid = t.Grid();
                var header = grid.Where(w => w.Line == 3 && w.Column > 0).OrderBy(w => w.Column).ToList();
                grid[grid.IndexOf(header[column])] = header[column] with { Text = word };
                var result = BudgetTableRenderers.Hand(grid);
                var read = Read(result);
                return (read.Length == 0 && result.Notes.Any(n => n.Id == ImportNotes.BudgetTableNotRead))
                    .Label("read: " + string.Join("; ", read) + "; notes: " + string.Join(" ", result.Notes.Select(n => n.Id)));
            });

    [SkippableFact]
    public void A_generated_budget_table_reads_back_exactly_from_a_pdf()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedBudgetTable.Tables(nudged: false).ToArbitrary(), t => Exactly(t, ReportImporter.ImportPdf(BudgetTableRenderers.Pdf(t), "budget.pdf")))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [SkippableFact]
    public void A_generated_budget_table_in_a_pdf_never_puts_a_value_in_another_cell()
    {
        CjkFont.Require();
        Prop.ForAll(GeneratedBudgetTable.Tables(nudged: true).ToArbitrary(), t =>
        {
            var read = Read(ReportImporter.ImportPdf(BudgetTableRenderers.Pdf(t), "budget.pdf"));
            return read.All(t.Expected().Contains).Label("read ⊆ printed: " + string.Join("; ", read.Except(t.Expected())));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void A_generated_budget_table_reads_back_exactly_from_a_workbook()
        => Prop.ForAll(GeneratedBudgetTable.Tables(nudged: false).ToArbitrary(), t => Exactly(t, ReportImporter.ImportXlsx(new MemoryStream(BudgetTableRenderers.Xlsx(t)), "budget.xlsx")))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
}
