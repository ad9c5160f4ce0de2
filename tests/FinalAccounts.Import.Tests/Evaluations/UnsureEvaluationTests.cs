using System.IO;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>What the 自评表 import will not guess: a table it cannot place cell by cell is left out whole, with its note.</summary>
public sealed class UnsureEvaluationTests
{
    private static GeneratedEvaluation Table(int seed = 3) => new(EvaluationTemplate.Central, new EvaluationLayout(true, false, false, false, 20, false), seed);

    [SkippableFact]
    public void A_table_printed_without_borders_is_left_out_with_FA4030()
    {
        CjkFont.Require();
        var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(false, Table()), "borderless.pdf");
        Assert.Empty(result.Report.Evaluations);
        var note = Assert.Single(result.Notes, n => n.Id == ImportNotes.EvaluationNotRead);
        Assert.Contains("no ruled grid", note.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_score_is_not_printed_never_0()
    {
        var table = Table();
        var at = table.Indicators.FindIndex(i => i.Nature == "定性");
        var row = table.Indicators[at];
        table.Indicators[at] = row with { Score = string.Empty };
        var result = ReportImporter.ImportXlsx(new MemoryStream(EvaluationXlsxRenderer.Render(table)), "blank-score.xlsx");
        var imported = Assert.Single(result.Report.Evaluations);
        Assert.Null(imported.Indicators[at].Score);
        Assert.Null(imported.Indicators[at].ScorePoints);
        // The written report keeps it blank (null), and reads back so.
        Assert.Contains("\"score\": null", result.Json, System.StringComparison.Ordinal);
        Assert.Null(ReportReader.Parse(result.Json, "blank.json").Evaluations[0].Indicators[at].Score);
        // Not 0: the blank 定性 row is not accused of anything, and the total (whose part for it is unknown) is not judged.
        var findings = FinalAccounts.Scoring.EvaluationChecker.CheckAll(result.Report).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId is "FA2004" or "FA2020" && f.Stated.Location.Row == row.Level3);
        Assert.DoesNotContain(findings, f => f.RuleId is "FA2004");
        var comparison = FinalAccounts.Scoring.EvaluationVerifier.Compare(imported, FinalAccounts.Scoring.ScoringPolicy.National);
        Assert.Null(comparison.Total);
        Assert.DoesNotContain(comparison.Indicators, c => c.Indicator == imported.Indicators[at]);
    }

