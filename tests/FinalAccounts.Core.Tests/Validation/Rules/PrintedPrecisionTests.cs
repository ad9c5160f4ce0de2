using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Issue 13, point 9: each money figure is read at the precision it is printed with — a table at its convention, a 说明
/// figure as a copy of a more precise statement of it (trailing zeros dropped) or as rounded (whole 万元, one decimal).
/// Expected values by hand in the comments.
/// </summary>
public sealed class PrintedPrecisionTests
{
    private const string ThreePublicSection = "八、财政拨款“三公”经费支出决算情况说明";

    private static StatementSpec ThreePublic(string total, string abroad, string cars, string receptions) =>
        Statement("2.8-1", ThreePublicSection, F("三公经费", "决算", total, scope: "财政拨款"))
            .With(new ExplanationSpec("三公经费", "决算", false, "其中", new Part[]
            {
                F("因公出国（境）费", "决算", abroad, scope: "财政拨款"), F("公务用车购置及运行维护费", "决算", cars, scope: "财政拨款"),
                F("公务接待费", "决算", receptions, scope: "财政拨款"),
            }) { Scope = "财政拨款" });

    private static TableSpec ThreePublicTable(string total) =>
        Table("表9", "财政拨款“三公”经费支出决算表", Cell("合计", "决算数", "三公经费", "决算", total, scope: "财政拨款"));

    [Fact]
    public void A_whole_wanyuan_section_beside_a_two_decimal_table_is_rounding_not_an_error()
    {
        // The district case: the table prints 37.85, the 说明 writes 三公经费38万元 (其中 0 + 20 + 18). 37.85 rounds to 38 at 0
        // places: consistent, no finding. Read at 2 places it was a 0.15 error.
        var result = Check(ThreePublicTable("37.85"), ThreePublic("38", "0", "20", "18"));
        Assert.Contains(result.RulesRun, r => r.Id == "FA1030");
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1030");

        // 三公经费36万元 against 37.85: 37.85 does not round to 36, so 36 is read by its section (whole 万元: [35.5, 36.5]),
        // which misses 37.85 by 1.35: an error, located at the sentence.
        var broken = Check(ThreePublicTable("37.85"), ThreePublic("36", "0", "20", "16"));
        var error = Assert.Single(broken.Findings, f => f.RuleId == "FA1030" && f.Severity == Severity.Error);
        Assert.Equal("36", error.Stated.Value);
        Assert.Equal("2.8-1", error.Location.StatementId);
    }

    [Fact]
    public void A_whole_wanyuan_breakdown_is_checked_at_its_own_precision()
    {
        // 0 + 20 + 17 = 37 against 38, all whole 万元: each stands for ±0.5, so the parts allow [35.5, 38.5] and 38 stands
        // for [37.5, 38.5]: they meet, rounding (info). 0 + 20 + 15 = 35 allows [33.5, 36.5]: no rounding reaches 37.5.
        var rounding = Check(ThreePublic("38", "0", "20", "17"));
        Assert.DoesNotContain(rounding.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(rounding.Findings, f => f.RuleId == "FA1010" && f.Outcome == CheckOutcome.WithinRounding);

        var broken = Check(ThreePublic("38", "0", "20", "15"));
        var error = Assert.Single(broken.Findings, f => f.RuleId == "FA1010" && f.Severity == Severity.Error);
        Assert.Equal("38", error.Stated.Value);
        Assert.Equal(35m, error.Result.Exact);
        Assert.Equal("2.8-1", error.Location.StatementId);
    }

    [Fact]
    public void A_copy_with_its_trailing_zeros_dropped_is_read_at_its_original_precision()
    {
        // The table prints 174.00, the 说明 "174": the same value, so a copy, read as 174.00 (±0.005). Its breakdown
        // 100.20 + 74.20 = 174.40 is 0.40 off, beyond the 0.015 three 2-decimal figures allow: an error, as before.
        var result = Check(
            Table("表1", "收入支出决算总表", Cell("本年支出合计", "决算数", "本年支出合计", "决算", "174.00")),
            Statement("2.3-1", "三、支出决算情况说明", F("本年支出合计", "决算", "174"))
                .With(Explanation("本年支出合计", "决算", false, "其中", F("基本支出", "决算", "100.20"), F("项目支出", "决算", "74.20"))));
        var error = Assert.Single(result.Findings, f => f.RuleId == "FA1010" && f.Severity == Severity.Error);
        Assert.Equal("174", error.Stated.Value);
        Assert.Equal(174.40m, error.Result.Exact);
    }

    [Fact]
    public void A_figure_rounded_from_a_more_precise_statement_of_it_is_read_as_printed()
    {
        // 174.40 in the table, "174" in a 说明 that otherwise prints 2 decimals: not equal, but 174.40 rounds to 174, so 174
        // is read at 0 places ([173.5, 174.5]) and agrees (info). "176" does not round from 174.40: an error.
        Item[] Report(string narrative) => new Item[]
        {
            Table("表1", "收入支出决算总表", Cell("本年支出合计", "决算数", "本年支出合计", "决算", "174.40")),
            Statement("2.3-1", "三、支出决算情况说明", F("本年支出合计", "决算", narrative), F("基本支出", "决算", "100.25")),
        };
        Assert.DoesNotContain(Check(Report("174")).Findings, f => f.Severity != Severity.Info);
        var error = Assert.Single(Check(Report("176")).Findings, f => f.Severity == Severity.Error);
        Assert.Equal("FA1030", error.RuleId);
        Assert.Equal("176", error.Stated.Value);
    }

    [Fact]
    public void A_table_of_whole_wanyuan_is_read_at_0_places_and_one_that_drops_zeros_at_2()
    {
        // Whole 万元: 2932 + 2 = 2934 against 2935 (each ±0.5: the parts allow [2933, 2935]): rounding, info.
        var whole = Check(Table("表1", "收入支出决算总表",
            Cell("本年收入合计", "决算数", "本年收入合计", "决算", "2935"),
            Cell("一、一般公共预算财政拨款收入", "决算数", "一般公共预算财政拨款收入", "决算", "2932"),
            Cell("八、其他收入", "决算数", "其他收入", "决算", "2")));
        Assert.DoesNotContain(whole.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(whole.Findings, f => f.RuleId == "FA1004");

        // The same cells in a table that prints 2931.85: its "2" and "2935" are 2.00 and 2935.00, and 2931.85 + 2.00 =
        // 2933.85 is 1.15 short of 2935.00, beyond 0.015.
        var twoPlaces = Check(Table("表1", "收入支出决算总表",
            Cell("本年收入合计", "决算数", "本年收入合计", "决算", "2935"),
            Cell("一、一般公共预算财政拨款收入", "决算数", "一般公共预算财政拨款收入", "决算", "2931.85"),
            Cell("八、其他收入", "决算数", "其他收入", "决算", "2")));
        var error = Assert.Single(twoPlaces.Findings, f => f.RuleId == "FA1004");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(2933.85m, error.Result.Exact);
    }
}
