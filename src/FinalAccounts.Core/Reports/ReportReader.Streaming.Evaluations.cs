using System.Collections.Generic;
using System.Text.Json;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>
    /// Streaming of the <c>evaluations</c> array (项目支出绩效自评表). The fields are read as they go by and handed to the
    /// document reader's own rules for a cell, a value, a 指标性质 or 指标方向 (<see cref="Reader.CellFigure(string, string, string, FigureKey, string, string, string, string, string)"/>,
    /// <see cref="Reader.IndicatorValueOf"/> …), so both readers build a 自评表 alike; anything else the document reader
    /// would refuse — a kind, a blank, an unknown or repeated field, an id or project after the rows that need it — makes
    /// the streaming reader give up, and the document reader names the place.
    /// </summary>
    private sealed partial class StreamingReader
    {
        private PerformanceEvaluation Evaluation(ref Utf8JsonReader r, int n)
        {
            Expect(ref r, JsonTokenType.StartObject);
            var path = ElementPaths.Evaluation(n);
            Field id = default, title = default, year = default, project = default, department = default, implementer = default, cut = default, note = default;
            Field expected = default, actual = default, grade = default;
            JsonTokenType funds = JsonTokenType.None, goals = JsonTokenType.None, total = JsonTokenType.None;
            bool hasIndicators = false, hasStatements = false;
            string section = string.Empty;
            var rows = new List<EvaluationFundsRow>();
            var indicators = new List<PerformanceIndicator>();
            var statementIds = new List<string>();
            StatedFigure? totalWeight = null, totalScore = null;
            while (NextField(ref r, out var name))
            {
                switch (name)
                {
                    case Name.Id: Set(ref r, ref id); break;
                    case Name.Title: Set(ref r, ref title); break;
                    case Name.Year: Set(ref r, ref year); break;
                    case Name.Project: Set(ref r, ref project); break;
                    case Name.Department: Set(ref r, ref department); break;
                    case Name.Implementer: Set(ref r, ref implementer); break;
                    case Name.Cut: Set(ref r, ref cut); break;
                    case Name.Note: Set(ref r, ref note, shared: false); break;
                    case Name.Funds when funds == JsonTokenType.None:
                        r.Read();
                        funds = r.TokenType;
                        if (funds == JsonTokenType.StartObject) Funds(ref r, n, id.Required(), Section(ref section, id, project), project.Required(), rows);
                        else if (funds != JsonTokenType.Null) throw GiveUp.Signal;
                        break;
                    case Name.Goals when goals == JsonTokenType.None:
                        r.Read();
                        goals = r.TokenType;
                        if (goals == JsonTokenType.StartObject)
                        {
                            while (NextField(ref r, out var g))
                            {
                                if (g == Name.Expected) Set(ref r, ref expected, shared: false);
                                else if (g == Name.Actual) Set(ref r, ref actual, shared: false);
                                else throw GiveUp.Signal;
                            }
                        }
                        else if (goals != JsonTokenType.Null) throw GiveUp.Signal;
                        break;
                    case Name.Indicators when !hasIndicators:
                        hasIndicators = true;
                        r.Read();
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                        {
                            indicators.Add(Indicator(ref r, ElementPaths.Indicator(n, indicators.Count), id.Required(), Section(ref section, id, project), project.Required()));
                        }
                        break;
                    case Name.Total when total == JsonTokenType.None:
                        r.Read();
                        total = r.TokenType;
                        if (total == JsonTokenType.StartObject)
                        {
                            Field weight = default, score = default;
                            while (NextField(ref r, out var t))
                            {
                                switch (t)
                                {
                                    case Name.Weight: Set(ref r, ref weight); break;
                                    case Name.Score: Set(ref r, ref score); break;
                                    case Name.Grade: Set(ref r, ref grade); break;
                                    default: throw GiveUp.Signal;
                                }
                            }
                            var totalPath = path + ".total";
                            var p = project.Required();
                            totalWeight = Cell(weight, "weight", totalPath, new FigureKey("总分", "分值", item: p), "分", id.Required(), Section(ref section, id, project), "总分", "分值") ?? throw GiveUp.Signal;
                            totalScore = Cell(score, "score", totalPath, new FigureKey("总分", "得分", item: p), "分", id.Required(), section, "总分", "得分") ?? throw GiveUp.Signal;
                        }
                        else if (total != JsonTokenType.Null) throw GiveUp.Signal;
                        break;
                    case Name.Statements when !hasStatements:
                        hasStatements = true;
                        r.Read();
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                        {
                            Expect(ref r, JsonTokenType.String);
                            statementIds.Add(SharedText(ref r));
                        }
                        break;
                    default: throw GiveUp.Signal;
                }
            }
            // What the document reader demands of the whole table: an id, a project and a year; the 项目资金 block, the
            // indicators and the 总分 row, unless the table is cut where they stand.
            var evaluationId = id.Required();
            var projectName = project.Required();
            if (year.Kind != JsonTokenType.Number || !year.IsInt32 || year.Number < 1990 || year.Number > 2100 || !hasIndicators) throw GiveUp.Signal;
            var evaluationCut = cut.Optional() switch
            {
                "" => EvaluationCut.None,
                "start" => EvaluationCut.Start,
                "end" => EvaluationCut.End,
                "both" => EvaluationCut.Start | EvaluationCut.End,
                _ => throw GiveUp.Signal,
            };
            if ((funds != JsonTokenType.StartObject && (evaluationCut & EvaluationCut.Start) == 0)
                || (total != JsonTokenType.StartObject && (evaluationCut & EvaluationCut.End) == 0))
            {
                throw GiveUp.Signal;
            }
            return new PerformanceEvaluation(evaluationId, title.Optional(), year.Number, projectName, department.Optional(), implementer.Optional(),
                rows, indicators, totalWeight, totalScore, grade.Optional(), statementIds, expected.Optional(), actual.Optional(), note.Optional(), evaluationCut);
        }

        /// <summary>"项目支出绩效自评表 id project", the section every location of the table names, joined once.</summary>
        private static string Section(ref string section, in Field id, in Field project)
            => section.Length > 0 ? section : section = "项目支出绩效自评表 " + id.Required() + " " + project.Required();

        private void Funds(ref Utf8JsonReader r, int n, string id, string section, string project, List<EvaluationFundsRow> rows)
        {
            Field unit = default;
            var hasRows = false;
            while (NextField(ref r, out var name))
            {
                if (name == Name.Unit)
                {
                    Set(ref r, ref unit);
                    continue;
                }
                // The rows need the unit: a file that gives it after them is left to the document reader.
                if (name != Name.Rows || hasRows || !unit.IsPresent) throw GiveUp.Signal;
                hasRows = true;
                var fundsUnit = unit.Required();
                if (fundsUnit != "万元" && fundsUnit != "元") throw GiveUp.Signal;
                r.Read();
                Expect(ref r, JsonTokenType.StartArray);
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    Expect(ref r, JsonTokenType.StartObject);
                    Field rowName = default, initialBudget = default, fullYearBudget = default, executed = default, weight = default, executionRate = default, score = default;
                    while (NextField(ref r, out var field))
                    {
                        switch (field)
                        {
                            case Name.RowName: Set(ref r, ref rowName); break;
                            case Name.InitialBudget: Set(ref r, ref initialBudget); break;
                            case Name.FullYearBudget: Set(ref r, ref fullYearBudget); break;
                            case Name.Executed: Set(ref r, ref executed); break;
                            case Name.Weight: Set(ref r, ref weight); break;
                            case Name.ExecutionRate: Set(ref r, ref executionRate); break;
                            case Name.Score: Set(ref r, ref score); break;
                            default: throw GiveUp.Signal;
                        }
                    }
                    var p = ElementPaths.FundsRow(n, rows.Count);
                    var row = rowName.Required();
                    rows.Add(new EvaluationFundsRow(row,
                        Cell(initialBudget, "initialBudget", p, new FigureKey(row, "年初预算数", item: project), fundsUnit, id, section, row, "年初预算数"),
                        Cell(fullYearBudget, "fullYearBudget", p, new FigureKey(row, "全年预算数", item: project), fundsUnit, id, section, row, "全年预算数"),
                        Cell(executed, "executed", p, new FigureKey(row, "全年执行数", item: project), fundsUnit, id, section, row, "全年执行数"),
                        Cell(weight, "weight", p, new FigureKey(row, "分值", item: project), "分", id, section, row, "分值"),
                        Cell(executionRate, "executionRate", p, new FigureKey(row, "执行率", item: project), "%", id, section, row, "执行率"),
                        Cell(score, "score", p, new FigureKey(row, "得分", item: project), "分", id, section, row, "得分")));
                }
            }
            if (!hasRows) throw GiveUp.Signal;
        }

        private PerformanceIndicator Indicator(ref Utf8JsonReader r, string path, string id, string section, string project)
        {
            Expect(ref r, JsonTokenType.StartObject);
            Field level1 = default, inferred = default, level2 = default, level3 = default, nature = default, direction = default;
            Field target = default, actual = default, unit = default, weight = default, score = default, deviation = default;
            while (NextField(ref r, out var name))
            {
                switch (name)
                {
                    case Name.Level1: Set(ref r, ref level1); break;
                    case Name.Level1Inferred: Set(ref r, ref inferred); break;
                    case Name.Level2: Set(ref r, ref level2); break;
                    case Name.Level3: Set(ref r, ref level3); break;
                    case Name.Nature: Set(ref r, ref nature); break;
                    case Name.Direction: Set(ref r, ref direction); break;
                    case Name.Target: Set(ref r, ref target); break;
                    case Name.Actual: Set(ref r, ref actual); break;
                    case Name.Unit: Set(ref r, ref unit); break;
                    case Name.Weight: Set(ref r, ref weight); break;
                    case Name.Score: Set(ref r, ref score); break;
                    case Name.Deviation: Set(ref r, ref deviation, shared: false); break;
                    default: throw GiveUp.Signal;
                }
            }
            // In the document reader's order (Reader.Indicator), with its rules: a refusal there is a ReportFormatException,
            // which sends the file to the document reader.
            var reader = DocumentReader;
            var (level1Name, level1WeightText) = Reader.Level1Of(level1.Required());
            var level2Name = level2.Required();
            var level3Name = level3.Required();
            var indicatorNature = reader.NatureOf(nature.Required(), path);
            var unitText = unit.Optional();
            var targetValue = reader.IndicatorValueOf(target.Optional(), "target", path, indicatorNature, unitText);
            var actualValue = reader.IndicatorValueOf(actual.Optional(), "actual", path, indicatorNature, unitText);
            var directionText = direction.Optional();
            var indicatorDirection = reader.DirectionOf(directionText, indicatorNature, targetValue, path);
            var location = reader.IndicatorLocation(id, section, level2Name, path, level3Name);
            var level1Weight = reader.Level1Weight(level1Name, level1WeightText, path, id, section, project);
            var weightFigure = Cell(weight, "weight", path, new FigureKey(level3Name, "分值", scope: level2Name, item: project), "分", id, section, level3Name, "分值") ?? throw GiveUp.Signal;
            var scoreFigure = Cell(score, "score", path, new FigureKey(level3Name, "得分", scope: level2Name, item: project), "分", id, section, level3Name, "得分");
            return new PerformanceIndicator(level1Name, inferred.Kind == JsonTokenType.True, level2Name, level3Name, indicatorNature, indicatorDirection, targetValue, actualValue,
                weightFigure, scoreFigure, deviation.Optional(), location, level1Weight, directionText.Length == 0 && indicatorNature != IndicatorNature.Qualitative);
        }

        /// <summary>A printed number cell as the document reader makes it (Reader.CellFigure): null for absent or null, a string read by its rules.</summary>
        private StatedFigure? Cell(in Field field, string name, string path, FigureKey key, string unit, string id, string section, string row, string column) => field.Kind switch
        {
            JsonTokenType.None or JsonTokenType.Null => null,
            JsonTokenType.String => DocumentReader.CellFigure(field.Text!, name, path, key, unit, id, section, row, column),
            _ => throw GiveUp.Signal,
        };
    }
}
