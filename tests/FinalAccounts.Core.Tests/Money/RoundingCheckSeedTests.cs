using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// Figures from the seed report (乌海市人力资源和社会保障局（本级）2024年度决算公开报告), 万元, entered by hand; the expected
/// outcomes were worked out by hand and with bc, never taken from this code.
public class RoundingCheckSeedTests
{
    private static Amount W(string printed) => Amount.Parse(printed, CurrencyUnit.WanYuan);

    private static Percentage P(string printed) => Percentage.Parse(printed);

    [Fact]
    public void Income_total_is_the_sum_of_its_parts()
    {
        // 收入总计 2936.74 = 本年收入 2933.89 + 使用非财政拨款结余 0 + 年初结转和结余 2.85.
        CheckResult r = RoundingCheck.Sum(W("2936.74"), W("2933.89"), W("0"), W("2.85"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.Equal(2936.74m, r.Exact);
        Assert.Equal(0m, r.Difference);
        // ± 0.005 each, and ± 0.5 for the 0 printed without decimals.
        Assert.Equal(new Interval(2936.23m, 2937.25m), r.Expected);
    }

    [Fact]
    public void Expenditure_total_is_the_sum_of_its_parts()
    {
        // 支出总计 2936.74 = 本年支出 2934.72 + 结余分配 0 + 年末结转和结余 2.02.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("2936.74"), W("2934.72"), W("0"), W("2.02")).Outcome);
    }

    [Fact]
    public void Completion_rate_76_27_is_a_truncation()
    {
        // 2931.85 / 3843.73 = 0.7627616924…, so 76.28% when rounded; the report prints 76.27%.
        // Inputs' intervals give [2931.845/3843.735, 2931.855/3843.725] = [76.27594%, 76.27640%]: far from [76.265, 76.275].
        CheckResult r = RoundingCheck.Ratio(P("76.27%"), W("2931.85"), W("3843.73"));
        Assert.Equal(CheckOutcome.Truncated, r.Outcome);
        Assert.Equal(76.28m, decimal.Round(r.Exact, 2));
        Assert.True(r.Expected.Min > 76.2759m && r.Expected.Max < 76.2765m, r.ToString());
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P("76.28%"), W("2931.85"), W("3843.73")).Outcome);
    }

    [Theory]
    [InlineData("88.6%")]
    [InlineData("88.57")]
    [InlineData("89%")]
    public void Execution_rate_31_of_35_agrees_at_any_precision(string stated)
    {
        // 就业、创业补助资金: 执行数 31 / 全年预算数 35 = 0.885714…: 88.57% in the table, 88.6% in the narrative.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P(stated), W("31"), W("35")).Outcome);
    }

