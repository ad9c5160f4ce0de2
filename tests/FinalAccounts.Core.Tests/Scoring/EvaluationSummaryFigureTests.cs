using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// Which figures of the 说明's summary FA2040 reads: 涉及预算金额 in 元 as well as 万元, and each figure by its concept
/// and unit, not by its place in the sentence. The seed's five tables: 全年预算数 150, 20, 34, 35, 9 (248 万元), totals
/// 95.00, 94.64, 100.00, 98.86, 100.00 (488.50); E6 adds 全年预算数 100 and a total of 99, so six tables, 348 万元, mean
/// 587.50 ÷ 6 = 97.9166…, all 优. Worked by hand.
/// </summary>
public sealed class EvaluationSummaryFigureTests
{
    private static readonly string s_e6 = Evaluation(new[] { Row("年度资金总额", "100", "100", "100", "10", "100.00", "10") },
        new[] { Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "90", "90") }, "100", "99");

    private static string Figure(string concept, string value, string unit)
        => "{\"concept\": \"" + concept + "\", \"basis\": \"决算\", \"value\": \"" + value + "\", \"unit\": \"" + unit + "\"}";

    /// E6 and one 说明 statement (十 预算绩效管理情况) with <paramref name="figures"/> in that order.
    private static string WithFigures(params string[] figures)
        => "[" + s_e6 + ", {\"id\": \"3.10-1\", \"section\": \"十、预算绩效管理情况\", \"sentence\": \"绩效自评的2024年度项目6个\", \"figures\": ["
           + string.Join(", ", figures) + "]}]";

    private static Finding[] Summary(string withSummary)
        => EvaluationChecker.Check(Report(withSummary)).Findings.Where(f => f.RuleId == "FA2040").ToArray();

    [Fact]
    public void Funds_stated_in_yuan_are_compared_in_yuan()
    {
        // 3480000 元 = 348 万元 = Σ 全年预算数: nothing. 4000000 元 = 400 万元, 52 万元 more: an error (read as 万元, or the tables'
        // 万元 read as 元, the first would be an error too).
        Assert.Empty(Summary(WithFigures(Figure("绩效自评项目", "6", "个"), Figure("绩效自评涉及资金", "3480000", "元"))));
        var f = Assert.Single(Summary(WithFigures(Figure("绩效自评项目", "6", "个"), Figure("绩效自评涉及资金", "4000000", "元"))));
        Assert.Equal(CheckOutcome.Inconsistent, f.Outcome);
        Assert.Equal("4000000", f.Stated.Value);
    }

    [Fact]
    public void Each_summary_figure_is_found_by_its_concept_and_unit_not_its_place()
    {
        // Before the real figures stand a money figure of another concept (其中财政拨款 500 万元), a 分 figure of another concept
        // (最高得分 100 分) and a 个 count of another concept (涉及单位 3 个). Read by place, the funds would be 500 (an error), the
        // average 100 (an error) and the 优 count 3 (an error); read by concept, all agree: nothing is found.
        Assert.Empty(Summary(WithFigures(
            Figure("绩效自评项目", "6", "个"), Figure("其中财政拨款", "500", "万元"), Figure("最高得分", "100", "分"), Figure("涉及单位", "3", "个"),
            Figure("绩效自评涉及资金", "348", "万元"), Figure("绩效自评平均得分", "97.92", "分"), Figure("绩效评级为优的项目", "6", "个"))));
    }

    [Fact]
    public void A_figure_of_the_right_concept_in_another_unit_is_not_read()
    {
        // The count of projects given as 6 项 is no 项目个数 FA2040 reads: the wrong 优 count beside it (2) is not compared.
        Assert.Empty(Summary(WithFigures(Figure("绩效自评项目", "6", "项"), Figure("绩效评级为优的项目", "2", "个"))));
        // With the count in 个, 涉及资金 given as 500 个 and 平均得分 as 97 万元 are not read (each would be an error against 348
        // and 97.92), and 绩效评级为优的项目 as 2 户 neither.
        Assert.Empty(Summary(WithFigures(
            Figure("绩效自评项目", "6", "个"), Figure("绩效自评涉及资金", "500", "个"), Figure("绩效自评平均得分", "97", "万元"), Figure("绩效评级为优的项目", "2", "户"))));
    }

    [Fact]
    public void A_figure_of_one_unit_or_item_is_not_the_summary()
    {
        // 涉及资金 500 万元 scoped to one unit (本级) or to one item (财政拨款): not the summary of the six tables; not compared.
        Assert.Empty(Summary(WithFigures(Figure("绩效自评项目", "6", "个"),
            "{\"concept\": \"绩效自评涉及资金\", \"basis\": \"决算\", \"scope\": \"本级\", \"value\": \"500\", \"unit\": \"万元\"}")));
        Assert.Empty(Summary(WithFigures(Figure("绩效自评项目", "6", "个"),
            "{\"concept\": \"绩效自评涉及资金\", \"basis\": \"决算\", \"item\": \"财政拨款\", \"value\": \"500\", \"unit\": \"万元\"}")));
    }

    [Fact]
    public void Only_the_first_matching_count_opens_a_comparison()
    {
        // Two counts of 6 个 in one statement (both wordings): the summary's wrong 优 count (5) is one finding, not two.
        var f = Assert.Single(Summary(WithFigures(
            Figure("绩效自评项目", "6", "个"), Figure("决算中反映绩效自评结果的项目", "6", "个"), Figure("绩效评级为优的项目", "5", "个"))));
        Assert.Equal("绩效评级为优的项目", f.Stated.Key.Concept);
        Assert.Equal(6m, f.Result.Exact);
    }
}
