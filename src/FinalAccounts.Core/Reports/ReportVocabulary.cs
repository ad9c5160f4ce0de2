using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Reports;

/// <summary>The words the report file format allows for bases, units and scopes (seeds/schema/README.md).</summary>
public static class ReportVocabulary
{
    /// <summary>决算: the year's actual figure.</summary>
    public const string Actual = "决算";

    /// <summary>年初预算: the budget approved at the start of the year.</summary>
    public const string InitialBudget = "年初预算";

    /// <summary>全年预算: the adjusted full-year budget.</summary>
    public const string FullYearBudget = "全年预算";

    /// <summary>上年决算: last year's actual figure.</summary>
    public const string PreviousActual = "上年决算";

    /// <summary>较年初预算增减: the change against the initial budget (signed).</summary>
    public const string ChangeFromBudget = "较年初预算增减";

    /// <summary>较年初预算增减率: the change against the initial budget in percent (signed).</summary>
    public const string ChangeFromBudgetRate = "较年初预算增减率";

    /// <summary>较上年决算增减: the change against last year's actual (signed).</summary>
    public const string ChangeFromPrevious = "较上年决算增减";

    /// <summary>较上年决算增减率: the change against last year's actual in percent (signed).</summary>
    public const string ChangeFromPreviousRate = "较上年决算增减率";

    /// <summary>完成年初预算率: actual ÷ initial budget in percent.</summary>
    public const string InitialBudgetCompletion = "完成年初预算率";

    /// <summary>完成预算率: actual ÷ full-year budget in percent.</summary>
    public const string BudgetCompletion = "完成预算率";

    /// <summary>预算: the figure a 预算 report publishes, the year's budget (预算数).</summary>
    public const string Budget = "预算";

    /// <summary>上年预算: last year's budget, which a 预算 compares against (比2024年预算增加 …).</summary>
    public const string PreviousBudget = "上年预算";

    /// <summary>较上年预算增减: the change against last year's budget (signed; 持平 is 0).</summary>
    public const string ChangeFromPreviousBudget = "较上年预算增减";

    /// <summary>较上年预算增减率: the change against last year's budget in percent (signed).</summary>
    public const string ChangeFromPreviousBudgetRate = "较上年预算增减率";

    /// <summary>上年执行数: last year's budget as executed (2023年当年预算执行数), a base some 预算 compare against instead of 上年预算.</summary>
    public const string PreviousExecution = "上年执行数";

    /// <summary>较上年执行数增减: the change against last year's executed budget (signed).</summary>
    public const string ChangeFromPreviousExecution = "较上年执行数增减";

    /// <summary>较上年执行数增减率: the change against last year's executed budget in percent (比2023年预算执行数增加46.19%; signed).</summary>
    public const string ChangeFromPreviousExecutionRate = "较上年执行数增减率";

    /// <summary>The basis of a report's own figures: 决算 in a 决算, 预算 in a 预算.</summary>
    public static string OwnBasis(ReportKind kind) => kind == ReportKind.Budget ? Budget : Actual;

    /// <summary>占比: a share of the figure named by <see cref="StatedFigure.ShareOf"/>, in percent.</summary>
    public const string Share = "占比";

    /// <summary>Every basis a figure may be stated on.</summary>
    public static IReadOnlyCollection<string> Bases => s_bases;

    /// <summary>Every unit a figure may be stated in.</summary>
    public static IReadOnlyCollection<string> Units => s_units;

    /// <summary>True when <paramref name="basis"/> is a basis of the format.</summary>
    public static bool IsBasis(string basis) => s_bases.Contains(basis);

    /// <summary>True when <paramref name="unit"/> is a unit of the format.</summary>
    public static bool IsUnit(string unit) => s_units.Contains(unit);

    private static readonly HashSet<string> s_bases = new()
    {
        Actual, InitialBudget, FullYearBudget, PreviousActual, ChangeFromBudget, ChangeFromPrevious, "年末", "标准",
        ChangeFromBudgetRate, ChangeFromPreviousRate, InitialBudgetCompletion, BudgetCompletion, Share,
        Budget, PreviousBudget, ChangeFromPreviousBudget, ChangeFromPreviousBudgetRate,
        PreviousExecution, ChangeFromPreviousExecution, ChangeFromPreviousExecutionRate,
    };

    // Money, percent and 分 (points), then every counting unit: CountUnit is the one list of those.
    private static readonly HashSet<string> s_units = new(
        new[] { "万元", "元", "%", "分" }.Concat(FinalAccounts.Quantities.CountUnit.All.Select(u => u.Symbol)));

    /// <summary>The bases whose figures are percentages.</summary>
    public static bool IsPercentBasis(string basis)
        => basis == ChangeFromBudgetRate || basis == ChangeFromPreviousRate || basis == ChangeFromPreviousBudgetRate || basis == ChangeFromPreviousExecutionRate || basis == InitialBudgetCompletion || basis == BudgetCompletion || basis == Share;
}
