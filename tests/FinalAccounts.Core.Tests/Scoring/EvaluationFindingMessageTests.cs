using System.Collections.Generic;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The words of every FA2xxx finding, Chinese and English, on the table of <see cref="EvaluationRuleExampleTests"/> (E6 of
/// <see cref="PrintedTables"/>: 年度资金总额 100 / 100 / 90, 执行率 90.00% scoring 9.00 of 10; 培训人数 ≥100 人, 100 → 50 of 50;
/// 定性 服务质量 30 of 30; 满意度 ≥90%, 95% → 10 of 10; 总分 99, 优) broken one figure at a time. A message is what a reviewer
/// reads: each figure, name and word in it is worked out by hand from the table (the arithmetic beside each case).
/// </summary>
public sealed class EvaluationFindingMessageTests
{
    private static string Table(
        string[]? funds = null, string outputActual = "100", string outputScore = "50", string? outputDeviation = null, string output = "50",
        string qualitativeActual = "服务质量明显提升", string? satisfactionDeviation = null, string executionWeight = "10", string totalWeight = "100",
        string total = "99", string grade = "优", string level1 = "产出指标", string[]? extra = null, string expectedGoal = "", string actualGoal = "")
    {
        var indicators = new List<string>
        {
            Indicator(level1, "数量指标", "培训人数", "正向", "大于等于", "100", outputActual, "人", output, outputScore, outputDeviation),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", qualitativeActual, null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10", satisfactionDeviation),
        };
        if (extra != null) indicators.AddRange(extra);
        return Evaluation(funds ?? new[] { Row("年度资金总额", "100", "100", "90", executionWeight, "90.00", "9.00") }, indicators, totalWeight, total, grade: grade,
            expectedGoal: expectedGoal, actualGoal: actualGoal);
    }

    private static Finding One(string table, string ruleId, ScoringPolicy? policy = null)
        => Assert.Single(EvaluationChecker.Check(Report(table), policy).Findings, f => f.RuleId == ruleId && f.Stated.Location.StatementId is "E6" or "3.10-1");

    private static void Says(Finding finding, string message, string messageEn)
    {
        Assert.Equal(message, finding.Message);
        Assert.Equal(messageEn, finding.MessageEn);
    }

    [Fact]
    public void FA2001_names_the_rate_stated_and_the_rate_recomputed()
    {
        // 90 ÷ 100 = 90%; stated 80.00, so 80 − 90 = −10.
        Says(One(Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "80.00", "9.00") }), "FA2001"),
            "E6「测试项目」年度资金总额 执行率 列示 80.00%，全年执行数 90 ÷ 全年预算数 100 = 90%，差额 -10%。",
            "E6 年度资金总额: execution rate stated 80.00%, executed 90 / full-year budget 100 = 90%.");
    }

    // The scored row's 全年预算数 is 0: no rate. Its 其中 row 财政拨款 spent 5 of 10 = 50%, which is the stated 50.00%, and 50% × 10 =
    // 5 is the stated 得分 5.00: that row explains both.
    private static readonly string[] s_zeroBudgetExplained =
    {
        Row("年度资金总额", "10", "0", "5", "10", "50.00", "5.00"), Row("其中：财政拨款", "10", "10", "5"),
    };

    [Fact]
    public void FA2001_on_a_zero_budget_says_the_rate_is_undefined_and_names_the_row_that_explains_it()
    {
        Says(One(Table(funds: s_zeroBudgetExplained, total: "95"), "FA2001"),
            "E6「测试项目」年度资金总额 执行率 列示 50.00%，但全年预算数为 0，执行率无定义（全年执行数 5）；「其中：财政拨款」全年执行数 5 ÷ 全年预算数 10 = 50%，可解释列示的执行率与得分。",
            "E6 年度资金总额: execution rate stated 50.00%, but the full-year budget is 0: the rate is undefined (executed 5); the row 其中：财政拨款 (5 / 10 = 50%) explains the stated rate and score.");
    }

    [Fact]
    public void FA2007_says_why_the_rate_cannot_be_computed_and_which_row_explains_the_score()
    {
        // No 全年预算数 printed, one funds row: nothing else could explain 9.00.
        Says(One(Table(funds: new[] { Row("年度资金总额", "100", null, "90", "10", "90.00", "9.00") }), "FA2007"),
            "E6「测试项目」年度资金总额 得分 列示 9.00，但全年预算数未列示，执行率无法计算，得分无从核实；其他各行亦不能解释。",
            "E6 年度资金总额: score stated 9.00, but its full-year budget is not printed: the rate cannot be computed, so the score cannot be verified; no other row explains it.");
        Says(One(Table(funds: s_zeroBudgetExplained, total: "95"), "FA2007"),
            "E6「测试项目」年度资金总额 得分 列示 5.00，但全年预算数为 0，执行率无法计算，得分无从核实；「其中：财政拨款」全年执行数 5 ÷ 全年预算数 10 = 50%，可解释列示的执行率与得分。",
            "E6 年度资金总额: score stated 5.00, but its full-year budget is 0: the rate cannot be computed, so the score cannot be verified; the row 其中：财政拨款 (5 / 10 = 50%) explains the stated rate and score.");
    }

    [Theory]
    // 6 of 10 is 60%, not the stated 50.00%.
    [InlineData("6", "5.00")]
    // 5 of 10 is the stated 50%, but 50% × 10 = 5, not the stated 4.00.
    [InlineData("5", "4.00")]
    public void FA2007_names_no_row_when_none_explains_both_rate_and_score(string executed, string score)
    {
        var funds = new[] { Row("年度资金总额", "10", "0", "5", "10", "50.00", score), Row("其中：财政拨款", "10", "10", executed) };
        var finding = One(Table(funds: funds, total: "95"), "FA2007");
        Assert.EndsWith("得分无从核实；其他各行亦不能解释。", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("; no other row explains it.", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FA2002_names_the_closest_policy_its_rate_and_score()
    {
        // Every policy gives 90% × 10 = 9; stated 7.00: 7 − 9 = −2. No policy explains it, all disagree twice (the score and
        // the total 97 against 99): the tie goes to the first, 国家默认.
        Says(One(Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "7.00") }, total: "97"), "FA2002"),
            "E6「测试项目」执行率得分 列示 7.00，按国家默认（执行率×分值）执行率 90% 应得 9，相差 -2 分。",
            "E6: execution score stated 7.00; under national it is 9 (difference -2).");
    }

    [Fact]
    public void FA2003_names_the_row_the_closest_policy_and_the_policies_that_fail_it_too()
    {
        // ≥100 人, actual 80: 80 ÷ 100 × 50 = 40 under every policy; stated 50: 50 − 40 = 10.
        var table = Table(outputActual: "80", outputScore: "50", outputDeviation: "部分人员未参训");
        Says(One(table, "FA2003"),
            "E6「测试项目」培训人数（≥100人，实际 80人，分值 50）得分 列示 50，按国家默认应得 40，相差 10 分；已知评分规则均不能解释该表全部得分"
            + "（比例计分、超标不得分、四川10+90、云南20+80 亦不能解释此项）。",
            "E6 培训人数: score stated 50; national gives 40 (difference 10); no known policy explains every score of the table.");
        // Under one chosen policy the finding speaks of that policy only.
        Says(One(table, "FA2003", ScoringPolicy.NationalRatio),
            "E6「测试项目」培训人数（≥100人，实际 80人，分值 50）得分 列示 50，按比例计分应得 40，相差 10 分；所选评分规则比例计分不能解释该表全部得分。",
            "E6 培训人数: score stated 50; national-ratio gives 40 (difference 10); the chosen policy national-ratio does not explain every score of the table.");
    }

    [Fact]
    public void FA2004_names_the_total_and_the_sum_of_the_scores()
    {
        // 9.00 + 50 + 30 + 10 = 99; stated 95: 95 − 99 = −4.
        Says(One(Table(total: "95"), "FA2004"),
            "E6「测试项目」总分 列示 95，执行率得分与各指标得分之和为 99，相差 -4 分。",
            "E6: total stated 95; the execution score and indicator scores add up to 99 (difference -4).");
    }

    [Fact]
    public void FA2005_names_the_grade_printed_and_the_grade_of_the_total()
    {
        // 99 ≥ 90 is 优 (Excellent).
        Says(One(Table(grade: "良"), "FA2005"), "E6「测试项目」评价等级 列示「良」，总分 99 应为「优」。", "E6: grade printed '良', but a total of 99 is 'Excellent'.");
    }

    [Fact]
    public void FA2006_lists_the_parts_and_the_parts_not_printed()
    {
        // 年初预算数: 70 + 19 = 89 against 100: 100 − 89 = 11 万元 (全年 60 + 40 and 执行 55 + 35 agree).
        var funds = new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00"), Row("其中：财政拨款", "70", "60", "55"), Row("上年结转资金", "19", "40", "35") };
        Says(One(Table(funds: funds), "FA2006"),
            "E6「测试项目」项目资金 年初预算数：年度资金总额 列示 100，其中 其中：财政拨款 70 + 上年结转资金 19 = 89，相差 11万元。",
            "E6 funds, 年初预算数: 年度资金总额 stated 100; the 其中 rows add up to 89 (difference 11).");
        // 上年结转资金 prints no 年初预算数: 70 alone against 100, and the message says which part is missing.
        var blank = new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00"), Row("其中：财政拨款", "70", "60", "55"), Row("上年结转资金", null, "40", "35") };
        Says(One(Table(funds: blank), "FA2006"),
            "E6「测试项目」项目资金 年初预算数：年度资金总额 列示 100，其中 其中：财政拨款 70 = 70，相差 30万元（上年结转资金 未列示）。",
            "E6 funds, 年初预算数: 年度资金总额 stated 100; the 其中 rows add up to 70 (difference 30) (上年结转资金 not printed).");
    }

    [Fact]
    public void FA2010_names_both_weight_sums()
    {
        // 10 + (50 + 30 + 10) = 100, the 总分 分值 printed 90.
        Says(One(Table(totalWeight: "90"), "FA2010"),
            "E6「测试项目」分值：执行率 10 + 各指标 90 = 100，总分分值列示 90，应均为 100。",
            "E6: weights add up to 100 (execution 10 + indicators 90), total weight stated 90; both should be 100.");
        // 总分 分值 100 but 10 + (55 + 30 + 10) = 105.
        Says(One(Table(output: "55", outputScore: "55", total: "104"), "FA2010"),
            "E6「测试项目」分值：执行率 10 + 各指标 95 = 105，总分分值列示 100，应均为 100。",
            "E6: weights add up to 105 (execution 10 + indicators 95), total weight stated 100; both should be 100.");
    }

    [Fact]
    public void FA2011_names_the_weights_and_the_templates_they_miss()
    {
        var table = Table(executionWeight: "15", output: "45", outputScore: "45");
        Says(One(table, "FA2011"),
            "E6「测试项目」一级指标分值为 执行率 15 / 产出指标 45 / 效益指标 30 / 满意度指标 10，不符合任何已知权重模板（执行率10/产出50/效益30/满意度10：执行率 10 / 产出指标 50 / 效益指标 30 / 满意度指标 10；"
            + "执行10+绩效指标90：执行率 10 / 绩效指标 90；执行20+绩效指标80：执行率 20 / 绩效指标 80）。",
            "E6: first-level weights 执行率 15 / 产出指标 45 / 效益指标 30 / 满意度指标 10 match no known template (执行率 10 / 产出指标 50 / 效益指标 30 / 满意度指标 10; "
            + "执行率 10 / 绩效指标 90; 执行率 20 / 绩效指标 80).");
        Says(One(table, "FA2011", ScoringPolicy.Sichuan),
            "E6「测试项目」一级指标分值为 执行率 15 / 产出指标 45 / 效益指标 30 / 满意度指标 10，不符合所选权重模板（执行10+绩效指标90：执行率 10 / 绩效指标 90）。",
            "E6: first-level weights 执行率 15 / 产出指标 45 / 效益指标 30 / 满意度指标 10 match no chosen template (执行率 10 / 绩效指标 90).");
    }

    [Fact]
    public void FA2012_names_the_block_its_printed_weight_and_its_rows_sum()
    {
        // 产出指标(50分) over 20 + 25 = 45: 50 − 45 = 5.
        var table = Table(level1: "产出指标(50分)", output: "20", outputScore: "20",
            extra: new[] { Indicator("产出指标(50分)", "质量指标", "合格率", "正向", "大于等于", "90", "95", "%", "25", "25") });
        Says(One(table, "FA2012"), "E6「测试项目」产出指标列示 50 分，其下 2 项指标分值合计 45，相差 5 分。", "E6 产出指标: printed weight 50, its 2 indicators' weights add up to 45.");
    }

    [Theory]
    [InlineData("有效提升", "实际完成值照抄年度指标值「有效提升」", "the actual repeats the target '有效提升'")]
    [InlineData("", "实际完成值为空", "the actual is empty")]
    [InlineData("0", "实际完成值为「0」", "the actual is '0'")]
    public void FA2020_says_why_there_is_no_evidence(string actual, string why, string whyEn)
    {
        Says(One(Table(qualitativeActual: actual), "FA2020"),
            "E6「测试项目」定性指标「服务质量」" + why + "，无实际完成情况佐证，却得满分 30（分值 30）。",
            "E6 服务质量: a qualitative indicator with no evidence (" + whyEn + ") scores full marks (30 of 30).");
    }

    [Fact]
    public void FA2021_names_the_missed_target_and_a_reason_written_on_a_met_row()
    {
        // ≥100 人, actual 80, no 偏差原因: 80 ÷ 100 × 50 = 40.
        Says(One(Table(outputActual: "80", outputScore: "40", total: "89", grade: "良"), "FA2021"),
            "E6「测试项目」「培训人数」年度指标值 ≥100人，实际完成 80人，未完成，却未填写偏差原因分析及改进措施。",
            "E6 培训人数: target ≥100人 missed (actual 80人) with no deviation reason.");
        // The reason stands on the met 满意度 row instead.
        Says(One(Table(outputActual: "80", outputScore: "40", total: "89", grade: "良", satisfactionDeviation: "部分人员未参训"), "FA2021"),
            "E6「测试项目」「培训人数」年度指标值 ≥100人，实际完成 80人，未完成，却未填写偏差原因分析及改进措施；偏差原因却写在已完成的「满意度」行（部分人员未参训）。",
            "E6 培训人数: target ≥100人 missed (actual 80人) with no deviation reason; a reason stands instead on the met row(s) 满意度.");
    }

    [Fact]
    public void FA2030_names_the_costs_their_sum_and_the_money_spent()
    {
        // 95 万元 of cost against 90 万元 executed: 5 more.
        var cost = Indicator("产出指标", "成本指标", "培训成本", "反向", "小于等于", "100", "95", "万元", "0", "0");
        Says(One(Table(extra: new[] { cost }), "FA2030"),
            "E6「测试项目」成本指标实际完成值合计 95万元 = 95万元，超过年度资金总额全年执行数 90万元，多 5万元（培训成本）。",
            "E6: the cost indicators' actuals add up to 95 万元, more than the 90 万元 executed (by 5).");
    }

    [Fact]
    public void FA2031_quotes_the_text_and_names_the_rows_column()
    {
        // The results text says 120 人 of 培训人数, whose 实际完成值 is 100; the goal text 120 against the 年度指标值 100.
        Says(One(Table(actualGoal: "本年完成培训人数120人"), "FA2031"),
            "E6「测试项目」实际完成情况称「本年完成培训人数120人」（120人），而指标「培训人数」的实际完成值为 100人，两者不一致。",
            "E6: the results text states 120人 for 培训人数, whose row states 100 人.");
        Says(One(Table(expectedGoal: "计划培训人数120人"), "FA2031"),
            "E6「测试项目」年度总体目标称「计划培训人数120人」（120人），而指标「培训人数」的年度指标值为 100人，两者不一致。",
            "E6: the goal text states 120人 for 培训人数, whose row states 100 人.");
    }

    [Fact]
    public void FA2040_names_the_summary_figure_and_what_the_tables_give()
    {
        // The seed's five tables and E6: 全年预算数 150 + 20 + 34 + 35 + 9 + 100 = 348 万元; 总分 95.00 + 94.64 + 100.00 + 98.86 + 100.00
        // + 99 = 587.50, ÷ 6 = 97.91666… → 97.9167; each total ± its half unit (0.005, E6's 99 ± 0.5): [586.975, 588.025] ÷ 6 =
        // [97.82916…, 98.00416…] → [97.8292, 98.0042]; all six totals ≥ 90: 优 6, surely.
        Says(One(WithSummary(Table(), "6", "300", "97.92", "6"), "FA2040"),
            "说明所列绩效自评涉及资金 300万元，6 张自评表年度资金总额全年预算数之和为 348万元，相差 -48。",
            "the 说明 states 300 万元 of self-evaluated funds; the 6 tables' 年度资金总额 全年预算数 add up to 348 (difference -48).");
        Says(One(WithSummary(Table(), "6", "348", "96.50", "6"), "FA2040"),
            "说明所列平均得分 96.50分，6 张自评表总分的平均值为 97.9167分（舍入允许 [97.8292, 98.0042]）。",
            "the 说明 states an average score of 96.50; the 6 tables' totals average 97.9167 (rounding allows [97.8292, 98.0042]).");
        Says(One(WithSummary(Table(), "6", "348", "97.92", "4"), "FA2040"),
            "说明所列绩效评级为“优”的项目 4个，自评表中总分在该档的为 6 个（舍入允许 6–6 个）。",
            "the 说明 states 4 project(s) graded 优; 6 table(s) have a total in that band (rounding allows 6–6).");
    }
}
