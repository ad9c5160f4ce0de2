using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// FA2040 beyond its examples: the summary is compared only with the set of tables it is about, and grade bands are
/// rounding-aware. The seed's five tables total 95.00, 94.64, 100.00, 98.86 and 100.00 (全年预算数 150, 20, 34, 35, 9).
/// </summary>
public sealed class EvaluationSummaryTests
{
    private static string E6(string total) => Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") },
        new[]
        {
            Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50"),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "服务质量明显提升", null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        }, "100", total);

    private static Finding[] Summary(string withSummary)
        => EvaluationChecker.Check(Report(withSummary)).Findings.Where(f => f.RuleId == "FA2040").ToArray();

    [Fact]
    public void A_summary_of_another_number_of_projects_is_not_compared()
    {
        // 26 projects evaluated, 6 tables published: the average and the funds are about the 26.
        Assert.Empty(Summary(WithSummary(E6("99"), "26", "1809.72", "91.30", "20")));
    }

    [Fact]
    public void A_band_count_rounding_could_change_is_information_and_a_wrong_one_an_error()
    {
        // E6 printed 90 stands for [89.5, 90.5]: 优 is 5 or 6 tables (6 as printed). Mean (488.50 + 90) ÷ 6 = 96.4167 → 96.42.
        Assert.Empty(Summary(WithSummary(E6("90"), "6", "348", "96.42", "6")));
        var rounding = Assert.Single(Summary(WithSummary(E6("90"), "6", "348", "96.42", "5")));
        Assert.Equal((CheckOutcome.WithinRounding, Severity.Info), (rounding.Outcome, rounding.Severity));
        // E6 printed 99: all six are surely 优, so 4 is wrong.
        var broken = Assert.Single(Summary(WithSummary(E6("99"), "6", "348", "97.92", "4")));
        Assert.Equal((CheckOutcome.Inconsistent, Severity.Error), (broken.Outcome, broken.Severity));
        Assert.Equal("4", broken.Stated.Value);
    }

    [Fact]
    public void Funds_are_the_tables_budget_and_a_wrong_sum_is_an_error()
    {
        // 348 is Σ 全年预算数; 347.99 against 348 (whole 万元 each, ± 0.5 × 6) is rounding; 300 is wrong by 48.
        var rounding = Assert.Single(Summary(WithSummary(E6("99"), "6", "347.99", "97.92", "6")));
        Assert.Equal(CheckOutcome.WithinRounding, rounding.Outcome);
        var broken = Assert.Single(Summary(WithSummary(E6("99"), "6", "300", "97.92", "6")));
        Assert.Equal((CheckOutcome.Inconsistent, 348m), (broken.Outcome, broken.Result.Exact));
    }

    [Fact]
    public void A_table_cut_at_its_end_stops_the_comparison()
    {
        var cut = Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") },
            new[] { Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "50") }, null, null, cut: "end");
        Assert.Empty(Summary(WithSummary(cut, "6", "1", "1.00", "0")));
    }
}
