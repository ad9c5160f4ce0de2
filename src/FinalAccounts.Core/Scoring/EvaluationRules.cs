using System.Collections.Generic;
using FinalAccounts.Scoring.Checks;
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

    /// <summary>FA2006 Σ其中 = 年度资金总额, per column.</summary>
    public static RuleDescriptor FundsSum { get; } = new("FA2006", "其中各项之和 = 年度资金总额", "the 其中 rows add up to the 年度资金总额 row",
        "本年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额 in 年初预算数, 全年预算数 and 全年执行数, of the rows printed (rounding-aware)");

    /// <summary>FA2007 a stated 执行率 score whose rate cannot be computed.</summary>
    public static RuleDescriptor ExecutionUnverifiable { get; } = new("FA2007", "执行率无法计算，得分无从核实", "the execution score's rate cannot be computed",
        "the scored 项目资金 row states 得分 but its 全年预算数 is 0 or not printed; names the 其中 row whose figures explain the stated 执行率 and 得分, if any",
        RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2010 weights add to 100.</summary>
    public static RuleDescriptor WeightSum { get; } = new("FA2010", "分值合计 = 100", "weights add up to 100",
        "执行率 分值 + Σ 指标 分值 = 总分 分值 = 100");

    /// <summary>FA2011 一级 weights follow a known template.</summary>
    public static RuleDescriptor WeightTemplate { get; } = new("FA2011", "一级指标分值符合权重模板", "first-level weights match a weight template",
        "执行率 and 一级指标 分值 match the chosen policy's template, or any known one (10/50/30/10, 10 + 90)", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2012 a printed 一级 weight = Σ its indicators' weights.</summary>
    public static RuleDescriptor BlockWeight { get; } = new("FA2012", "一级指标列示分值 = 其下三级指标分值之和", "a printed first-level weight is the sum of its indicators' weights",
        "产出指标(50分): Σ 分值 of the 产出指标 rows = 50, for each 一级 cell that prints its weight, on blocks the table has whole");

    /// <summary>FA2020 qualitative indicator with no evidence yet full score.</summary>
    public static RuleDescriptor QualitativeEvidence { get; } = new("FA2020", "定性指标无实际完成情况却得满分", "a qualitative indicator with no evidence scores full marks",
        "a 定性 indicator whose 实际完成值 is empty, 0, or repeats the 年度指标值 has 得分 < 分值", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2021 missed indicator without deviation reason.</summary>
    public static RuleDescriptor DeviationReason { get; } = new("FA2021", "未完成指标须说明偏差原因", "a missed indicator states its deviation reason",
        "an indicator whose 实际完成值 misses the 年度指标值 has a 偏差原因分析及改进措施", RuleKind.ReviewerFlag, Severity.Warning);

    /// <summary>FA2030 cost actuals vs 全年执行数.</summary>
    public static RuleDescriptor CostVersusFunds { get; } = new("FA2030", "成本指标实际值合计不超过全年执行数", "cost indicators do not exceed the money spent",
        "Σ 成本指标 实际完成值 (万元/元) ≤ 年度资金总额 全年执行数 (rounding-aware); equal when they cover all of it");

    /// <summary>FA2031 figures of the goals and results text vs the indicator rows.</summary>
    public static RuleDescriptor GoalText { get; } = new("FA2031", "目标与完成情况文字所列数与指标值一致", "the goals and results text agree with the indicator rows",
        "a number the 年度总体目标 (实际完成情况) text gives in a row's unit, next to words naming that row (≥ 4 characters of its 三级指标 shared, one row only), agrees with the row's 年度指标值 (实际完成值) at the precision both print (warning)",
        RuleKind.Agreement, Severity.Warning);

    /// <summary>FA2040 the 说明's self-evaluation summary vs the 自评表.</summary>
    public static RuleDescriptor Summary { get; } = new("FA2040", "说明所列绩效自评汇总与自评表一致", "the 说明's self-evaluation summary agrees with the tables",
        "when the 说明's 项目个数 equals the number of whole 自评表: 涉及预算金额 = Σ 年度资金总额 全年预算数 (or 年初预算数), 平均得分 = the mean 总分, and each grade band's count = the tables whose 总分 is in it (rounding-aware)",
        RuleKind.Agreement, Severity.Error);

    /// <summary>Every FA2xxx rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        ExecutionRate, ExecutionScore, IndicatorScore, Total, Grade, FundsSum, ExecutionUnverifiable, WeightSum, WeightTemplate, BlockWeight,
        QualitativeEvidence, DeviationReason, CostVersusFunds, GoalText, Summary,
    };

    /// <summary>
    /// Every FA2xxx rule as a rule over the report (<see cref="IReportRule"/>), in ID order: what
    /// <see cref="EvaluationChecker"/> runs through <see cref="ReportChecker.Check(FinalAccounts.Reports.FinalAccountsReport, IEnumerable{IReportRule}, ScoringPolicy?)"/>.
    /// </summary>
    public static IReadOnlyList<IReportRule> Rules { get; } = new IReportRule[]
    {
        new EvaluationRule(ExecutionRate, ScoreFindings.ExecutionRate),
        new EvaluationRule(ExecutionScore, ScoreFindings.ExecutionScore),
        new EvaluationRule(IndicatorScore, ScoreFindings.IndicatorScores),
        new EvaluationRule(Total, ScoreFindings.Total),
        new EvaluationRule(Grade, ScoreFindings.Grade),
        new EvaluationRule(FundsSum, ScoreFindings.FundsSum),
        new EvaluationRule(ExecutionUnverifiable, ScoreFindings.ExecutionUnverifiable),
        new EvaluationRule(WeightSum, ReviewerFlags.WeightSum),
        new EvaluationRule(WeightTemplate, ReviewerFlags.Template),
        new EvaluationRule(BlockWeight, ReviewerFlags.BlockWeights),
        new EvaluationRule(QualitativeEvidence, ReviewerFlags.Evidence),
        new EvaluationRule(DeviationReason, ReviewerFlags.Deviations),
        new EvaluationRule(CostVersusFunds, ReviewerFlags.Costs),
        new EvaluationRule(GoalText, Checks.GoalText.Check),
        new EvaluationSummary(),
    };

    /// <summary>
    /// True for the rules that flag what reviewers flag rather than recompute a figure (FA2007, FA2011, FA2020, FA2021): their
    /// findings carry no expected interval worth printing. The same as <c>rule.Kind == RuleKind.ReviewerFlag</c>.
    /// </summary>
    public static bool IsReviewerFlag(RuleDescriptor rule) => rule?.Kind == RuleKind.ReviewerFlag;
}
