using System.Collections.Generic;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring;

/// <summary>The 项目支出绩效自评表 checks (FA2xxx), each with a stable ID documented in README. An ID never changes meaning.</summary>
public static class EvaluationRules
{
    /// <summary>FA2001 执行率 = 全年执行数 ÷ 全年预算数.</summary>
    public static RuleDescriptor ExecutionRate { get; } = new("FA2001", "执行率 = 全年执行数 ÷ 全年预算数", "execution rate = executed / full-year budget",
        "each 项目资金 row: 执行率% = 全年执行数 ÷ 全年预算数 × 100 (rounding-aware)");

    /// <summary>FA2002 执行率得分 under the policy.</summary>
    public static RuleDescriptor ExecutionScore { get; } = new("FA2002", "执行率得分 = 执行率 × 分值（封顶）", "execution score = rate × weight, capped",
        "年度资金总额 得分 = min(执行率, 100%) × 分值, when no known policy explains the table's scores");

    /// <summary>FA2003 indicator score under the policy.</summary>
    public static RuleDescriptor IndicatorScore { get; } = new("FA2003", "指标得分与评分规则一致", "an indicator's score follows a known scoring policy",
        "each 得分 = the score the closest known policy gives (rounding-aware), reported only when no known policy explains every score");

    /// <summary>FA2004 总分 = 执行率得分 + Σ 指标得分.</summary>
    public static RuleDescriptor Total { get; } = new("FA2004", "总分 = 执行率得分 + Σ指标得分", "total = execution score + the indicator scores",
        "总分 得分 = 年度资金总额 得分 + Σ 指标 得分, as stated (rounding-aware)");

    /// <summary>FA2005 printed grade = grade of the total.</summary>
    public static RuleDescriptor Grade { get; } = new("FA2005", "评价等级与总分一致", "the printed grade is the grade of the total",
        "优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 (lower bounds inclusive), when a grade is printed");

    /// <summary>FA2010 weights add to 100.</summary>
    public static RuleDescriptor WeightSum { get; } = new("FA2010", "分值合计 = 100", "weights add up to 100",
        "执行率 分值 + Σ 指标 分值 = 总分 分值 = 100");

    /// <summary>FA2011 一级 weights follow a known template.</summary>
    public static RuleDescriptor WeightTemplate { get; } = new("FA2011", "一级指标分值符合权重模板", "first-level weights match a weight template",
        "执行率 and 一级指标 分值 match the chosen policy's template, or any known one (10/50/30/10, 10 + 90)", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2020 qualitative indicator with no evidence yet full score.</summary>
    public static RuleDescriptor QualitativeEvidence { get; } = new("FA2020", "定性指标无实际完成情况却得满分", "a qualitative indicator with no evidence scores full marks",
        "a 定性 indicator whose 实际完成值 is empty, 0, or repeats the 年度指标值 has 得分 < 分值", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2021 missed indicator without deviation reason.</summary>
    public static RuleDescriptor DeviationReason { get; } = new("FA2021", "未完成指标须说明偏差原因", "a missed indicator states its deviation reason",
        "an indicator whose 实际完成值 misses the 年度指标值 has a 偏差原因分析及改进措施", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2030 cost actuals vs 全年执行数.</summary>
    public static RuleDescriptor CostVersusFunds { get; } = new("FA2030", "成本指标实际值合计不超过全年执行数", "cost indicators do not exceed the money spent",
        "Σ 成本指标 实际完成值 (万元/元) ≤ 年度资金总额 全年执行数 (rounding-aware); equal when they cover all of it");

    /// <summary>Every FA2xxx rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        ExecutionRate, ExecutionScore, IndicatorScore, Total, Grade, WeightSum, WeightTemplate, QualitativeEvidence, DeviationReason, CostVersusFunds,
    };

    /// <summary>
    /// True for the rules that flag what reviewers flag rather than recompute a figure (FA2011, FA2020, FA2021): their
    /// findings carry no expected interval worth printing. The same as <c>rule.Kind == RuleKind.ReviewerFlag</c>.
    /// </summary>
    public static bool IsReviewerFlag(RuleDescriptor rule) => rule?.Kind == RuleKind.ReviewerFlag;
}
