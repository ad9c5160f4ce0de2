using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The two choices FigureLookup makes for the rules, seen through one-rule checks: which part a total is summed with when
/// its own statement does not state it (the first stated anywhere, not the last), and which restatement of a figure is a
/// repeat that is not checked again (the same amount stated before at least as precisely: "100.0" after "100.00",
/// "1234.50" after "1,234.50", but not "100.000" after "100.00" nor after another amount; a count stated under the same key
/// is not the amount's earlier statement; percentages alike). FA1006 (基本支出 = 人员经费 + 公用经费) and FA1021 (完成预算率
/// = 决算 ÷ 全年预算) serve; ChecksRun counts the totals and rates judged. Numbers by hand.
public sealed class FigureLookupChoiceTests
{
    private const string General = "一般公共预算财政拨款支出";

    [Fact]
    public void A_part_stated_only_elsewhere_is_taken_from_its_first_statement()
    {
        // 基本支出 100.00 in 2.1-1; its parts in 2.2-1 (60.00 + 40.00 = 100.00) and again in 2.3-1 (70.00 + 50.00 =
        // 120.00): the first, 2.2-1, is the one summed: one check, no finding.
        var report = CheckWith("FA1006",
            Statement("2.1-1", F("基本支出", "决算", "100.00")),
            Statement("2.2-1", F("人员经费", "决算", "60.00"), F("公用经费", "决算", "40.00")),
            Statement("2.3-1", F("人员经费", "决算", "70.00"), F("公用经费", "决算", "50.00")));
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    private static int ChecksOfTotals(string first, string again) => CheckWith("FA1006",
        Statement("2.1-1", F("基本支出", "决算", first), F("人员经费", "决算", "60.00"), F("公用经费", "决算", "40.00")),
        Statement("2.2-1", F("基本支出", "决算", again))).ChecksRun;

    [Fact]
    public void A_total_restated_less_precisely_is_a_repeat_and_more_precisely_is_not()
    {
        // "100.00" after "100.000" adds nothing: one check. "100.000" after "100.00" is more precise: judged again, two.
        // (A 说明 figure printed with fewer than 2 decimals is read at its copies' or its section's precision, so the
        // pair is printed at 2 and 3 places, both read as printed.)
        Assert.Equal(1, ChecksOfTotals("100.000", "100.00"));
        Assert.Equal(2, ChecksOfTotals("100.00", "100.000"));
    }

    [Fact]
    public void A_total_restated_with_the_same_decimals_in_another_print_is_a_repeat()
    {
        // "1,234.50" and "1234.50": the same amount at the same two decimals, printed with and without the comma: one check.
        var report = CheckWith("FA1006",
            Statement("2.1-1", F("基本支出", "决算", "1,234.50"), F("人员经费", "决算", "1000.00"), F("公用经费", "决算", "234.50")),
            Statement("2.2-1", F("基本支出", "决算", "1234.50")));
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void A_total_restated_as_another_amount_is_judged_again()
    {
        // 90.00 then 100.00 (same decimals, other amount): both are judged, 90.00 a finding against 60.00 + 40.00.
        Assert.Equal(2, ChecksOfTotals("90.00", "100.00"));
    }

    [Fact]
    public void A_count_stated_before_under_the_same_key_is_not_the_amounts_earlier_statement()
    {
        // 基本支出 (决算) printed first as a count, 3个, then as the amount 0 (with parts 0 + 0): the count is another
        // figure, so the amount is judged: one check, no finding.
        var report = CheckWith("FA1006",
            Statement("2.1-1", F("基本支出", "决算", "3", "个")),
            Statement("2.2-1", F("基本支出", "决算", "0"), F("人员经费", "决算", "0"), F("公用经费", "决算", "0")));
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_rate_restated_with_the_same_decimals_in_another_print_is_a_repeat()
    {
        // 19000.00 ÷ 1500.00 = 1266.6667% → 1,266.67% in 2.1-1, restated as 1266.67% in 2.2-1: one rate judged.
        var report = CheckWith("FA1021",
            Statement("2.1-1", F(General, "决算", "19000.00"), F(General, "全年预算", "1500.00"), F(General, "完成预算率", "1,266.67", "%")),
            Statement("2.2-1", F(General, "完成预算率", "1266.67", "%")));
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }
}
