using System.Text.Json;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

public static partial class ReportWriter
{
    // Writing of the targets array (项目支出绩效目标表), the inverse of ReportReader.Targets.

    private static void Targets(Utf8JsonWriter w, PerformanceTargets targets)
    {
        w.WriteStartObject();
        w.WriteString("id", targets.Id);
        Optional(w, "title", targets.Title);
        w.WriteNumber("year", targets.Year);
        w.WriteString("project", targets.Project);
        Optional(w, "department", targets.Department);
        Optional(w, "implementer", targets.Implementer);
        if (targets.Funds != null)
        {
            w.WriteStartObject("funds");
            w.WriteString("unit", CurrencyUnitSymbol.Format(targets.Funds.Amount.Unit));
            w.WriteString("total", targets.Funds.Value);
            w.WriteEndObject();
        }
        Optional(w, "goal", targets.Goal);
        w.WriteStartArray("indicators");
        foreach (var target in targets.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", target.Level1);
            w.WriteString("level2", target.Level2);
            w.WriteString("level3", target.Level3);
            w.WriteString("nature", target.Nature switch
            {
                IndicatorNature.Reverse => "反向",
                IndicatorNature.Qualitative => "定性",
                _ => "正向",
            });
            // An inferred direction was not printed: written as the empty cell it was, the reader infers it again.
            switch (target.DirectionInferred ? IndicatorDirection.Qualitative : target.Direction)
            {
                case IndicatorDirection.AtLeast: w.WriteString("direction", "大于等于"); break;
                case IndicatorDirection.AtMost: w.WriteString("direction", "小于等于"); break;
                case IndicatorDirection.Exactly: w.WriteString("direction", "等于"); break;
                default: w.WriteNull("direction"); break;
            }
            w.WriteString("target", target.Target.Text);
            if (!target.Target.IsNumber || target.Target.Unit.Length == 0) w.WriteNull("unit");
            else w.WriteString("unit", target.Target.Unit);
            Cell(w, "weight", target.Weight);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