    [Theory]
    [InlineData("99.93%", "2931.85")] // 2931.85 / 2933.89 = 0.99930468 → 99.93%
    [InlineData("0.07%", "2.04")]     // 2.04 / 2933.89 = 0.00069532 → 0.07%
    [InlineData("0%", "0")]           // 本年政府性基金预算财政拨款收入 0, 占 0%
    public void Income_shares_agree(string stated, string part)
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P(stated), W(part), W("2933.89")).Outcome);
    }

    [Theory]
    [InlineData("38.24%", "1122.17")] // 1122.17 / 2934.72 = 0.38237719 → 38.24%
    [InlineData("61.76%", "1812.54")] // 1812.54 / 2934.72 = 0.61761940 → 61.76%
    public void Expenditure_shares_agree(string stated, string part)
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P(stated), W(part), W("2934.72")).Outcome);
    }

    [Theory]
    [InlineData("84.39%", "815.07", "965.87")]   // 0.84387133
    [InlineData("107.39%", "186.85", "174")]     // 1.07385057: just above the midpoint
    [InlineData("100%", "9", "9")]
    [InlineData("98.6%", "4.93", "5")]
    [InlineData("77.15%", "1180.37", "1530")]    // 0.77148366
    [InlineData("105.5%", "40.89", "38.76")]     // 1.05495356 → 105.50, printed 105.5
    [InlineData("85.33%", "86.9", "101.84")]     // 0.85329929
    [InlineData("63%", "32.08", "50.92")]        // 0.63000786
    [InlineData("106.79%", "288.56", "270.22")]  // 1.06787062
    [InlineData("86.35%", "47.9", "55.47")]      // 0.86352984
    [InlineData("96.19 %", "84.9", "88.26")]     // 0.96193066
    [InlineData("20%", "100", "500")]
    [InlineData("100.00%", "0.7", "0.7")]        // 三公经费
    public void Item_completion_rates_agree(string stated, string actual, string budget)
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P(stated), W(actual), W(budget)).Outcome);
    }

    [Fact]
    public void A_zero_budget_completed_at_0_percent_is_Consistent()
    {
        // 因公出国（境）费全年预算0万元，支出决算0万元，完成预算的0%.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P("0%"), W("0"), W("0")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Ratio(P("100%"), W("0"), W("0")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Change(P("5%"), W("1.2"), W("0")).Outcome);
    }

    [Fact]
    public void Year_on_year_fall_of_the_totals_agrees()
    {
        // 与上年决算相比，收、支总计各减少1457.56万元，下降33.17%: previous = 2936.74 + 1457.56 = 4394.30,
        // 1457.56 / 4394.30 = 0.33169333 → 33.17%.
        Amount previous = W("4394.30");
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Change(-P("33.17%"), W("2936.74"), previous).Outcome);
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Difference(-W("1457.56"), W("2936.74"), previous).Outcome);
        // Signed: the magnitude with current and previous swapped is the same check.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Difference(W("1457.56"), previous, W("2936.74")).Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, RoundingCheck.Change(P("33.17%"), W("2936.74"), previous).Outcome);
    }

    [Theory]
    [InlineData("23.87%", "2936.74", "3857.54")] // 与年初预算相比减少920.80: 920.80 / 3857.54 = 0.23870135
    [InlineData("24.00%", "2931.85", "3857.53")] // 财政拨款减少925.68: 925.68 / 3857.53 = 0.23996703
    [InlineData("33.18%", "2933.89", "4390.51")] // 本年收入减少1456.62: 0.33176556
    [InlineData("33.17%", "2934.72", "4391.45")] // 本年支出减少1456.73: 0.33171959
    [InlineData("33.18%", "2931.85", "4387.41")] // 财政拨款减少1455.56: 0.33175837
    public void Falls_against_budget_and_last_year_agree(string fall, string current, string previous)
    {
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Change(-P(fall), W(current), W(previous)).Outcome);
    }

    [Fact]
    public void Running_cost_growth_at_one_decimal_agrees()
    {
        // 机关运行经费 93.83, 增加3.52, 增长3.9%: 3.52 / 90.31 = 0.03897686 → 3.9%.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Change(P("3.9%"), W("93.83"), W("90.31")).Outcome);
    }

    [Fact]
    public void Small_carry_over_falls_are_explained_only_by_rounding()
    {
        // 年初结转和结余 2.85, 减少0.94, 下降24.71%: 0.94 / 3.79 = 0.24802111 → 24.80%, not 24.71%.
        // But 2.85 and 3.79 stand for [2.845, 2.855] and [3.785, 3.795]: the change may be anywhere in [−25.033%, −24.571%].
        CheckResult opening = RoundingCheck.Change(-P("24.71%"), W("2.85"), W("3.79"));
        Assert.Equal(CheckOutcome.WithinRounding, opening.Outcome);
        Assert.Equal(-24.80m, decimal.Round(opening.Exact, 2));
        Assert.True(opening.Expected.Min < -25.03m && opening.Expected.Max > -24.58m, opening.ToString());

        // 年末结转和结余 2.02, 减少0.83, 下降29.02%: 0.83 / 2.85 = 0.29122807 → 29.12%; intervals allow [−29.422%, −28.822%].
        CheckResult closing = RoundingCheck.Change(-P("29.02%"), W("2.02"), W("2.85"));
        Assert.Equal(CheckOutcome.WithinRounding, closing.Outcome);
        Assert.Equal(-29.12m, decimal.Round(closing.Exact, 2));
    }

    [Fact]
    public void Basic_expenditure_one_cent_off_its_parts_is_within_rounding()
    {
        // 基本支出 1122.14 vs 人员经费 1028.3 + 公用经费 93.83 = 1122.13:
        // [1028.25, 1028.35] + [93.825, 93.835] = [1122.075, 1122.185], which meets [1122.135, 1122.145].
        CheckResult r = RoundingCheck.Sum(W("1122.14"), W("1028.3"), W("93.83"));
        Assert.Equal(CheckOutcome.WithinRounding, r.Outcome);
        Assert.Equal(1122.13m, r.Exact);
        Assert.Equal(0.01m, r.Difference);
        Assert.Equal(new Interval(1122.075m, 1122.185m), r.Expected);
    }

    [Fact]
    public void One_cent_tails_in_the_seed_are_within_rounding()
    {
        // 本年支出 2934.72 vs 基本支出 1122.17 + 项目支出 1812.54 = 2934.71.
        Assert.Equal(CheckOutcome.WithinRounding, RoundingCheck.Sum(W("2934.72"), W("1122.17"), W("1812.54")).Outcome);
        // 项目支出 1809.72 vs 36.5 + 595.01 + 809.54 + 34.16 + 334.5 = 1809.71.
        Assert.Equal(CheckOutcome.WithinRounding,
            RoundingCheck.Sum(W("1809.72"), W("36.5"), W("595.01"), W("809.54"), W("34.16"), W("334.5")).Outcome);
        // 一般公共预算财政拨款支出 2931.85 vs 基本 1122.14 + 项目 1809.72 = 2931.86.
        Assert.Equal(CheckOutcome.WithinRounding, RoundingCheck.Sum(W("2931.85"), W("1122.14"), W("1809.72")).Outcome);
        // 社会保障和就业支出类 2684.66 vs its eleven 项 = 2684.65.
        Assert.Equal(CheckOutcome.WithinRounding, RoundingCheck.Sum(W("2684.66"),
            W("815.07"), W("186.85"), W("9"), W("20"), W("4.93"), W("1180.37"), W("40.89"), W("86.9"), W("32.08"), W("20"), W("288.56")).Outcome);
    }

    [Fact]
    public void Budget_side_of_the_function_table_adds_up()
    {
        // 社会保障和就业支出类: 3185.61 年初预算 − 2684.66 决算 = 500.95 (与年初预算相比减少500.95).
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("3185.61"),
            W("965.87"), W("174"), W("9"), W("20"), W("5"), W("1530"), W("38.76"), W("101.84"), W("50.92"), W("20"), W("270.22")).Outcome);
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Difference(-W("500.95"), W("2684.66"), W("3185.61")).Outcome);
        // 年初预算 3843.73 = 14.39 + 3185.61 + 55.47 + 88.26 + 500; 决算 2931.85 = 14.39 + 2684.66 + 47.9 + 84.9 + 100.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("3843.73"), W("14.39"), W("3185.61"), W("55.47"), W("88.26"), W("500")).Outcome);
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("2931.85"), W("14.39"), W("2684.66"), W("47.9"), W("84.9"), W("100")).Outcome);
    }

    [Fact]
    public void Government_procurement_adds_up()
    {
        // 政府采购支出总额45.65 = 货物36.24 + 工程0 + 服务9.41.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("45.65"), W("36.24"), W("0"), W("9.41")).Outcome);
    }

    [Fact]
    public void Explanations_that_do_not_add_up_are_Inconsistent()
    {
        // 财政拨款 与上年决算相比减少1455.56: 一是 157.36 + 二是 1298.33 = 1455.69, 0.13 more than stated.
        CheckResult lastYear = RoundingCheck.Sum(W("1455.56"), W("157.36"), W("1298.33"));
        Assert.Equal(CheckOutcome.Inconsistent, lastYear.Outcome);
        Assert.Equal(-0.13m, lastYear.Difference);

        // 收支总计 与年初预算相比减少920.80: 一是基本支出 193.34 + 二是项目支出 729.48 = 922.82, 2.02 more than stated.
        CheckResult budget = RoundingCheck.Sum(W("920.80"), W("193.34"), W("729.48"));
        Assert.Equal(CheckOutcome.Inconsistent, budget.Outcome);
        Assert.Equal(-2.02m, budget.Difference);

        // ... while its sub-parts do add up: 人员经费 180.9 + 公用经费 12.44 = 193.34, and 本年收入's 157.26 + 1299.36 = 1456.62.
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("193.34"), W("180.9"), W("12.44")).Outcome);
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("1456.62"), W("157.26"), W("1299.36")).Outcome);
    }

    [Fact]
    public void Weighted_sums_check_balances()
    {
        // 财政拨款 与年初预算相比减少925.68 = 193.37 + 466.87 + 400 − 134.56 (四是…增加134.56).
        var parts = new (Amount, int)[] { (W("193.37"), 1), (W("466.87"), 1), (W("400"), 1), (W("134.56"), -1) };
        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Sum(W("925.68"), parts).Outcome);
    }

    [Fact]
    public void Mixed_units_are_compared_in_wanyuan_and_reported_in_the_stated_unit()
    {
        // 29367400.00 元 = 2933.89 万元 + 2.85 万元.
        CheckResult r = RoundingCheck.Sum(Amount.Parse("29,367,400.00", CurrencyUnit.Yuan), W("2933.89"), W("2.85"));
        Assert.Equal(CheckOutcome.Consistent, r.Outcome);
        Assert.Equal(29367400m, r.Exact);
        Assert.Equal(new Interval(29367300m, 29367500m), r.Expected);

        // 29367410 元 is 0.001 万元 away: within the ± 0.01 万元 the two parts allow.
        CheckResult near = RoundingCheck.Sum(Amount.Parse("29367410", CurrencyUnit.Yuan), W("2933.89"), W("2.85"));
        Assert.Equal(CheckOutcome.WithinRounding, near.Outcome);
        Assert.Equal(10m, near.Difference);

        Assert.Equal(CheckOutcome.Consistent, RoundingCheck.Ratio(P("88.6%"), Amount.Parse("310000", CurrencyUnit.Yuan), W("35")).Outcome);
    }
}
