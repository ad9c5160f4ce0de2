using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// A 项目支出绩效目标表 as a 预算 publishes it: the project, its 年度资金总额, the 年度总体目标 and the indicators with their
/// 指标值 and, where printed, 分值 — the targets a later 项目支出绩效自评表 (<see cref="PerformanceEvaluation"/>) evaluates,
/// without actuals or scores. It shares the evaluation model's vocabulary (<see cref="IndicatorValue"/>,
/// <see cref="IndicatorNature"/>, <see cref="IndicatorDirection"/>) so a target and an evaluated row compare directly;
/// it is its own type because an evaluation without 得分 and 总分 is no evaluation to score.
/// </summary>
public sealed class PerformanceTargets
{
    /// <summary>Creates a 绩效目标表.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="project"/> or <paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="project"/> is blank, or <paramref name="funds"/> is not in 万元 or 元.</exception>
    public PerformanceTargets(string id, string title, int year, string project, string department, string implementer, StatedFigure? funds,
        string goal, IReadOnlyList<PerformanceTarget> indicators)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Project = project ?? throw new ArgumentNullException(nameof(project));
        if (id.Trim().Length == 0) throw new ArgumentException("a 绩效目标表 needs an id", nameof(id));
        if (project.Trim().Length == 0) throw new ArgumentException("a 绩效目标表 names its project", nameof(project));
        Title = title ?? string.Empty;
        Year = year;
        Department = department ?? string.Empty;
        Implementer = implementer ?? string.Empty;
        // The writer prints the 年度资金总额's unit from the amount: it is money.
        Funds = funds == null || funds.IsMoney ? funds : throw new ArgumentException("a 年度资金总额 is stated in 万元 or 元, found '" + funds.Unit + "'", nameof(funds));
        Goal = goal ?? string.Empty;
        Indicators = indicators ?? throw new ArgumentNullException(nameof(indicators));
    }

    /// <summary>The table's id in the report file (unique among its 绩效目标表 and evaluations).</summary>
    public string Id { get; }

    /// <summary>The title as printed, or empty.</summary>
    public string Title { get; }

    /// <summary>The budget year the targets are set for.</summary>
    public int Year { get; }

    /// <summary>项目名称.</summary>
    public string Project { get; }

    /// <summary>主管部门, or empty.</summary>
    public string Department { get; }

    /// <summary>实施单位, or empty.</summary>
    public string Implementer { get; }

    /// <summary>年度资金总额 (预算), or null when the table prints none.</summary>
    public StatedFigure? Funds { get; }

    /// <summary>年度总体目标 as printed, or empty.</summary>
    public string Goal { get; }

    /// <summary>The indicators in printed order.</summary>
    public IReadOnlyList<PerformanceTarget> Indicators { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " " + Project;
}
