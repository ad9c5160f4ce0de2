using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>Reading of the <c>targets</c> array: 项目支出绩效目标表, the targets a 预算 sets (no actuals, no scores).</summary>
    private sealed partial class Reader
    {
        public PerformanceTargets Targets(JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "a 绩效目标表 object with id, year, project and indicators");
            var id = String(e, "id", path);
            var project = String(e, "project", path);
            var yearElement = Required(e, "year", path, JsonValueKind.Number);
            if (!yearElement.TryGetInt32(out var year) || year < 1990 || year > 2100) Fail(path + ".year", "year " + yearElement.GetRawText() + " is not a year between 1990 and 2100");
            var section = "项目支出绩效目标表 " + id + " " + project;
            StatedFigure? funds = null;
            if (e.TryGetProperty("funds", out var f) && f.ValueKind != JsonValueKind.Null)
            {
                Expect(f, JsonValueKind.Object, path + ".funds", "an object with unit and total (年度资金总额)");
                var unit = String(f, "unit", path + ".funds");
                if (unit != "万元" && unit != "元") Fail(path + ".funds.unit", "the 年度资金总额 unit must be 万元 or 元, found '" + unit + "'");
                funds = CellFigure(f, "total", path + ".funds", new FigureKey("年度资金总额", "预算", item: project), unit, id, section, "年度资金总额", "预算");
            }
            var indicators = new List<PerformanceTarget>();
            var i = 0;
            foreach (var indicator in Required(e, "indicators", path, JsonValueKind.Array).EnumerateArray())
            {
                indicators.Add(Target(indicator, path + ".indicators[" + i++ + "]", id, section, project));
            }
            return new PerformanceTargets(id, OptionalString(e, "title", path), year, project, OptionalString(e, "department", path),
                OptionalString(e, "implementer", path), funds, OptionalString(e, "goal", path), indicators);
        }

        private PerformanceTarget Target(JsonElement e, string path, string id, string section, string project)
        {
            Expect(e, JsonValueKind.Object, path, "a target object with level1, level2, level3, nature, direction, target and weight");
            var level1 = String(e, "level1", path);
            var level2 = String(e, "level2", path);
            var level3 = String(e, "level3", path);
            var nature = NatureOf(e, path);
            IndicatorValue target;
            try
            {
                target = IndicatorValue.Parse(OptionalString(e, "target", path), nature == IndicatorNature.Qualitative ? null : OptionalString(e, "unit", path));
            }
            catch (FormatException ex)
            {
                throw Error(path + ".target", ex.Message);
            }
            RequireWithinLimits(target, path, "target");
            if (target.Kind == IndicatorValueKind.Empty) Fail(path + ".target", "a 绩效目标表 row needs its 指标值");
            var directionText = OptionalString(e, "direction", path);
            var direction = DirectionOf(directionText, nature, target, path);
            var weight = CellFigure(e, "weight", path, new FigureKey(level3, "分值", scope: level2, item: project), "分", id, section, level3, "分值");
            var location = new FigureLocation(id, section, level2, string.Empty, path, level3, string.Empty, _lineOf);
            return new PerformanceTarget(level1, level2, level3, nature, direction, target, weight, location, directionText.Length == 0 && nature != IndicatorNature.Qualitative);
        }
    }
}
