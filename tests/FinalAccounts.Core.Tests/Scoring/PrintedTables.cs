using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Core.Tests.Scoring;

/// 绩效自评表 written as a transcriber writes them (the report format's JSON), read by ReportReader inside the seed report as
/// its table E6, and checked; only E6's findings are returned.
internal static class PrintedTables
{
    private static readonly Lazy<string> s_seed = new(() => File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")));

    /// A funds row: name, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (null = not printed).
    public static string Row(string name, string? initial, string? fullYear, string? executed, string? weight = null, string? rate = null, string? score = null)
        => $"{{\"name\": \"{name}\", \"initialBudget\": {Q(initial)}, \"fullYearBudget\": {Q(fullYear)}, \"executed\": {Q(executed)}, \"weight\": {Q(weight)}, \"executionRate\": {Q(rate)}, \"score\": {Q(score)}}}";

    /// An indicator row; <paramref name="level1"/> as printed, e.g. "产出指标(50分)".
    public static string Indicator(string level1, string level2, string level3, string nature, string? direction, string target, string actual, string? unit,
        string weight, string score, string? deviation = null)
        => $"{{\"level1\": \"{level1}\", \"level2\": \"{level2}\", \"level3\": \"{level3}\", \"nature\": \"{nature}\", \"direction\": {Q(direction)}, "
         + $"\"target\": \"{target}\", \"actual\": \"{actual}\", \"unit\": {Q(unit)}, \"weight\": \"{weight}\", \"score\": \"{score}\", \"deviation\": {Q(deviation)}}}";

    /// A whole evaluation object (id E6); <paramref name="funds"/> and <paramref name="totalWeight"/> null leave them out.
    public static string Evaluation(IEnumerable<string>? funds, IEnumerable<string> indicators, string? totalWeight, string? totalScore, string? cut = null, string? grade = null,
        string expectedGoal = "", string actualGoal = "")
    {
        var parts = new List<string>
        {
            "\"id\": \"E6\"", "\"title\": \"项目支出绩效自评表\"", "\"year\": 2024", "\"project\": \"测试项目\"", "\"department\": \"测试部门\"", "\"implementer\": \"测试单位\"",
            "\"goals\": {\"expected\": \"" + expectedGoal + "\", \"actual\": \"" + actualGoal + "\"}",
            "\"indicators\": [" + string.Join(", ", indicators) + "]",
        };
        if (funds != null) parts.Add("\"funds\": {\"unit\": \"万元\", \"rows\": [" + string.Join(", ", funds) + "]}");
        if (totalWeight != null) parts.Add($"\"total\": {{\"weight\": \"{totalWeight}\", \"score\": \"{totalScore}\"" + (grade != null ? $", \"grade\": \"{grade}\"" : string.Empty) + "}");
        if (cut != null) parts.Add($"\"cut\": \"{cut}\"");
        return "{" + string.Join(", ", parts) + "}";
    }

    /// The seed report with <paramref name="evaluation"/> appended as E6.
    public static FinalAccountsReport Report(string evaluation)
    {
        var root = JsonNode.Parse(s_seed.Value)!;
        var parsed = JsonNode.Parse(evaluation)!;
        if (parsed is JsonArray pair)
        {
            // [evaluation, statement]: a 说明 statement to check the tables against (FA2040).
            var statement = pair[1]!.DeepClone();
            parsed = pair[0]!.DeepClone();
            root["statements"]!.AsArray().Add(statement);
        }
        root["evaluations"]!.AsArray().Add(parsed);
        return ReportReader.Parse(root.ToJsonString(), "printed-table.json");
    }

    public static PerformanceEvaluation Read(string evaluation) => Report(evaluation).Evaluations.Single(e => e.Id == "E6");

    /// E6's FA2xxx findings under every known policy (<paramref name="policy"/> null) or one.
    public static IReadOnlyList<Finding> Findings(string evaluation, ScoringPolicy? policy = null)
        => EvaluationChecker.Check(Report(evaluation), policy).Findings.Where(f => f.Stated.Location.StatementId == "E6").ToList();

    /// Findings that accuse (warning or error).
    public static IReadOnlyList<Finding> Accusations(string evaluation, ScoringPolicy? policy = null)
        => Findings(evaluation, policy).Where(f => f.Severity >= Severity.Warning).ToList();

    /// <summary>
    /// <paramref name="evaluation"/> with a 十 预算绩效管理 statement (id 3.10-1) summarising the self-evaluation: 项目个数, 涉及预算金额
    /// (万元), 平均得分 and the count graded 优 — what the report reader gives for the standard sentence.
    /// </summary>
    public static string WithSummary(string evaluation, string count, string funds, string average, string excellent)
        => "[" + evaluation + ", {\"id\": \"3.10-1\", \"section\": \"十、预算绩效管理情况\", \"sentence\": \"绩效自评的2024年度项目" + count + "个，涉及预算金额" + funds
           + "万元，平均得分" + average + "分（其中，绩效评级为“优”的项目" + excellent + "个）\", \"figures\": ["
           + "{\"concept\": \"绩效自评项目\", \"basis\": \"决算\", \"value\": \"" + count + "\", \"unit\": \"个\"}, "
           + "{\"concept\": \"绩效自评涉及资金\", \"basis\": \"决算\", \"value\": \"" + funds + "\", \"unit\": \"万元\"}, "
           + "{\"concept\": \"绩效自评平均得分\", \"basis\": \"决算\", \"value\": \"" + average + "\", \"unit\": \"分\"}, "
           + "{\"concept\": \"绩效评级为优的项目\", \"basis\": \"决算\", \"value\": \"" + excellent + "\", \"unit\": \"个\"}]}]";

    private static string Q(string? s) => s == null ? "null" : "\"" + s + "\"";
}
