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
/// each, the header repeated or not, the last page not obtained) imports back exactly from a PDF and from an XLSX: every
/// cell in its own place, no value in another cell, nothing lost; a table whose last page is missing comes back cut at
/// its end, with the rows it has.
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
        from drop in allowDrop ? Gen.Elements(false, false, true) : Gen.Constant(false)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new GeneratedEvaluation(template, new EvaluationLayout(wrap, every, repeat, top, breakAt, drop), seed);

    [SkippableFact]
    public void A_generated_evaluation_imports_back_exactly_from_a_pdf()
    {
        CjkFont.Require();
        Prop.ForAll(Generate(true).ToArbitrary(), e =>
        {
            var result = ReportImporter.ImportPdf(EvaluationPdfRenderer.Render(e), "evaluation.pdf");
            Assert.True(result.Report.Evaluations.Count == 1, e.Template + " " + e.Layout + ": " + string.Join("; ", result.Notes));
            var imported = Describe(Assert.Single(result.Report.Evaluations));
            var expected = Expected(e, EvaluationPdfRenderer.PrintedRows(e));
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
