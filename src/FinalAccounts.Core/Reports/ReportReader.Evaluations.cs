using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>Reading of the <c>evaluations</c> array: 项目支出绩效自评表, figure by figure.</summary>
    private sealed partial class Reader
    {
        public PerformanceEvaluation Evaluation(JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "an evaluation object with id, project, funds, indicators and total");
            var id = String(e, "id", path);
            var project = String(e, "project", path);
            var yearElement = Required(e, "year", path, JsonValueKind.Number);
            if (!yearElement.TryGetInt32(out var year) || year < 1990 || year > 2100) Fail(path + ".year", "year " + yearElement.GetRawText() + " is not a year between 1990 and 2100");
            var section = "项目支出绩效自评表 " + id + " " + project;

            var cut = Cut(e, path);
            var rows = new List<EvaluationFundsRow>();
            // A table cut at its start may lack its 项目资金 block; every other table prints one.
            if ((cut & EvaluationCut.Start) == 0 || (e.TryGetProperty("funds", out var f) && f.ValueKind != JsonValueKind.Null)) Funds(e, path, id, section, project, rows);

            var indicators = new List<PerformanceIndicator>();
            var i = 0;
            foreach (var indicator in Required(e, "indicators", path, JsonValueKind.Array).EnumerateArray())
            {
                indicators.Add(Indicator(indicator, path + ".indicators[" + i++ + "]", id, section, project));
            }

            var totalPath = path + ".total";
            StatedFigure? totalWeight = null, totalScore = null;
            var grade = string.Empty;
            // A table cut at its end may lack its 总分 row; every other table prints it.
            if ((cut & EvaluationCut.End) == 0 || (e.TryGetProperty("total", out var t) && t.ValueKind != JsonValueKind.Null))
            {
                var total = Required(e, "total", path, JsonValueKind.Object);
                totalWeight = CellFigure(total, "weight", totalPath, new FigureKey("总分", "分值", item: project), "分", id, section, "总分", "分值")
                    ?? throw Error(totalPath + ".weight", "the 总分 row needs its 分值");
                totalScore = CellFigure(total, "score", totalPath, new FigureKey("总分", "得分", item: project), "分", id, section, "总分", "得分")
                    ?? throw Error(totalPath + ".score", "the 总分 row needs its 得分");
                grade = OptionalString(total, "grade", totalPath);
            }

            var statementIds = new List<string>();
            if (e.TryGetProperty("statements", out var ids))
            {
                Expect(ids, JsonValueKind.Array, path + ".statements", "an array of statement ids");
                var s = 0;
                foreach (var sid in ids.EnumerateArray())
                {
                    var p = path + ".statements[" + s++ + "]";
                    Expect(sid, JsonValueKind.String, p, "a statement id");
                    // Whether it names a statement of the report is the builder's to say (ReportBuilder.AddEvaluation).
                    statementIds.Add(sid.GetString()!);
                }
            }
            string expected = string.Empty, actual = string.Empty;
            if (e.TryGetProperty("goals", out var goals) && goals.ValueKind != JsonValueKind.Null)
            {
                Expect(goals, JsonValueKind.Object, path + ".goals", "an object with expected and actual");
                expected = OptionalString(goals, "expected", path + ".goals");
                actual = OptionalString(goals, "actual", path + ".goals");
            }
            return new PerformanceEvaluation(id, OptionalString(e, "title", path), year, project, OptionalString(e, "department", path),
                OptionalString(e, "implementer", path), rows, indicators, totalWeight, totalScore, grade, statementIds, expected, actual,
                OptionalString(e, "note", path), cut);
        }

        private void Funds(JsonElement e, string path, string id, string section, string project, List<EvaluationFundsRow> rows)
        {
            var funds = Required(e, "funds", path, JsonValueKind.Object);
            var fundsUnit = String(funds, "unit", path + ".funds");
            if (fundsUnit != "万元" && fundsUnit != "元") Fail(path + ".funds.unit", "the 项目资金 unit must be 万元 or 元, found '" + fundsUnit + "'");
            var r = 0;
            foreach (var row in Required(funds, "rows", path + ".funds", JsonValueKind.Array).EnumerateArray())
            {
                var p = path + ".funds.rows[" + r++ + "]";
                Expect(row, JsonValueKind.Object, p, "a funds row with name, initialBudget, fullYearBudget, executed, weight, executionRate and score");
                var name = String(row, "name", p);
                StatedFigure? Cell(string field, string column, string unit)
                    => CellFigure(row, field, p, new FigureKey(name, column, item: project), unit, id, section, name, column);
                rows.Add(new EvaluationFundsRow(name,
                    Cell("initialBudget", "年初预算数", fundsUnit), Cell("fullYearBudget", "全年预算数", fundsUnit), Cell("executed", "全年执行数", fundsUnit),
                    Cell("weight", "分值", "分"), Cell("executionRate", "执行率", "%"), Cell("score", "得分", "分")));
            }
        }

        /// <summary>"cut": "start", "end" or "both" for a table the reader has only part of; absent or null for a whole table.</summary>
        private EvaluationCut Cut(JsonElement e, string path)
        {
            var text = OptionalString(e, "cut", path);
            return text switch
            {
                "" => EvaluationCut.None,
                "start" => EvaluationCut.Start,
                "end" => EvaluationCut.End,
                "both" => EvaluationCut.Start | EvaluationCut.End,
                _ => throw Error(path + ".cut", "cut '" + text + "' is not start, end or both (the ends of the table not obtained)"),
            };
        }

        /// <summary>"产出指标(50分)" or "效益指标（30分）" → (产出指标, "50"); a name without a printed weight → (name, null).</summary>
        public static (string Name, string? Weight) Level1Of(string printed)
        {
            // The expression ends in a closing bracket (before a final line feed, as .NET's $ allows): most names print
            // none, and the check spares them the match.
            var end = printed.Length > 0 && printed[printed.Length - 1] == '\n' ? printed.Length - 2 : printed.Length - 1;
            if (end < 0 || (printed[end] != ')' && printed[end] != '）')) return (printed, null);
            var m = s_level1Weight.Match(printed);
            return m.Success ? (m.Groups[1].Value.Trim(), m.Groups[2].Value) : (printed, null);
        }

        private static readonly System.Text.RegularExpressions.Regex s_level1Weight = new(
            "^(.*?\\S)\\s*[(（]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分?\\s*[)）]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private PerformanceIndicator Indicator(JsonElement e, string path, string id, string section, string project)
        {
            Expect(e, JsonValueKind.Object, path, "an indicator object with level1, level2, level3, nature, direction, target, actual, weight and score");
            var (level1, level1WeightText) = Level1Of(String(e, "level1", path));
            var level2 = String(e, "level2", path);
            var level3 = String(e, "level3", path);
            var inferred = e.TryGetProperty("level1Inferred", out var inf) && inf.ValueKind == JsonValueKind.True;
            var nature = NatureOf(e, path);
            var unit = OptionalString(e, "unit", path);
            var target = IndicatorValueOf(OptionalString(e, "target", path), "target", path, nature, unit);
            var actual = IndicatorValueOf(OptionalString(e, "actual", path), "actual", path, nature, unit);
            var directionText = OptionalString(e, "direction", path);
            var direction = DirectionOf(directionText, nature, target, path);
            var location = IndicatorLocation(id, section, level2, path, level3);
            var level1Weight = Level1Weight(level1, level1WeightText, path, id, section, project);
            var weight = CellFigure(e, "weight", path, new FigureKey(level3, "分值", scope: level2, item: project), "分", id, section, level3, "分值")
                ?? throw Error(path + ".weight", "an indicator needs its 分值");
            // A blank 得分 is null: not printed, never 0.
            var score = CellFigure(e, "score", path, new FigureKey(level3, "得分", scope: level2, item: project), "分", id, section, level3, "得分");
            return new PerformanceIndicator(level1, inferred, level2, level3, nature, direction, target, actual, weight, score,
                OptionalString(e, "deviation", path), location, level1Weight, directionText.Length == 0 && nature != IndicatorNature.Qualitative);
        }

        /// <summary>A 年度指标值 or 实际完成值 (<paramref name="field"/>) as printed, read in the row's unit and within the limits.</summary>
        public IndicatorValue IndicatorValueOf(string text, string field, string path, IndicatorNature nature, string unit)
        {
            try
            {
                var value = ParseValue(text, nature == IndicatorNature.Qualitative ? null : unit);
                RequireWithinLimits(value, path, field);
                // A 正向 / 反向 row may print words ("按期完成") or leave the actual blank: not printed, never 0.
                if (nature != IndicatorNature.Qualitative && field == "target" && value.Kind == IndicatorValueKind.Empty)
                {
                    Fail(path + "." + field, "a " + (nature == IndicatorNature.Reverse ? "反向" : "正向") + " indicator needs its 年度指标值");
                }
                return value;
            }
            catch (FormatException ex)
            {
                throw Error(path + "." + field, ex.Message);
            }
        }

        /// <summary>
        /// <see cref="IndicatorValue.Parse"/> of the text in the unit, made once for the same two strings (the same objects,
        /// not only the same text): a 自评表 prints "100%", "是" and "≥95%" again and again, and the streaming reader shares
        /// those strings within a read and across the reads of a thread. A value is immutable and a function of the two texts
        /// alone, so sharing it changes nothing; a text that does not parse throws before it is kept.
        /// </summary>
        private static IndicatorValue ParseValue(string text, string? unit)
        {
            var values = s_valuesPerThread ??= new (string?, string?, IndicatorValue?)[ValueSlots];
            var slot = (RuntimeHelpers.GetHashCode(text) ^ (unit == null ? 0 : RuntimeHelpers.GetHashCode(unit) * 31)) & (ValueSlots - 1);
            var (keptText, keptUnit, kept) = values[slot];
            if (kept != null && ReferenceEquals(keptText, text) && ReferenceEquals(keptUnit, unit)) return kept;
            var value = IndicatorValue.Parse(text, unit);
            values[slot] = (text, unit, value);
            return value;
        }

        private const int ValueSlots = 256;

        [ThreadStatic]
        private static (string? Text, string? Unit, IndicatorValue? Value)[]? s_valuesPerThread;

        /// <summary>Where an indicator row stands: its table, its 二级指标 as subsection, its 三级指标 as row.</summary>
        public FigureLocation IndicatorLocation(string id, string section, string level2, string path, string level3)
        {
            // The rows of one 二级指标 follow each other and share their origin (table, section, 二级指标), made once for them.
            if (_indicatorOrigin == null || !ReferenceEquals(_indicatorOrigin.StatementId, id) || !ReferenceEquals(_indicatorOrigin.Section, section)
                || !ReferenceEquals(_indicatorOrigin.Subsection, level2))
            {
                _indicatorOrigin = new FigureOrigin(id, section, level2, string.Empty, _lineOf);
            }
            return new FigureLocation(_indicatorOrigin, new JsonPlace(path), level3, string.Empty);
        }

        private FigureOrigin? _indicatorOrigin;

        /// <summary>The 一级指标's weight when its cell prints one ("产出指标(50分)"), or null.</summary>
        public StatedFigure? Level1Weight(string level1, string? level1WeightText, string path, string id, string section, string project)
        {
            if (level1WeightText == null) return null;
            RequireWithinLimits(level1WeightText, path, "level1", NumberLimit.Weight);
            return new StatedFigure(new FigureKey(level1, "分值", item: project), level1WeightText, "分",
                new FigureLocation(CellOrigin(id, section), new JsonPlace(path, ".level1"), level1, "分值"));
        }

        /// <summary>A printed number cell of an evaluation as a stated figure; null for null (an empty cell or "—").</summary>
        private StatedFigure? CellFigure(JsonElement e, string field, string path, FigureKey key, string unit, string id, string section, string row, string column)
        {
            if (!e.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.String) Fail(new JsonPlace(path, Member(field)).ToString(), "'" + field + "' must be a string as printed (or null), found " + Describe(value.ValueKind));
            return CellFigure(value.GetString()!, field, path, key, unit, id, section, row, column);
        }

        /// <summary>The text of a printed number cell (<paramref name="field"/> of the row at <paramref name="path"/>) as a stated figure.</summary>
        public StatedFigure CellFigure(string text, string field, string path, FigureKey key, string unit, string id, string section, string row, string column)
        {
            // The cell's path is joined only for an error or when a finding asks for it.
            var p = new JsonPlace(path, Member(field));
            if (!Money.NumberText.IsFileForm(text)) Fail(p.ToString(), "'" + text + "' is not a number as printed (digits, one optional '.', no units or %)");
            var limit = field == "weight" ? NumberLimit.Weight : unit == "%" ? NumberLimit.NonNegativePercent : NumberLimit.NonNegativeAmount;
            if (FigureLimits.Problem(text, limit) is string problem) Fail(p.ToString(), problem);
            return new StatedFigure(key, text, unit, new FigureLocation(CellOrigin(id, section), p, row, column));
        }

        private FigureOrigin? _cellOrigin;

        /// <summary>What the cells of one 自评表 or 目标表 share in their locations (its id and section), made once per table.</summary>
        private FigureOrigin CellOrigin(string id, string section)
        {
            if (_cellOrigin == null || !ReferenceEquals(_cellOrigin.StatementId, id) || !ReferenceEquals(_cellOrigin.Section, section))
            {
                _cellOrigin = new FigureOrigin(id, section, string.Empty, string.Empty, _lineOf);
            }
            return _cellOrigin;
        }

        /// <summary>".weight" for "weight": the cells' fields are a handful of names, each joined once.</summary>
        private static string Member(string field) => field switch
        {
            "weight" => ".weight",
            "score" => ".score",
            "total" => ".total",
            "initialBudget" => ".initialBudget",
            "fullYearBudget" => ".fullYearBudget",
            "executed" => ".executed",
            "executionRate" => ".executionRate",
            _ => "." + field,
        };
    }
}
