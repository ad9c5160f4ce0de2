using System.Text.Json;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

public static partial class ReportWriter
{
    // Writing of the evaluations array (项目支出绩效自评表), the inverse of ReportReader.Evaluations: cells are written as
    // printed, null where the table prints nothing; the figures' keys and locations follow from where they stand.

    private static void Evaluation(Utf8JsonWriter w, PerformanceEvaluation evaluation)
    {
        w.WriteStartObject();
        w.WriteString("id", evaluation.Id);
        Optional(w, "title", evaluation.Title);
        w.WriteNumber("year", evaluation.Year);
        w.WriteString("project", evaluation.Project);
        Optional(w, "department", evaluation.Department);
        Optional(w, "implementer", evaluation.Implementer);
        // A table cut at its start may have no 项目资金 block, one cut at its end no 总分 row: they are left out, not invented.
        if (evaluation.Funds.Count > 0 || (evaluation.Cut & EvaluationCut.Start) == 0) Funds(w, evaluation);
        if (evaluation.ExpectedGoal.Length > 0 || evaluation.ActualGoal.Length > 0)
        {
            w.WriteStartObject("goals");
            Optional(w, "expected", evaluation.ExpectedGoal);
            Optional(w, "actual", evaluation.ActualGoal);
            w.WriteEndObject();
        }
        w.WriteStartArray("indicators");
        foreach (var indicator in evaluation.Indicators) Indicator(w, indicator);
        w.WriteEndArray();
        if (evaluation.TotalWeight != null || evaluation.TotalScore != null)
        {
            w.WriteStartObject("total");
            Cell(w, "weight", evaluation.TotalWeight);
            Cell(w, "score", evaluation.TotalScore);
            Optional(w, "grade", evaluation.Grade);
            w.WriteEndObject();
        }
        switch (evaluation.Cut)
        {
            case EvaluationCut.Start: w.WriteString("cut", "start"); break;
            case EvaluationCut.End: w.WriteString("cut", "end"); break;
            case EvaluationCut.Start | EvaluationCut.End: w.WriteString("cut", "both"); break;
        }
        if (evaluation.StatementIds.Count > 0)
        {
            w.WriteStartArray("statements");
            foreach (var id in evaluation.StatementIds) w.WriteStringValue(id);
            w.WriteEndArray();
        }
        Optional(w, "note", evaluation.Note);
        w.WriteEndObject();
    }

    private static void Funds(Utf8JsonWriter w, PerformanceEvaluation evaluation)
    {
        w.WriteStartObject("funds");
        w.WriteString("unit", CurrencyUnitSymbol.Format(FundsUnit(evaluation)));
        w.WriteStartArray("rows");
        foreach (var row in evaluation.Funds)
        {
            w.WriteStartObject();
            w.WriteString("name", row.Name);
            Cell(w, "initialBudget", row.InitialBudget);
            Cell(w, "fullYearBudget", row.FullYearBudget);
            Cell(w, "executed", row.Executed);
            Cell(w, "weight", row.Weight);
            Cell(w, "executionRate", row.ExecutionRate);
            Cell(w, "score", row.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The 项目资金 unit: the unit of its money cells (the reader gives them all the block's unit); 万元 when none is printed.</summary>
    private static CurrencyUnit FundsUnit(PerformanceEvaluation evaluation)
    {
        foreach (var row in evaluation.Funds)
        {
            foreach (var money in new[] { row.InitialBudget, row.FullYearBudget, row.Executed })
            {
                if (money != null) return money.Amount.Unit;
            }
        }
        return CurrencyUnit.WanYuan;
    }

    private static void Indicator(Utf8JsonWriter w, PerformanceIndicator indicator)
    {
        w.WriteStartObject();
        // A printed 一级 weight goes back into the cell it was printed in: "产出指标(50分)".
        w.WriteString("level1", indicator.Level1Weight == null ? indicator.Level1 : indicator.Level1 + "(" + indicator.Level1Weight.Value + "分)");
        if (indicator.Level1Inferred) w.WriteBoolean("level1Inferred", true);
        w.WriteString("level2", indicator.Level2);
        w.WriteString("level3", indicator.Level3);
        w.WriteString("nature", indicator.Nature switch
        {
            IndicatorNature.Reverse => "反向",
            IndicatorNature.Qualitative => "定性",
            _ => "正向",
        });
        // An inferred direction was not printed: written as the empty cell it was, the reader infers it again.
        switch (indicator.DirectionInferred ? IndicatorDirection.Qualitative : indicator.Direction)
        {
            case IndicatorDirection.AtLeast: w.WriteString("direction", "大于等于"); break;
            case IndicatorDirection.AtMost: w.WriteString("direction", "小于等于"); break;
            case IndicatorDirection.Exactly: w.WriteString("direction", "等于"); break;
            default: w.WriteNull("direction"); break;
        }
        Text(w, "target", indicator.Target.Text);
        Text(w, "actual", indicator.Actual.Text);
        // 计量单位: a unit both values share (printed in their cells or in the column); none when they differ, so that each
        // keeps the unit its own cell prints. A 定性 row's values are words, read without a unit.
        // Words or a blank cell carry no unit, so the numbers alone decide it.
        var unit = !indicator.Actual.IsNumber ? indicator.Target.Unit : !indicator.Target.IsNumber ? indicator.Actual.Unit
            : indicator.Target.Unit == indicator.Actual.Unit ? indicator.Target.Unit : string.Empty;
        if (!indicator.IsQualitative && unit.Length > 0)
        {
            w.WriteString("unit", unit);
        }
        else
        {
            w.WriteNull("unit");
        }
        Cell(w, "weight", indicator.Weight);
        Cell(w, "score", indicator.Score);
        if (indicator.Deviation.Length > 0) w.WriteString("deviation", indicator.Deviation);
        else w.WriteNull("deviation");
        w.WriteEndObject();
    }

    /// <summary>A value cell: its text, or null for a blank cell (not printed).</summary>
    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        if (text.Length == 0) w.WriteNull(name);
        else w.WriteString(name, text);
    }

    /// <summary>A printed number cell: its text as printed, or null for an empty cell or "—".</summary>
    private static void Cell(Utf8JsonWriter w, string name, StatedFigure? figure)
    {
        if (figure == null) w.WriteNull(name);
        else w.WriteString(name, figure.Value);
    }
}
