using System;
using System.Text;

namespace FinalAccounts.Reports;

/// <summary>
/// One row of the 项目资金 block of a 项目支出绩效自评表 (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金): each cell a stated
/// figure, or null where the table prints nothing or "—".
/// </summary>
public sealed class EvaluationFundsRow
{
    /// <summary>Creates a row.</summary>
    /// <exception cref="ArgumentException">A 年初预算数, 全年预算数 or 全年执行数 is not in 万元 or 元.</exception>
    public EvaluationFundsRow(string name, StatedFigure? initialBudget, StatedFigure? fullYearBudget, StatedFigure? executed,
        StatedFigure? weight, StatedFigure? executionRate, StatedFigure? score)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        // The writer prints the block's unit from these amounts: they are money.
        InitialBudget = Money(initialBudget, nameof(initialBudget));
        FullYearBudget = Money(fullYearBudget, nameof(fullYearBudget));
        Executed = Money(executed, nameof(executed));
        Weight = weight;
        ExecutionRate = executionRate;
        Score = score;
        Kind = KindOf(name);
    }

    /// <summary>
    /// Which row this is, from the printed name once "其中", colons and spaces are dropped: 年度资金总额, 本年财政拨款 / 财政拨款 /
    /// 当年财政拨款, 上年结转资金 / 上年结转, 其他资金.
    /// </summary>
    public FundsRowKind Kind { get; }

    /// <summary>True for a 其中 row (财政拨款, 上年结转资金, 其他资金): the rows that add up to 年度资金总额.</summary>
    public bool IsPart => Kind == FundsRowKind.FiscalAppropriation || Kind == FundsRowKind.CarriedOver || Kind == FundsRowKind.OtherFunds;

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

    private static StatedFigure? Money(StatedFigure? figure, string name)
        => figure == null || figure.IsMoney ? figure : throw new ArgumentException("a 项目资金 amount is stated in 万元 or 元, found '" + figure.Unit + "'", name);

    private static FundsRowKind KindOf(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c != ':' && c != '：') b.Append(c);
        }
        var n = b.ToString();
        if (n.StartsWith("其中", StringComparison.Ordinal)) n = n.Substring(2);
        return n switch
        {
            "年度资金总额" or "资金总额" or "年度资金总额合计" => FundsRowKind.Total,
            "本年财政拨款" or "财政拨款" or "当年财政拨款" or "财政资金" => FundsRowKind.FiscalAppropriation,
            "上年结转资金" or "上年结转" or "上年结余结转资金" => FundsRowKind.CarriedOver,
            "其他资金" => FundsRowKind.OtherFunds,
            _ => FundsRowKind.Other,
        };
    }
}
