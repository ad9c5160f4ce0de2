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

    /// <summary>
    /// 较年初预算差额: a difference from the initial budget printed without direction ("与年初预算相差0.9万元", "差值0.9万元"):
    /// |决算 − 年初预算|, never negative; the words give no sign.
    /// </summary>
    public const string DifferenceFromBudget = "较年初预算差额";

    /// <summary>较全年预算差额: |决算 − 全年预算| printed without direction (与全年预算相差…).</summary>
    public const string DifferenceFromFullYearBudget = "较全年预算差额";

    /// <summary>较上年决算差额: |决算 − 上年决算| printed without direction (与上年相差…).</summary>
    public const string DifferenceFromPrevious = "较上年决算差额";

    /// <summary>较上年预算差额: |预算 − 上年预算| printed without direction, in a 预算 (与上年预算相差…).</summary>
    public const string DifferenceFromPreviousBudget = "较上年预算差额";

    /// <summary>
    /// The basis an unsigned difference (<see cref="DifferenceFromBudget"/> …) is measured against — 年初预算, 全年预算,
    /// 上年决算 or 上年预算 — or null when <paramref name="basis"/> is not an unsigned difference.
    /// </summary>
    public static string? UnsignedDifferenceBase(string basis) => basis switch
    {
        DifferenceFromBudget => InitialBudget,
        DifferenceFromFullYearBudget => FullYearBudget,
        DifferenceFromPrevious => PreviousActual,
        DifferenceFromPreviousBudget => PreviousBudget,
        _ => null,
    };

    /// <summary>
    /// The words a 说明 names an item by when it says the unit had none of it ("因公出国（境）费未发生", "无政府性基金预算财政拨款
    /// 收入和支出"), each with the concepts it names; compared after quotes and spaces are dropped and half-width brackets
    /// made full-width. A bare 政府性基金 or 国有资本经营 (收入? 支出?) names nothing: which figure it means is not certain.
    /// </summary>
    internal static IReadOnlyList<(string Words, string[] Concepts)> NamedItems { get; } = new (string, string[])[]
    {
        ("三公经费", new[] { "三公经费" }),
        ("因公出国（境）费用", new[] { "因公出国（境）费" }),
        ("因公出国（境）经费", new[] { "因公出国（境）费" }),
        ("因公出国（境）费", new[] { "因公出国（境）费" }),
        ("公务用车购置及运行维护费", new[] { "公务用车购置及运行维护费" }),
        ("公务用车购置及运行费", new[] { "公务用车购置及运行维护费" }),
        ("公务用车购置费", new[] { "公务用车购置费" }),
        ("公务用车购置", new[] { "公务用车购置费" }),
        ("公务用车运行维护费", new[] { "公务用车运行维护费" }),
        ("公务用车运行费", new[] { "公务用车运行维护费" }),
        ("公务接待费", new[] { "公务接待费" }),
        ("国内公务接待费", new[] { "国内公务接待费" }),
        ("国（境）外公务接待费", new[] { "国（境）外公务接待费" }),
        ("机关运行经费", new[] { "机关运行经费" }),
        ("政府性基金预算财政拨款收入和支出", new[] { "政府性基金预算财政拨款收入", "政府性基金预算财政拨款支出" }),
        ("政府性基金预算财政拨款收支", new[] { "政府性基金预算财政拨款收入", "政府性基金预算财政拨款支出" }),
        ("政府性基金预算财政拨款收入", new[] { "政府性基金预算财政拨款收入" }),
        ("政府性基金预算财政拨款支出", new[] { "政府性基金预算财政拨款支出" }),
        ("国有资本经营预算财政拨款收入和支出", new[] { "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款支出" }),
        ("国有资本经营预算财政拨款收支", new[] { "国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款支出" }),
        ("国有资本经营预算财政拨款收入", new[] { "国有资本经营预算财政拨款收入" }),
        ("国有资本经营预算财政拨款支出", new[] { "国有资本经营预算财政拨款支出" }),
    };

    /// <summary>
    /// A whole a share may name (占财政拨款支出的…%) and the concept that is the same quantity when the report has none of
    /// the listed others: 财政拨款支出 is 一般公共预算财政拨款支出 when 政府性基金 and 国有资本经营预算财政拨款支出 are 0
    /// (each stated as 0, or its table published without a 决算 figure), and likewise for 收入. 收入总计 and 支出总计 are one
    /// figure with no condition: the template states them as one ("收入、支出决算总计XXX万元"; FA1003 holds them equal).
    /// </summary>
    internal static IReadOnlyList<(string Whole, string SameAs, string[] NoneOf)> WholeAliases { get; } = new (string, string, string[])[]
    {
        ("财政拨款支出", "一般公共预算财政拨款支出", new[] { "政府性基金预算财政拨款支出", "国有资本经营预算财政拨款支出" }),
        ("财政拨款收入", "一般公共预算财政拨款收入", new[] { "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入" }),
        ("收入总计", "支出总计", System.Array.Empty<string>()),
        ("支出总计", "收入总计", System.Array.Empty<string>()),
    };

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
        DifferenceFromBudget, DifferenceFromFullYearBudget, DifferenceFromPrevious, DifferenceFromPreviousBudget,
    };

    // Money, percent and 分 (points), then every counting unit: CountUnit is the one list of those.
    private static readonly HashSet<string> s_units = new(
        new[] { "万元", "元", "%", "分" }.Concat(FinalAccounts.Quantities.CountUnit.All.Select(u => u.Symbol)));

    /// <summary>The bases whose figures are percentages.</summary>
    public static bool IsPercentBasis(string basis)
        => basis == ChangeFromBudgetRate || basis == ChangeFromPreviousRate || basis == ChangeFromPreviousBudgetRate || basis == ChangeFromPreviousExecutionRate || basis == InitialBudgetCompletion || basis == BudgetCompletion || basis == Share;
}
