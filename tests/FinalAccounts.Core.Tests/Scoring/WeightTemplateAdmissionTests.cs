using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// Which weight templates admit a table (WeightTemplate.Admits / Infer): a first-level 成本指标 block counted within 产出指标,
/// weights printed with decimals off by at most half their last digit each, every 一级 a template fixes, the 执行率 分值 of a
/// table cut at an end only when it is printed, and of such a table only its complete blocks. Worked by hand.
/// </summary>
public class WeightTemplateAdmissionTests
{
    private static string Funds(string? weight) => weight == null ? Row("年度资金总额", "100", "100", "100") : Row("年度资金总额", "100", "100", "100", weight, "100", weight);

    private static string Q(string level1, string name, string weight) => Indicator(level1, "数量指标", name, "正向", "大于等于", "1", "1", "个", weight, weight);

    private static PerformanceEvaluation Table(string? executionWeight, params string[] rows)
        => Read(Evaluation(new[] { Funds(executionWeight) }, rows, "100", "100"));

    private static PerformanceEvaluation Cut(string? executionWeight, params string[] rows)
        => executionWeight == null
            ? Read(Evaluation(null, rows, "100", "100", cut: "start"))     // cut at its start: no funds block, the 总分 row there
            : Read(Evaluation(new[] { Funds(executionWeight) }, rows, null, null, cut: "end"));

    private static KeyValuePair<string, decimal> W(string name, decimal weight) => new(name, weight);