    [Fact]
    public void A_value_in_a_unit_no_table_uses_is_kept_as_words_with_FA4031()
    {
        var table = Table();
        var row = table.Indicators.First(i => i.Nature == "正向" && i.Unit != "%");
        var at = table.Indicators.IndexOf(row);
        table.Indicators[at] = row with { Unit = string.Empty, Actual = "12光年" };
        var result = ReportImporter.ImportXlsx(new MemoryStream(EvaluationXlsxRenderer.Render(table)), "odd-unit.xlsx");
        var imported = Assert.Single(result.Report.Evaluations).Indicators[at];
        Assert.Equal((IndicatorValueKind.Text, "12光年"), (imported.Actual.Kind, imported.Actual.Text));
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationValueAsWords && n.Where.Contains(row.Level3, System.StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_table_whose_last_page_is_missing_is_cut_at_its_end_with_FA4032()
    {
        CjkFont.Require();
        var table = new GeneratedEvaluation(EvaluationTemplate.Sichuan, new EvaluationLayout(true, false, false, false, 3, true), 5);
        var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(table), "cut.pdf");
        var imported = Assert.Single(result.Report.Evaluations);
        Assert.Equal((EvaluationCut.End, 3, (StatedFigure?)null), (imported.Cut, imported.Indicators.Count, imported.TotalScore));
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationCutAtEnd);
        // Weights and totals are not judged from rows that are not there: no FA2010 / FA2004 on the cut table.
        var findings = FinalAccounts.Scoring.EvaluationChecker.CheckAll(result.Report).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId is "FA2010" or "FA2004" or "FA2040");
    }

    /// <summary>A central table of seed 5 whose first page (title, 项目资金, the first <paramref name="rows"/> rows) is left blank.</summary>
    private static GeneratedEvaluation WithoutFirstPage(bool labelOnEveryPage, bool repeatHeader, int rows)
        => new(EvaluationTemplate.Central, new EvaluationLayout(true, labelOnEveryPage, repeatHeader, false, rows, false, true), 5);

    [SkippableFact]
    public void A_table_whose_first_page_is_missing_is_cut_at_its_start_with_FA4034()
    {
        CjkFont.Require();
        var table = WithoutFirstPage(true, true, 3);
        var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(table), "excerpt.pdf");
        var imported = Assert.Single(result.Report.Evaluations);
        Assert.Equal(3, table.FirstPageRows);
        Assert.Equal((EvaluationCut.Start, table.Indicators.Count - 3, table.TotalScore, 0), (imported.Cut, imported.Indicators.Count, imported.TotalScore?.Value, imported.Funds.Count));
        Assert.Equal(table.Indicators[3].Level3, imported.Indicators[0].Level3);
        Assert.Equal("项目名称未取得（表格自第3页起）", imported.Project);
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationCutAtStart && n.Page == 3);
        // The written report says so ("cut": "start", no funds block) and reads back the same.
        Assert.Contains("\"cut\": \"start\"", result.Json, System.StringComparison.Ordinal);
        var back = Assert.Single(ReportReader.Parse(result.Json, "excerpt.json").Evaluations);
        Assert.Equal((EvaluationCut.Start, imported.Indicators.Count), (back.Cut, back.Indicators.Count));
        // The 总分 adds rows that are not there: no total or first-block weight is judged from the rows that are.
        var findings = FinalAccounts.Scoring.EvaluationChecker.CheckAll(result.Report).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId is "FA2010" or "FA2004" or "FA2040" && f.Severity == FinalAccounts.Validation.Severity.Error);
    }

    [SkippableFact]
    public void Rows_after_a_missing_first_page_without_a_repeated_header_are_left_out_with_FA4033()
    {
        CjkFont.Require();
        var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(WithoutFirstPage(true, false, 3)), "excerpt.pdf");
        Assert.Empty(result.Report.Evaluations);
        var note = Assert.Single(result.Notes, n => n.Id == ImportNotes.EvaluationStartNotRead);
        Assert.Contains("no indicator header", note.Message, System.StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Rows_whose_labels_stand_on_the_missing_first_page_are_left_out_with_FA4033()
    {
        CjkFont.Require();
        // Break after the first row: the second row is still under 产出指标 and its 二级 label, printed on the first part only.
        var table = WithoutFirstPage(false, true, 1);
        Assert.Equal(table.Indicators[0].Level1, table.Indicators[1].Level1);
        var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(table), "excerpt.pdf");
        Assert.Empty(result.Report.Evaluations);
        var note = Assert.Single(result.Notes, n => n.Id == ImportNotes.EvaluationStartNotRead);
        Assert.Contains("has no 二级指标", note.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_table_whose_title_is_not_recognised_is_not_read_as_cut_at_its_start()
    {
        // An XLSX sheet whose title (too long to be one) is not recognised: its 项目名称 row shows the table is whole.
        var table = Table();
        var bytes = EvaluationXlsxRenderer.Render(table);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        workbook.Worksheet(2).Cell(1, 1).SetValue("测试市人力资源和社会保障局所属各单位二〇二四年度项目支出绩效自评表（按项目分列，含上年结转资金）");
        using var changed = new MemoryStream();
        workbook.SaveAs(changed);
        var result = ReportImporter.ImportXlsx(new MemoryStream(changed.ToArray()), "untitled.xlsx");
        Assert.Empty(result.Report.Evaluations);
        var note = Assert.Single(result.Notes, n => n.Id == ImportNotes.EvaluationStartNotRead);
        Assert.Contains("no title was recognised", note.Message, System.StringComparison.Ordinal);
    }
}
