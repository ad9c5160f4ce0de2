using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Testing;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>
/// Law: a generated 项目支出绩效自评表 in any template (central 10/50/30/10, Sichuan 10 + 90, Yunnan 20 + 80) and layout
/// (wrapped cells centred or at the top, merged 一级 / 二级 labels split by a page break with the label on one part or on
/// each, the header repeated or not, the last or the first page not obtained) imports back exactly from a PDF and from an
/// XLSX: every cell in its own place, no value in another cell, nothing lost; a table whose last page is missing comes
/// back cut at its end, with the rows it has; one whose first page is missing comes back cut at its start with the rows
/// after the break when the continuation page repeats the header and prints its first row's 一级 and 二级 labels, and is
/// otherwise left out whole with FA4033 — never read with a label or column guessed.
/// </summary>
public sealed class EvaluationImportProperties
{
    internal static Gen<GeneratedEvaluation> Generate(bool allowDrop) =>
        from template in Gen.Elements(EvaluationTemplate.Central, EvaluationTemplate.Sichuan, EvaluationTemplate.Yunnan)
        from wrap in Gen.Elements(true, false)
        from every in Gen.Elements(true, false)
        from repeat in Gen.Elements(true, false)
        from top in Gen.Elements(true, false)
        from breakAt in Gen.Choose(1, 12)
        from drop in allowDrop ? Gen.Elements(0, 0, 1, 2) : Gen.Constant(0)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        // A dropped first page needs a break within the table (every table has at least five rows).
        select new GeneratedEvaluation(template, new EvaluationLayout(wrap, every, repeat, top, drop == 2 ? 1 + (breakAt % 4) : breakAt, drop == 1, drop == 2), seed);

