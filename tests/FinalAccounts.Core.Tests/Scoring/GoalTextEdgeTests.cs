using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// FA2031's edges: which rows it compares (numbers with a unit other than %), how it finds the unit after a number (longest
/// unit first, after spaces, at the very end of the text), how many characters name a row (four, counted from the first
/// CJK ideograph 一), a row whose compared value is no number, and the figures a finding carries. Each case worked by hand.
/// </summary>
public sealed class GoalTextEdgeTests
{
    private static string Row(string level3, string target, string actual, string? unit)
        => Indicator("产出指标", "数量指标", level3, "正向", "大于等于", target, actual, unit, "10", "10");

    private static Finding[] Found(string expected, string actual, params string[] rows)
        => Accusations(Evaluation(new[] { PrintedTables.Row("年度资金总额", "100", "100", "100", "10", "100", "10") }, rows, "100", "100", expectedGoal: expected, actualGoal: actual))
            .Where(f => f.RuleId == "FA2031").ToArray();

    private static string[] Flagged(string expected, string actual, params string[] rows) => Found(expected, actual, rows).Select(f => f.Location.Row).ToArray();

    [Fact]
    public void A_percentage_row_is_not_compared()
        // "职业技能培训合格率80%" names the row 职业技能培训合格率 (95 %), but rates are left to the rate rules: nothing is flagged.
        => Assert.Empty(Flagged(string.Empty, "本年职业技能培训合格率80%。", Row("职业技能培训合格率", "90", "95", "%")));

    [Fact]
    public void A_row_without_a_unit_is_not_compared()
        // "学员培训满意度90" against the unit-less row 学员培训满意度 95: a number with no unit is not a claim about a row.
        => Assert.Empty(Flagged(string.Empty, "本年学员培训满意度90。", Row("学员培训满意度", "90", "95", null)));

    [Fact]
    public void A_row_whose_actual_is_no_number_is_not_compared_even_with_the_goal_text()
        // 参加培训人数's 实际完成值 "未完成" is words: the row is not one FA2031 reads, so the goal text's 120 人 is not compared with
        // its 年度指标值 100 either.
        => Assert.Empty(Flagged("计划参加培训人数120人。", string.Empty, Row("参加培训人数", "100", "未完成", "人")));

    [Fact]
    public void A_goal_compared_with_a_target_that_is_no_number_is_left_alone()
        // 年度指标值 "逐步提高" against the goal text's 150 人: nothing to compare; the results text's 120 人 against 实际完成值 100 is flagged.
        => Assert.Equal(new[] { "培训人数" }, Flagged("计划培训人数150人。", "完成培训人数120人。", Row("培训人数", "逐步提高", "100", "人")));

    [Fact]
    public void The_longest_unit_is_read_first()
    {
        // With a 人 row beside it, "1180人次" is still read as 人次: compared with 职业技能培训人次 (1100) and flagged. Read as 人, the
        // words after it would be "次" and no 人 row would match.
        var rows = new[] { Row("职业技能培训人次", "1000", "1100", "人次"), Row("参训教师人数", "30", "30", "人") };
        Assert.Equal(new[] { "职业技能培训人次" }, Flagged(string.Empty, "完成职业技能培训人次1180人次。", rows));
        Assert.Empty(Flagged(string.Empty, "完成职业技能培训人次1100人次。", rows));
    }

    [Fact]
    public void A_unit_after_a_space_or_at_the_end_of_the_text_is_read()
    {
        // "1180 人次" (a space before the unit) and "…1180人次" ending the text: both against 1100, both flagged.
        const string row = "职业技能培训人次";
        Assert.Equal(new[] { row }, Flagged(string.Empty, "完成职业技能培训人次1180 人次。", Row(row, "1000", "1100", "人次")));
        Assert.Equal(new[] { row }, Flagged(string.Empty, "完成职业技能培训人次1180  人次。", Row(row, "1000", "1100", "人次")));
        Assert.Equal(new[] { row }, Flagged(string.Empty, "完成职业技能培训人次1180人次", Row(row, "1000", "1100", "人次")));
    }

    [Fact]
    public void Four_shared_characters_name_a_row()
    {
        // "完成档案数字20000卷" shares 档案数字 (exactly four characters) with 档案数字化卷数 (15000): flagged. "完成案数字20000卷"
        // shares 案数字 (three): not a claim about the row.
        const string row = "档案数字化卷数";
        Assert.Equal(new[] { row }, Flagged(string.Empty, "完成档案数字20000卷。", Row(row, "15000", "15000", "卷")));
        Assert.Empty(Flagged(string.Empty, "完成案数字20000卷。", Row(row, "15000", "15000", "卷")));
    }

    [Fact]
    public void The_first_cjk_ideograph_is_a_word_character()
    {
        // "建成3个一站式服务窗口": the words after 个 start with 一 (U+4E00), the first character of the range; they name the row
        // 一站式服务窗口数量 (2): flagged.
        const string row = "一站式服务窗口数量";
        Assert.Equal(new[] { row }, Flagged(string.Empty, "建成3个一站式服务窗口。", Row(row, "2", "2", "个")));
    }

    [Fact]
    public void A_finding_carries_the_texts_figure_the_rows_interval_and_their_difference()
    {
        // Text 120 人 against 实际完成值 100 (whole, so [99.5, 100.5]): exact 120, difference 120 − 100 = 20, on the row's 得分 8
        // with its 分值 10 as input.
        var f = Assert.Single(Found(string.Empty, "完成培训人数120人。",
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "10", "8")));
        Assert.Equal(CheckOutcome.Inconsistent, f.Outcome);
        Assert.Equal(120m, f.Result.Exact);
        Assert.Equal(new Interval(99.5m, 100.5m), f.Result.Expected);
        Assert.Equal(20m, f.Result.Difference);
        Assert.Equal("8", f.Stated.Value);
        Assert.Equal(new[] { "10" }, f.Inputs.Select(i => i.Value).ToArray());
    }

    [Fact]
    public void A_duration_in_years_is_compared_and_a_year_is_not()
    {
        // "档案保管期限30年" names the row 档案保管期限 (10 年): a two-digit figure before 年 is a duration, flagged. "2024年档案数字化
        // 工作…" — a four-digit figure before 年 is a year, not compared with 档案数字化工作年限 (3 年).
        Assert.Equal(new[] { "档案保管期限" }, Flagged(string.Empty, "档案保管期限30年。", Row("档案保管期限", "10", "10", "年")));
        Assert.Empty(Flagged(string.Empty, "2024年档案数字化工作圆满完成。", Row("档案数字化工作年限", "3", "3", "年")));
    }

    [Fact]
    public void A_number_ending_the_text_is_no_claim()
        // "完成培训人数120" ends with the number: no unit follows it, so nothing is compared (and nothing is read past the text's end).
        => Assert.Empty(Flagged(string.Empty, "完成培训人数120", Row("培训人数", "100", "100", "人")));
}
