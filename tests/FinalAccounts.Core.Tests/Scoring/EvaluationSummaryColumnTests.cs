using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// FA2040's funds, average and band details: the funds are compared with 全年预算数 first and with 年初预算数 only when that
/// explains the summary better; a table whose funds block has no 年度资金总额 row gives no funds sum (and no failure); the average's difference
/// is stated − mean; a band's allowed counts run from the tables surely in it to those possibly in it. The seed's five
/// tables: 年初 = 全年预算数 150, 20, 34, 35, 9 (248), totals 95.00, 94.64, 100.00, 98.86, 100.00 (488.50). Worked by hand.
/// </summary>
public sealed class EvaluationSummaryColumnTests
{
    // E6: 年初预算数 50, 全年预算数 100 (so Σ 年初 = 298, Σ 全年 = 348 over six tables).
    private static string E6(string total, bool funds = true) => Evaluation(funds ? new[] { Row("年度资金总额", "50", "100", "100", "10", "100.00", "10") } : new[] { Row("其他资金", "100", "100", "100") },
        new[] { Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "90", "90") }, "100", total);

    private static Finding[] Summary(string withSummary)
        => EvaluationChecker.Check(Report(withSummary)).Findings.Where(f => f.RuleId == "FA2040").ToArray();

    [Fact]
    public void Full_year_budget_explaining_the_funds_is_kept_over_the_initial_budget()
        // 348 = Σ 全年预算数 exactly; Σ 年初预算数 298 would be an error, but the better column is the one compared.
        => Assert.Empty(Summary(WithSummary(E6("99"), "6", "348", "97.92", "6")));

    [Fact]
    public void The_initial_budget_is_named_when_it_explains_the_funds_better()
    {
        // 298.4 against Σ 年初 298 (six whole 万元, ± 3): rounding; against Σ 全年 348: an error. The finding is about 年初预算数.
        var f = Assert.Single(Summary(WithSummary(E6("99"), "6", "298.4", "97.92", "6")));
        Assert.Equal(CheckOutcome.WithinRounding, f.Outcome);
        Assert.Equal(298m, f.Result.Exact);
        Assert.Contains("6 张自评表年度资金总额年初预算数之和为 298万元", f.Message);
    }

    [Fact]
    public void A_table_without_a_total_funds_row_gives_no_funds_sum()
        // No 年度资金总额 row in E6 (only 其他资金): neither column can be added up; the average (97.92) and 优 count (6) agree.
        => Assert.Empty(Summary(WithSummary(E6("99", funds: false), "6", "300", "97.92", "6")));

    [Fact]
    public void The_average_difference_is_the_stated_minus_the_mean()
    {
        // (488.50 + 99) ÷ 6 = 97.91666…; stated 97.00: 97.00 − 97.91666… = −0.91666…
        var f = Assert.Single(Summary(WithSummary(E6("99"), "6", "348", "97.00", "6")));
        Assert.Equal(CheckOutcome.Inconsistent, f.Outcome);
        Assert.Equal(-0.9167m, decimal.Round(f.Result.Difference, 4));
        Assert.Equal(97.9167m, decimal.Round(f.Result.Exact, 4));
    }

    [Fact]
    public void A_band_allows_from_the_tables_surely_in_it_to_those_possibly_in_it()
    {
        // E6 printed 90 stands for [89.5, 90.5]: 良 at its lower end, 优 at its upper. 优: five surely, six possibly, six as printed.
        var f = Assert.Single(Summary(WithSummary(E6("90"), "6", "348", "96.42", "5")));
        Assert.Equal(CheckOutcome.WithinRounding, f.Outcome);
        Assert.Equal(new Interval(5m, 6m), f.Result.Expected);
        Assert.Equal(6m, f.Result.Exact);
        Assert.Equal(-1m, f.Result.Difference);
    }
}
