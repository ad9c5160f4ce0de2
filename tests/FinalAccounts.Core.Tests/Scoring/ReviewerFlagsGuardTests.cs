using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The guards of FA2010, FA2011, FA2021 and FA2030 (ReviewerFlags): what FA2011 stands on when a table cut at its end prints
/// no 总分 row, FA2030 without a 全年执行数, beside a money-valued row that is no cost, on its rounding bound, in English and
/// on a table without costs; FA2010's difference when the 总分 分值 is not 100; FA2021 on a row with a blank 得分. E6 of
/// <see cref="PrintedTables"/>; values by hand (docs/scoring.md).
/// </summary>
public sealed class ReviewerFlagsGuardTests
{
    private static readonly string[] s_indicators =
    {
        Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "5", "5"),
        Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
        Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
    };

    private static IReadOnlyList<Finding> Of(string table, string ruleId) => Findings(table).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void A_cut_table_without_a_total_row_is_flagged_on_its_execution_weight_else_on_its_first_indicator_weight()
    {
        // 执行率 15 fits no known template (10 or 20), nor does 产出指标 5 (a complete block: the table is cut after 效益).
        // Cut at its end, the table prints no 总分 row: the finding stands on the 年度资金总额 row's 分值 15; with no funds row
        // either, on the first indicator's 分值 (培训人数, 5).
        var funds = new[] { Row("年度资金总额", "100", "100", "90", "15", "90.00", "13.50") };
        var onFunds = Assert.Single(Of(Evaluation(funds, s_indicators, null, null, cut: "end"), "FA2011"));
        Assert.Equal(("15", "年度资金总额"), (onFunds.Stated.Value, onFunds.Stated.Location.Row));
        // (Of a cut table without its funds block only the complete blocks are judged, which a template fixing no 一级 weights
        // — "执行率 10 / 绩效指标 90" — always admits: the national policy is chosen so that 产出指标 5 is judged against 50.)
        var cutBare = Evaluation(System.Array.Empty<string>(), s_indicators, null, null, cut: "end");
        var onIndicator = Assert.Single(Findings(cutBare, ScoringPolicy.National), f => f.RuleId == "FA2011");
        Assert.Equal(("5", "培训人数"), (onIndicator.Stated.Value, onIndicator.Stated.Location.Row));
    }

    [Fact]
    public void A_cut_table_with_no_weight_printed_anywhere_is_not_judged_against_a_template()
    {
        // Cut at its end, with no funds block and no indicator row read: no 总分, 年度资金总额 or indicator 分值 to stand on,
        // so FA2011 makes no finding (and does not look for a first indicator that is not there).
        var bare = Evaluation(System.Array.Empty<string>(), System.Array.Empty<string>(), null, null, cut: "end");
        Assert.Empty(Read(bare).Indicators);
        Assert.DoesNotContain(Findings(bare, ScoringPolicy.National), f => f.RuleId == "FA2011");
        Assert.DoesNotContain(Findings(bare), f => f.RuleId == "FA2011");
    }

    [Fact]
    public void A_total_weight_other_than_100_gives_the_difference_stated_minus_the_sum()
    {
        // 10 + 50 + 30 + 10 = 100 against a 总分 分值 printed 90: the difference is 90 − 100 = −10, the expected value 100.
        var funds = new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") };
        var indicators = new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        };
        var finding = Assert.Single(Of(Evaluation(funds, indicators, "90", "99"), "FA2010"));
        Assert.Equal((100m, -10m, new Interval(100m, 100m)), (finding.Result.Exact, finding.Result.Difference, finding.Result.Expected));
    }

    [Fact]
    public void A_missed_row_with_a_blank_score_is_flagged_on_its_weight()
    {
        // ≥100 人, actual 80: missed, no reason, and 得分 left blank: the finding stands on the 分值 50.
        var funds = new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") };
        var indicators = new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "80", "人", "50", "0").Replace("\"score\": \"0\"", "\"score\": null", System.StringComparison.Ordinal),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "40", "40"),
        };
        var finding = Assert.Single(Of(Evaluation(funds, indicators, "100", "89"), "FA2021"));
        Assert.Equal(("50", "培训人数"), (finding.Stated.Value, finding.Stated.Location.Row));
    }

    [Fact]
    public void A_missed_row_with_a_score_is_flagged_on_its_score()
    {
        // ≥100 人, actual 80: missed, no reason; 得分 40 (80 ÷ 100 × 50, national). The finding stands on the printed 得分 40,
        // not on the 分值 50 (the weight is where it stands only when the score is blank, above). 9 + 40 + 40 = 89.
        var funds = new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") };
        var indicators = new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "80", "人", "50", "40"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "40", "40"),
        };
        var finding = Assert.Single(Of(Evaluation(funds, indicators, "100", "89"), "FA2021"));
        Assert.Equal(("40", "培训人数"), (finding.Stated.Value, finding.Stated.Location.Row));
    }

    private static string Costs(string executed, params string[] costs)
    {
        var indicators = new List<string>
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "40", "40"),
        };
        indicators.AddRange(costs);
        return Evaluation(new[] { Row("年度资金总额", "100", "100", executed, "10", null, null) }, indicators, "100", "100");
    }

    private static string Cost(string actual, string unit = "万元", string level2 = "成本指标", string name = "培训成本")
        => Indicator("产出指标", level2, name, "反向", "小于等于", "100", actual, unit, "0", "0");

    [Fact]
    public void Costs_are_not_compared_without_an_executed_amount_and_rows_that_are_no_cost_are_left_out()
    {
        // 95 万元 of costs but no 全年执行数 printed: nothing to compare with.
        Assert.Empty(Of(Costs(null!, Cost("95")), "FA2030"));
        // 95 万元 on a 数量指标 row (a subsidy paid, not a cost) against 90 executed: not a cost, so no finding.
        Assert.Empty(Of(Costs("90", Cost("95", level2: "数量指标", name: "补贴发放金额")), "FA2030"));
    }

    [Fact]
    public void Costs_above_the_money_spent_only_within_rounding_are_information()
    {
        // 全年执行数 90.5, read at 2 decimals outside a table's convention: [90.495, 90.505]. A cost printed 91 stands for
        // [90.5, 91.5], which reaches below 90.505: rounding only, information. 90.51 stands for [90.505, 90.515]: on the
        // bound, still rounding only. 91.1 stands for [91.05, 91.15]: above, an error.
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Of(Costs("90.5", Cost("91")), "FA2030")).Outcome);
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(Of(Costs("90.5", Cost("90.51")), "FA2030")).Outcome);
        var error = Assert.Single(Of(Costs("90.5", Cost("91.1")), "FA2030"));
        Assert.Equal(CheckOutcome.Inconsistent, error.Outcome);
        // The result: the sum 91.1, allowed [0, 90.505] (spending printed 90.5 may be up to 90.505), 91.1 − 90.5 = 0.6 more.
        Assert.Equal((91.1m, new Interval(0m, 90.505m)), (error.Result.Exact, error.Result.Expected));
        Assert.Equal("E6: the cost indicators' actuals add up to 91.1 万元, more than the 90.5 万元 executed (by 0.6).", error.MessageEn);
    }

    [Fact]
    public void Costs_list_each_cost_row_as_an_input()
    {
        // Two cost rows (分值 0 each) above 90: the finding's inputs are their two weights, in printed order.
        var finding = Assert.Single(Of(Costs("90", Cost("60"), Cost("32", name: "场地成本")), "FA2030"));
        Assert.Equal(new[] { ("0", "培训成本"), ("0", "场地成本") }, finding.Inputs.Select(f => (f.Value, f.Location.Row)).ToArray());
    }

    [Fact]
    public void A_table_without_a_money_cost_runs_no_cost_check()
    {
        // The same table with its one cost row in 万元 (60 ≤ 90: consistent, counted) and in 人 (not money: no cost check):
        // exactly one check fewer, FA2030's.
        var inMoney = EvaluationChecker.Check(Report(Costs("90", Cost("60")))).ChecksRun;
        var inPeople = EvaluationChecker.Check(Report(Costs("90", Cost("60", "人")))).ChecksRun;
        Assert.Equal(1, inMoney - inPeople);
    }
}