    [Fact]
    public void A_first_level_cost_block_counts_within_output_unless_the_template_fixes_its_own()
    {
        // 产出 40 + 成本 10 = the national 产出 50; a template fixing 成本指标 10 beside 产出 40 takes the blocks as printed.
        var table = Table("10", Q("产出指标", "a", "40"), Q("成本指标", "b", "10"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"));
        Assert.True(WeightTemplate.National.Admits(table));
        var ownCost = new WeightTemplate("自定", "", 10m, 90m, new[] { W("产出指标", 40m), W("成本指标", 10m), W("效益指标", 30m), W("满意度指标", 10m) });
        Assert.True(ownCost.Admits(table));
        // The national template without a 成本 block: 产出 50 as printed.
        Assert.False(ownCost.Admits(Table("10", Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
    }

    [Fact]
    public void Every_first_level_block_a_template_fixes_must_be_printed()
    {
        // A template of 产出 90 and 效益 0: a table of 产出 90 alone adds up but lacks the 效益 block.
        var template = new WeightTemplate("自定", "", 10m, 90m, new[] { W("产出指标", 90m), W("效益指标", 0m) });
        Assert.False(template.Admits(Table("10", Q("产出指标", "a", "90"))));
        Assert.True(template.Admits(Table("10", Q("产出指标", "a", "90"), Q("效益指标", "b", "0"))));
    }

    [Fact]
    public void Weights_printed_with_decimals_may_be_off_by_half_their_last_digit_each()
    {
        // 四川 10 + 90: 44.9 + 45.0 = 89.9, off by 0.1 = 0.05 + 0.05: admitted; 44.8 + 45.0 is off by 0.2: not.
        Assert.True(WeightTemplate.Sichuan.Admits(Table("10", Q("产出指标", "a", "44.9"), Q("效益指标", "b", "45.0"))));
        Assert.False(WeightTemplate.Sichuan.Admits(Table("10", Q("产出指标", "a", "44.8"), Q("效益指标", "b", "45.0"))));
        // National: 产出 25.1 + 25.0 = 50.1, off by 0.1 = its two rows' 0.05 each (and the whole 90.1 by the same): admitted;
        // 25.2 + 25.0 is off by 0.2: not.
        Assert.True(WeightTemplate.National.Admits(Table("10", Q("产出指标", "a", "25.1"), Q("产出指标", "b", "25.0"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
        Assert.False(WeightTemplate.National.Admits(Table("10", Q("产出指标", "a", "25.2"), Q("产出指标", "b", "25.0"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
        // Integers are exact: 17 + 17 + 17 = 51 is not "50 rounded", nor 15 + 14 = 29 "30 rounded" (the whole still adds up to 90).
        Assert.False(WeightTemplate.National.Admits(Table("10", Q("产出指标", "a", "17"), Q("产出指标", "b", "17"), Q("产出指标", "e", "17"),
            Q("效益指标", "c", "15"), Q("效益指标", "f", "14"), Q("满意度指标", "d", "10"))));
    }

    [Fact]
    public void A_whole_table_without_an_execution_weight_has_execution_weight_0()
    {
        // The funds block prints no 分值: 0, not the national 10, though the indicators add up to 90.
        var table = Table(null, Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"));
        Assert.False(WeightTemplate.National.Admits(table));
        Assert.True(new WeightTemplate("零", "", 0m, 100m).Admits(Table(null, Q("产出指标", "a", "60"), Q("效益指标", "c", "40"))));
    }

    [Fact]
    public void Of_a_cut_table_only_a_printed_execution_weight_and_the_complete_blocks_are_judged()
    {
        // Cut at its end: the last block (满意度, 3 of 10 here) may go on; 执行率 15 is printed, so it is judged.
        Assert.True(WeightTemplate.National.Admits(Cut("10", Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "3"))));
        Assert.False(WeightTemplate.National.Admits(Cut("15", Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "3"))));
        // A complete block off its template's weight still fails: 效益 25.
        Assert.False(WeightTemplate.National.Admits(Cut("10", Q("产出指标", "a", "50"), Q("效益指标", "c", "25"), Q("满意度指标", "d", "3"))));
        // A 成本 block cut at the end leaves the 产出 it counts within incomplete: 40 + 5 is not judged against 50.
        Assert.True(WeightTemplate.National.Admits(Cut("10", Q("产出指标", "a", "40"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"), Q("成本指标", "b", "5"))));
        // Cut at its start (no funds block): no 执行率 分值 to judge.
        Assert.True(WeightTemplate.National.Admits(Cut(null, Q("产出指标", "a", "20"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
        // A template fixing only the sum admits whatever blocks a cut table has.
        Assert.True(WeightTemplate.Sichuan.Admits(Cut("10", Q("产出指标", "a", "70"), Q("效益指标", "c", "3"))));
        Assert.False(WeightTemplate.Sichuan.Admits(Cut("20", Q("产出指标", "a", "70"), Q("效益指标", "c", "3"))));
    }

    [Fact]
    public void The_first_admitting_template_is_inferred()
    {
        var national = Table("10", Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"));
        Assert.Same(WeightTemplate.National, WeightTemplate.Infer(national));
        Assert.Same(WeightTemplate.Sichuan, WeightTemplate.Infer(national, new[] { WeightTemplate.Yunnan, WeightTemplate.Sichuan, WeightTemplate.National }));
        Assert.Same(WeightTemplate.Sichuan, WeightTemplate.Infer(Table("10", Q("产出指标", "a", "60"), Q("效益指标", "c", "30"))));
        Assert.Same(WeightTemplate.Yunnan, WeightTemplate.Infer(Table("20", Q("产出指标", "a", "50"), Q("效益指标", "c", "30"))));
        Assert.Null(WeightTemplate.Infer(Table("15", Q("产出指标", "a", "45"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => WeightTemplate.Infer(null!)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => WeightTemplate.National.Admits(null!)).ParamName);
    }

    [Fact]
    public void The_stated_first_level_weights_add_each_blocks_rows_in_printed_order()
    {
        var table = Table("10", Q("产出指标", "a", "20"), Q("产出指标", "b", "30"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"));
        Assert.Equal(new[] { W("产出指标", 50m), W("效益指标", 30m), W("满意度指标", 10m) }, WeightTemplate.StatedLevel1Weights(table));
    }

    [Fact]
    public void A_printed_block_weight_is_exact_for_integer_rows_and_within_half_a_digit_each_for_decimal_rows()
    {
        // 产出指标(50分) over 17 + 17 + 17 = 51: an error, not rounding (integers are exact). Over 25.1 + 25.0 = 50.1: rounding
        // (0.05 + 0.05 = 0.1 is enough); over 25.2 + 25.0 = 50.2: an error.
        static FinalAccounts.Validation.Finding Fa2012(params string[] weights)
        {
            var rows = weights.Select((w, k) => Q("产出指标(50分)", "行" + k, w)).Concat(new[] { Q("效益指标", "c", "30"), Q("满意度指标", "d", "10") });
            return Assert.Single(Findings(Evaluation(new[] { Funds("10") }, rows, "100", "100")), f => f.RuleId == "FA2012");
        }
        Assert.Equal(CheckOutcome.Inconsistent, Fa2012("17", "17", "17").Outcome);
        var rounding = Fa2012("25.1", "25.0");
        Assert.Equal(CheckOutcome.WithinRounding, rounding.Outcome);
        Assert.Equal(new Interval(50.0m, 50.2m), rounding.Result.Expected);    // 50.1 ± 0.1
        Assert.Equal(-0.1m, rounding.Result.Difference);                       // 50 − 50.1
        Assert.Equal(CheckOutcome.Inconsistent, Fa2012("25.2", "25.0").Outcome);
    }
}
