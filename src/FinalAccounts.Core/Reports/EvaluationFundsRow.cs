using System;

namespace FinalAccounts.Reports;

/// <summary>
/// One row of the 项目资金 block of a 项目支出绩效自评表 (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金): each cell a stated
/// figure, or null where the table prints nothing or "—".
/// </summary>
public sealed class EvaluationFundsRow
{
    /// <summary>Creates a row.</summary>
    public EvaluationFundsRow(string name, StatedFigure? initialBudget, StatedFigure? fullYearBudget, StatedFigure? executed,
        StatedFigure? weight, StatedFigure? executionRate, StatedFigure? score)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        InitialBudget = initialBudget;
        FullYearBudget = fullYearBudget;
        Executed = executed;
        Weight = weight;
        ExecutionRate = executionRate;
        Score = score;
    }

    /// <summary>The row name as printed, e.g. 年度资金总额.</summary>
    public string Name { get; }

    /// <summary>年初预算数.</summary>
    public StatedFigure? InitialBudget { get; }

    /// <summary>全年预算数 (the adjusted budget: the denominator of 执行率).</summary>
    public StatedFigure? FullYearBudget { get; }

    /// <summary>全年执行数.</summary>
    public StatedFigure? Executed { get; }

    /// <summary>分值 (10 on the 年度资金总额 row in the national template).</summary>
    public StatedFigure? Weight { get; }

    /// <summary>执行率 in %.</summary>
    public StatedFigure? ExecutionRate { get; }

    /// <summary>得分.</summary>
    public StatedFigure? Score { get; }

    /// <summary>The row name.</summary>
    public override string ToString() => Name;
}
