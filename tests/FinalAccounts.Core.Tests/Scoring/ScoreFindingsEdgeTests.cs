using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The edges of FA2001–FA2006 (ScoreFindings) not on the message tests' table: a row another policy explains, a total only
/// rounding above a 分值 could reach, a blank score, a grade printed with spaces, a 其中 row's undefined rate. Scores by
/// hand from docs/scoring.md (≤ overshoot: national (1 − over ÷ target) × 分值, 比例计分 target ÷ actual × 分值, 超标不得分 0;
/// 四川 and 云南 score rows as national).
/// </summary>
public sealed class ScoreFindingsEdgeTests
{
    private static readonly string s_fullFunds = Row("年度资金总额", "100", "100", "100", "10", "100.00", "10");

    private static IReadOnlyList<Finding> Of(string table, string ruleId) => Findings(table).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void A_row_another_policy_explains_says_which_one()
    {
        // 完成时限 ≤30 天, 45 (over by 15, half the target): national 5, 比例计分 30 ÷ 45 × 10 = 6.67, 超标不得分 0; stated 0.
        // 办结时间 ≤20 天, 25 (over by 5): national (1 − 0.25) × 30 = 22.5, 比例计分 20 ÷ 25 × 30 = 24, 超标不得分 0; stated 24.
        // No policy explains both; 比例计分 and 超标不得分 each miss one row and the total (9 + 0 + 24 + 50 = 83 stated;
        // 89.67 and 59 recomputed), national three: the tie goes to the earlier, 比例计分. Its one finding is 完成时限, which
        // 超标不得分 explains.
        var table = Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9") }, new[]
        {
            Indicator("产出指标", "时效指标", "完成时限", "反向", "小于等于", "30", "45", "天", "10", "0", "因故延期"),
            Indicator("产出指标", "时效指标", "办结时间", "反向", "小于等于", "20", "25", "天", "30", "24", "因故延期"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "50", "50"),
        }, "100", "83");
        var finding = Assert.Single(Of(table, "FA2003"));
        Assert.StartsWith("E6「测试项目」完成时限（≤30天，实际 45天，分值 10）得分 列示 0，按比例计分应得 ", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("；已知评分规则均不能解释该表全部得分（此项可由 超标不得分 解释）。", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("; no known policy explains every score of the table (this row is explained by national-zero).", finding.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_several_other_policies_explain_names_each_of_them()
    {
        // 完成时限 ≤30 天, 45: national (1 − 15 ÷ 30) × 10 = 5, 比例计分 30 ÷ 45 × 10 = 6.67, 超标不得分 0; stated 5.
        // 办结时间 ≤20 天, 25: national 22.5, 比例计分 24, 超标不得分 0; stated 24.
        // 响应时间 ≤10 小时, 20 (twice the target): national 0, 比例计分 10 ÷ 20 × 10 = 5, 超标不得分 0; stated 5.
        // Total 9 + 5 + 24 + 5 + 30 + 10 = 83: national gives 76.5, 比例计分 84.67. National (and 四川, 云南, which score rows as
        // national) miss two rows and the total, 比例计分 one row and the total, 超标不得分 three rows and the total: 比例计分
        // is the closest, and its one finding, 完成时限, is explained by the three national-rule policies, listed in order.
        var table = Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9") }, new[]
        {
            Indicator("产出指标", "时效指标", "完成时限", "反向", "小于等于", "30", "45", "天", "10", "5", "因故延期"),
            Indicator("产出指标", "时效指标", "办结时间", "反向", "小于等于", "20", "25", "天", "30", "24", "因故延期"),
            Indicator("产出指标", "时效指标", "响应时间", "反向", "小于等于", "10", "20", "小时", "10", "5", "因故延期"),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        }, "100", "83");
        var finding = Assert.Single(Of(table, "FA2003"));
        Assert.StartsWith("E6「测试项目」完成时限（≤30天，实际 45天，分值 10）得分 列示 5，按比例计分应得 ", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("；已知评分规则均不能解释该表全部得分（此项可由 国家默认、四川10+90、云南20+80 解释）。", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("; no known policy explains every score of the table (this row is explained by national, sichuan, yunnan).", finding.MessageEn, System.StringComparison.Ordinal);
    }

    private static string FullMarks(string total, string outputScore = "50") => Evaluation(new[] { s_fullFunds }, new[]
    {
        Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", outputScore),
        Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
        Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
    }, "100", total, grade: "优");

    [Fact]
    public void A_total_only_scores_above_their_weight_could_reach_is_an_error()
    {
        // 10 + 50 + 30 + 10, each printed whole: rounding alone allows 98–102, but no score exceeds its 分值, so the rows
        // stand for [98, 100]. 100.4 (100.35–100.45) is then an error; 99.6 is within rounding; 100 agrees.
        var above = Assert.Single(Of(FullMarks("100.4"), "FA2004"));
        Assert.Equal(CheckOutcome.Inconsistent, above.Outcome);
        Assert.Equal(Severity.Error, above.Severity);
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Of(FullMarks("99.6"), "FA2004")).Outcome);
        Assert.Empty(Of(FullMarks("100"), "FA2004"));
    }

    [Fact]
    public void A_total_below_what_scores_of_at_least_zero_allow_is_an_error()
    {
        // 10 + 0 + 30 + 10 = 50, each printed whole: rounding alone allows 48–52. A score is never below 0 nor above its 分值,
        // so 10 stands for [9.5, 10], 0 for [0, 0.5], 30 for [29.5, 30]: the rows stand for [48.5, 50.5]. 48.2 (48.15–48.25)
        // is then an error, 48.6 within rounding.
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Of(FullMarks("48.2", outputScore: "0"), "FA2004")).Outcome);
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Of(FullMarks("48.6", outputScore: "0"), "FA2004")).Outcome);
    }

    [Fact]
    public void A_grade_printed_with_spaces_is_the_same_grade()
    {
        var spaced = FullMarks("100").Replace("\"grade\": \"优\"", "\"grade\": \" 优 \"", System.StringComparison.Ordinal);
        Assert.Contains("\" 优 \"", spaced, System.StringComparison.Ordinal);
        Assert.Empty(Of(spaced, "FA2005"));
    }

    [Fact]
    public void An_undefined_rate_on_a_row_that_is_not_scored_names_no_explaining_row()
    {
        // 其中：财政拨款 has 全年预算数 0 and states 50.00%; 上年结转资金 spent 5 of 10 = 50%. Only the scored row's message looks
        // for a row that explains it, so this one ends at what it executed.
        var funds = new[] { s_fullFunds, Row("其中：财政拨款", "10", "0", "5", null, "50.00"), Row("上年结转资金", "10", "10", "5") };
        var table = Evaluation(funds, new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        }, "100", "100");
        var finding = Assert.Single(Of(table, "FA2001"));
        Assert.Equal("E6「测试项目」其中：财政拨款 执行率 列示 50.00%，但全年预算数为 0，执行率无定义（全年执行数 5）。", finding.Message);
        Assert.Equal("E6 其中：财政拨款: execution rate stated 50.00%, but the full-year budget is 0: the rate is undefined (executed 5).", finding.MessageEn);
    }

    [Fact]
    public void A_row_without_its_executed_amount_states_a_rate_nobody_checks()
    {
        // 其中：财政拨款 prints 50.00% but no 全年执行数: nothing to divide, no FA2001 for it (the scored row's 100% agrees).
        var funds = new[] { s_fullFunds, Row("其中：财政拨款", "10", "10", null, null, "50.00") };
        var table = Evaluation(funds, new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        }, "100", "100");
        Assert.Empty(Of(table, "FA2001"));
    }

    private static readonly string[] s_rows =
    {
        Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
        Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
        Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
    };

    [Fact]
    public void An_unverifiable_score_cites_the_figures_its_row_prints()
    {
        // No 全年预算数: FA2007 stands on the score 9.00 and cites what the row does print, 全年执行数 90 and 执行率 90.00.
        var table = Evaluation(new[] { Row("年度资金总额", "100", null, "90", "10", "90.00", "9.00") }, s_rows, "100", "99");
        var finding = Assert.Single(Of(table, "FA2007"));
        Assert.Equal("9.00", finding.Stated.Value);
        Assert.Equal(new[] { "90", "90.00" }, finding.Inputs.Select(i => i.Value));
    }

    [Fact]
    public void A_score_without_a_weight_is_bounded_below_only()
    {
        // The funds row prints 得分 9 but no 分值: it stands for its rounding [8.5, 9.5], with nothing above to cap it; the
        // indicators at full marks for [49.5, 50] + [29.5, 30] + [9.5, 10]: the rows for [97, 99.5]. 99.4 is within
        // rounding; 99.7 (99.65–99.75) beyond it.
        var funds = new[] { Row("年度资金总额", "100", "100", "90", null, "90.00", "9") };
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Of(Evaluation(funds, s_rows, "100", "99.4"), "FA2004")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Of(Evaluation(funds, s_rows, "100", "99.7"), "FA2004")).Outcome);
    }

    [Fact]
    public void A_grade_is_read_on_the_chosen_policys_scale()
    {
        // 10 + 42 + 30 + 10 = 92, printed 良: on the national scale 92 is 优 (≥ 90), on a scale whose 优 starts at 95 it is 良.
        var scale = new GradeScale(new[] { new Grade("优", "Excellent", 95m), new Grade("良", "Good", 85m), new Grade("中", "Fair", 60m), new Grade("差", "Poor", 0m) });
        var table = FullMarks("92", outputScore: "42").Replace("\"grade\": \"优\"", "\"grade\": \"良\"", System.StringComparison.Ordinal);
        Assert.Single(Of(table, "FA2005"));
        Assert.DoesNotContain(Findings(table, ScoringPolicy.National.With(grades: scale)), f => f.RuleId == "FA2005");
    }
}
