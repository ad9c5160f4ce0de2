using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// FA1215's small world: the 决算 is the seed with E6 of <see cref="Scoring.PrintedTables"/> (project 测试项目: 培训人数 ≥100 人,
/// 分值 50; 定性 服务质量 有效提升, 30; 满意度 ≥90 %, 10), its 预算 the seed's header as a 预算 holding only the 绩效目标表 given
/// here (the seed's five 自评表 then have no 目标表 and are not compared).
/// </summary>
internal static class TargetTables
{
    /// <summary>E6's three rows as printed; <paramref name="outputWeight"/> and <paramref name="outputUnit"/> change 培训人数.</summary>
    public static string Evaluation(string? totalWeight = "100", string? cut = null, string outputWeight = "50", string? outputUnit = "人", string? outputDirection = "大于等于")
        => Scoring.PrintedTables.Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") }, new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", outputDirection, "100", "100", outputUnit, outputWeight, outputWeight),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        }, totalWeight, totalWeight == null ? null : "99", cut);

    /// <summary>A target row; the weight null prints none.</summary>
    public static PerformanceTarget Target(string level2, string level3, string target, string? unit, string? weight,
        IndicatorDirection direction = IndicatorDirection.AtLeast, bool inferred = false, string project = "测试项目")
    {
        var location = new FigureLocation("T1", "绩效目标表", level2, string.Empty, string.Empty, level3, "分值");
        var nature = direction == IndicatorDirection.Qualitative ? IndicatorNature.Qualitative : IndicatorNature.Positive;
        return new PerformanceTarget("一级", level2, level3, nature, direction, IndicatorValue.Parse(target, unit),
            weight == null ? null : new StatedFigure(new FigureKey(level3, "分值", scope: level2, item: project), weight, "分", location), location, inferred);
    }

    /// <summary>E6's rows as targets: what the 自评表 restates.</summary>
    public static PerformanceTarget Output(string target = "100", string? unit = "人", string? weight = "50", IndicatorDirection direction = IndicatorDirection.AtLeast,
        bool inferred = false, string level2 = "数量指标", string level3 = "培训人数")
        => Target(level2, level3, target, unit, weight, direction, inferred);

    public static PerformanceTarget Quality(string target = "有效提升") => Target("社会效益指标", "服务质量", target, null, "30", IndicatorDirection.Qualitative);

    public static PerformanceTarget Satisfaction() => Target("服务对象满意度指标", "满意度", "90", "%", "10");

    /// <summary>A 绩效目标表 of <paramref name="project"/> with <paramref name="rows"/>.</summary>
    public static PerformanceTargets Table(string id, string project, params PerformanceTarget[] rows)
        => new(id, "2024年项目支出绩效目标表", 2024, project, "测试部门", "测试单位", null, string.Empty, rows);

    /// <summary>The seed's header as the 2024 预算 of the same unit, holding <paramref name="tables"/> only.</summary>
    public static FinalAccountsReport Budget(FinalAccountsReport final, params PerformanceTargets[] tables)
    {
        var i = final.Info;
        var info = new ReportInfo(i.Title, i.Year, i.UnitName, i.Level, i.UnitKind, i.CurrencyUnit, string.Empty, string.Empty, ReportKind.Budget);
        return new FinalAccountsReport(info, Array.Empty<ReportTable>(), Array.Empty<Statement>(), Array.Empty<PerformanceEvaluation>(), tables);
    }

    /// <summary>The cross check of E6's 决算 (<paramref name="evaluation"/>) against a 预算 holding <paramref name="tables"/>.</summary>
    public static CheckReport Check(string evaluation, params PerformanceTargets[] tables)
    {
        var final = Report(evaluation);
        return CrossChecker.Check(Budget(final, tables), final);
    }

    /// <summary>FA1215's findings of <paramref name="check"/>.</summary>
    public static IReadOnlyList<Finding> Warnings(CheckReport check) => check.Findings.Where(f => f.RuleId == "FA1215").ToList();
}