    [SkippableFact]
    public void A_generated_evaluation_imports_back_exactly_from_a_pdf()
    {
        CjkFont.Require();
        Prop.ForAll(Generate(true).ToArbitrary(), e =>
        {
            var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(e), "evaluation.pdf");
            if (e.Layout.DropFirstPage && !ReadableWithoutFirstPage(e))
            {
                Assert.Empty(result.Report.Evaluations);
                Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationStartNotRead);
                Assert.DoesNotContain(result.Notes, n => n.Id == ImportNotes.EvaluationNotRead);
                return true;
            }
            if (e.Layout.DropFirstPage) Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationCutAtStart);
            Assert.True(result.Report.Evaluations.Count == 1, e.Template + " " + e.Layout + ": " + string.Join("; ", result.Notes));
            var imported = Describe(Assert.Single(result.Report.Evaluations));
            var expected = e.Layout.DropFirstPage ? ExpectedWithoutFirstPage(e, 3) : Expected(e, EvaluationPdfRenderer.PrintedRows(e));
            Assert.Empty(imported.Except(expected)); // no slip: no value in another cell
            Assert.Equal(expected, imported); // no loss
            Assert.DoesNotContain(result.Notes, n => n.Id == ImportNotes.EvaluationNotRead);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    [SkippableFact]
    public void A_generated_evaluation_imports_back_exactly_from_an_xlsx()
    {
        Prop.ForAll(Generate(false).ToArbitrary(), e =>
        {
            var result = ReportImporter.ImportXlsx(new MemoryStream(EvaluationXlsxRenderer.Render(e)), "evaluation.xlsx");
            var imported = Describe(Assert.Single(result.Report.Evaluations));
            var expected = Expected(e, e.Indicators.Count);
            Assert.Empty(imported.Except(expected));
            Assert.Equal(expected, imported);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [SkippableFact]
    public void An_excerpt_sheet_starting_inside_a_generated_evaluation_imports_cut_at_its_start_or_not_at_all()
    {
        Prop.ForAll(Generate(false).Select(e => new GeneratedEvaluation(e.Template, e.Layout with { DropFirstPage = true, RowsBeforeBreak = 1 + (e.Layout.RowsBeforeBreak % 4) }, e.Seed)).ToArbitrary(), e =>
        {
            var result = ReportImporter.ImportXlsx(new MemoryStream(EvaluationXlsxRenderer.Render(e)), "excerpt.xlsx");
            if (!ReadableWithoutFirstPage(e))
            {
                Assert.Empty(result.Report.Evaluations);
                Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationStartNotRead);
                return true;
            }
            Assert.True(result.Report.Evaluations.Count == 1, e.Template + " " + e.Layout + ": " + string.Join("; ", result.Notes));
            var imported = Describe(result.Report.Evaluations[0]);
            // Page 1 is the cover sheet, page 2 the excerpt.
            var expected = ExpectedWithoutFirstPage(e, 2);
            Assert.Empty(imported.Except(expected));
            Assert.Equal(expected, imported);
            Assert.Contains(result.Notes, n => n.Id == ImportNotes.EvaluationCutAtStart);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    /// <summary>
    /// Whether the rows after a dropped first page say where each value stands: the continuation page repeats the header
    /// (the columns' names) and its first row's 一级 and 二级 labels are printed there (on every part, or a new group starts).
    /// </summary>
    internal static bool ReadableWithoutFirstPage(GeneratedEvaluation e)
    {
        var r = e.FirstPageRows;
        if (!e.Layout.RepeatHeader || r >= e.Indicators.Count) return false;
        var (now, before) = (e.Indicators[r], e.Indicators[r - 1]);
        return e.Layout.LabelOnEveryPage || now.Level1 != before.Level1;
    }

    /// <summary>What the import must give for a generated table whose first page is blank: its rows after the break, cut at its start.</summary>
    internal static List<string> ExpectedWithoutFirstPage(GeneratedEvaluation e, int page)
    {
        var whole = Expected(e, e.Indicators.Count);
        var rows = whole.Skip(8 + e.Funds.Count + e.FirstPageRows);
        return new List<string>
        {
            "project = 项目名称未取得（表格自第" + page + "页起）", "department = ", "implementer = ", "year = 2024", "expected = ", "actual = ", "cut = " + EvaluationCut.Start,
            "total = " + e.TotalWeight + " / " + e.TotalScore,
        }.Concat(rows).ToList();
    }

    /// <summary>Every cell of an imported evaluation as "place = text", in printed order.</summary>
    internal static List<string> Describe(PerformanceEvaluation e)
    {
        var cells = new List<string>
        {
            "project = " + e.Project, "department = " + e.Department, "implementer = " + e.Implementer, "year = " + e.Year,
            "expected = " + e.ExpectedGoal, "actual = " + e.ActualGoal, "cut = " + e.Cut,
            "total = " + (e.TotalWeight?.Value ?? "-") + " / " + (e.TotalScore?.Value ?? "-"),
        };
        foreach (var f in e.Funds)
        {
            cells.Add("funds " + f.Name + " = " + string.Join(" | ", new[] { f.InitialBudget, f.FullYearBudget, f.Executed, f.Weight, f.ExecutionRate, f.Score }.Select(x => x?.Value ?? "")));
        }
        foreach (var i in e.Indicators)
        {
            cells.Add("row " + i.Level3 + " = " + i.Level1 + (i.Level1Weight != null ? "(" + i.Level1Weight.Value + ")" : "") + " | " + i.Level2 + " | " + i.Nature + " | " + i.Direction
                + " | " + i.Target.Text + " | " + i.Actual.Text + " | " + i.Target.Unit + " | " + i.Weight.Value + " | " + (i.Score?.Value ?? "") + " | " + i.Deviation);
        }
        return cells;
    }

    /// <summary>What the import must give for a generated table of which <paramref name="rows"/> indicator rows are printed.</summary>
    internal static List<string> Expected(GeneratedEvaluation e, int rows)
    {
        var whole = rows == e.Indicators.Count;
        var cells = new List<string>
        {
            "project = " + e.Project, "department = " + e.Department, "implementer = " + e.Implementer, "year = 2024",
            "expected = " + e.ExpectedGoal, "actual = " + e.ActualGoal, "cut = " + (whole ? EvaluationCut.None : EvaluationCut.End),
            "total = " + (whole ? e.TotalWeight + " / " + e.TotalScore : "- / -"),
        };
        foreach (var f in e.Funds)
        {
            cells.Add("funds " + f.Name + " = " + string.Join(" | ", f.Cells.Select(c => c is null or "—" ? "" : c)));
        }
        foreach (var i in e.Indicators.Take(rows))
        {
            var weighted = i.Level1.IndexOf('(');
            var level1 = weighted < 0 ? i.Level1 : i.Level1.Substring(0, weighted) + "(" + i.Level1.Substring(weighted + 1, i.Level1.Length - weighted - 3) + ")";
            var nature = i.Nature switch { "正向" => IndicatorNature.Positive, "反向" => IndicatorNature.Reverse, _ => IndicatorNature.Qualitative };
            var direction = nature switch { IndicatorNature.Positive => IndicatorDirection.AtLeast, IndicatorNature.Reverse => IndicatorDirection.AtMost, _ => IndicatorDirection.Qualitative };
            var unit = nature == IndicatorNature.Qualitative ? "" : i.Unit.Length > 0 ? i.Unit : IndicatorValue.Parse(i.Target).Unit;
            cells.Add("row " + i.Level3 + " = " + level1 + " | " + i.Level2 + " | " + nature + " | " + direction
                + " | " + i.Target + " | " + i.Actual + " | " + unit + " | " + i.Weight + " | " + i.Score + " | " + i.Deviation);
        }
        return cells;
    }
}
