using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>Behaviour particular to a rule family: tables against narratives, references, nearest stated levels.</summary>
public sealed class RuleFamilyTests
{
    [Fact]
    public void Optional_parts_absent_from_a_table_count_as_zero()
    {
        // 收入支出决算总表 with only the lines the template fills: 2931.85 + 2.04 = 2933.89; the other six are blank (0).
        var result = Check(Table("财决01", "收入支出决算总表",
            Cell("本年收入合计", "决算数", "本年收入合计", "决算", "2,933.89"),
            Cell("一、一般公共预算财政拨款收入", "决算数", "一般公共预算财政拨款收入", "决算", "2,931.85"),
            Cell("八、其他收入", "决算数", "其他收入", "决算", "2.04")));
        Assert.Contains(result.RulesRun, r => r.Id == "FA1004");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1004");
    }

    [Fact]
    public void Optional_parts_absent_from_a_table_still_catch_a_wrong_total()
    {
        // 2931.85 + 2.04 = 2933.89, but the total cell says 2993.89 (60.00 off).
        var result = Check(Table("财决01", "收入支出决算总表",
            Cell("本年收入合计", "决算数", "本年收入合计", "决算", "2993.89"),
            Cell("一、一般公共预算财政拨款收入", "决算数", "一般公共预算财政拨款收入", "决算", "2931.85"),
            Cell("八、其他收入", "决算数", "其他收入", "决算", "2.04")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA1004");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2993.89", finding.Stated.Value);
        Assert.Equal("本年收入合计", finding.Location.Row);
        Assert.Equal("决算数", finding.Location.Column);
        Assert.Equal("财决01", finding.Location.StatementId);
        Assert.Equal(2933.89m, finding.Result.Exact);
    }

    [Fact]
    public void Optional_parts_absent_from_a_sentence_stop_the_rule()
    {
        // The same figures as a sentence: it may simply not mention the other six lines, so nothing is checked, even though
        // 2993.89 would be wrong.
        var result = Check(Statement("2.1-3",
            F("本年收入合计", "决算", "2993.89"), F("一般公共预算财政拨款收入", "决算", "2931.85"), F("其他收入", "决算", "2.04")));
        Assert.Contains(result.RulesNotRun, r => r.Rule.Id == "FA1004");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1004");
    }

    [Fact]
    public void A_required_part_missing_stops_a_sum_even_in_a_table()
    {
        // FA1005 needs 基本支出 and 项目支出: with 项目支出 blank the identity is not checked.
        var result = Check(Table("财决01", "收入支出决算总表",
            Cell("本年支出合计", "决算数", "本年支出合计", "决算", "2934.71"),
            Cell("基本支出", "决算数", "基本支出", "决算", "1122.17")));
        Assert.Contains(result.RulesNotRun, r => r.Rule.Id == "FA1005");
    }

    [Fact]
    public void Function_tree_in_a_sentence_sums_the_nearest_stated_level()
    {
        // Section 五 states the 类 and its 项 but no 款: 类 208 = Σ项. Codes come from the name paths.
        // 815.07 + 186.85 + 40.89 = 1042.81, printed 1042.18 (digits swapped): 0.63 off.
        var result = Check(
            Statement("2.5-3", "五、一般公共预算财政拨款支出决算情况说明",
                F("一般公共预算财政拨款支出", "决算", "1042.18", path: RuleExamples.SocialSecurity)),
            Statement("2.5-4", "五、一般公共预算财政拨款支出决算情况说明",
                F("一般公共预算财政拨款支出", "决算", "815.07", path: RuleExamples.HrAffairs + "/行政运行"),
                F("一般公共预算财政拨款支出", "决算", "186.85", path: RuleExamples.HrAffairs + "/一般行政管理事务"),
                F("一般公共预算财政拨款支出", "决算", "40.89", path: RuleExamples.Pensions + "/行政单位离退休")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA1040");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("1042.18", finding.Stated.Value);
        Assert.Equal("2.5-3", finding.Location.StatementId);
        Assert.Equal("208", finding.Stated.Code);
        Assert.Equal(1042.81m, finding.Result.Exact);
        Assert.Equal(3, finding.Inputs.Count);
        // The derived codes match their rows.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1070");
        Assert.Contains(result.RulesRun, r => r.Id == "FA1070");
    }

    [Fact]
    public void Function_tree_checks_each_level_of_a_table()
    {
        // All levels agree (see RuleExamples: 1001.92, 127.79, 1129.71), except that 款 20805 says 172.79 while its 项
        // give 40.89 + 86.90 = 127.79: 20805 is wrong, and 类 208 against 1001.92 + 172.79 = 1174.71 is wrong too.
        var items = RuleExamples.FunctionTable("1129.71");
        var table = (TableSpec)items[0];
        var cells = table.Cells.Select(c => c.Row == "20805 行政事业单位养老支出"
            ? Cell(c.Row!, c.Column!, c.Concept, c.Basis, "172.79", c.FunctionPath, c.Code)
            : c).ToArray();
        var result = Check(Table(table.Id, table.Title, cells));
        var errors = result.Findings.Where(f => f.RuleId == "FA1040").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, f => f.Location.Row == "20805 行政事业单位养老支出" && f.Stated.Value == "172.79" && f.Result.Exact == 127.79m);
        Assert.Contains(errors, f => f.Location.Row == "208 社会保障和就业支出" && f.Stated.Value == "1129.71" && f.Result.Exact == 1174.71m);
    }

    [Fact]
    public void One_list_explaining_two_totals_is_checked_against_both()
    {
        // Seed 2.1-1: "收、支总计各减少920.80万元 … 一是基本支出减少193.34万元 … 二是项目支出减少729.48万元":
        // −193.34 − 729.48 = −922.82, 2.02 away from −920.80, for 收入总计 and for 支出总计.
        var result = Check(Statement("2.1-1", F("收入总计", "较年初预算增减", "-920.80"), F("支出总计", "较年初预算增减", "-920.80"))
            .With(new ExplanationSpec("收入总计", "较年初预算增减", false, "一是…二是", new Part[]
            {
                F("基本支出", "较年初预算增减", "-193.34", text: "一是基本支出减少193.34万元"),
                F("项目支出", "较年初预算增减", "-729.48", text: "二是项目支出减少729.48万元"),
            }) { AlsoExplains = new[] { ("支出总计", "较年初预算增减") } }));
        var errors = result.Findings.Where(f => f.RuleId == "FA1010").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(new[] { "收入总计", "支出总计" }.OrderBy(c => c, StringComparer.Ordinal), errors.Select(f => f.Stated.Key.Concept).OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Reference_parts_take_their_value_from_the_named_statement()
    {
        // "收入决算总计2936.74万元。包括：" 1. 本年收入合计 2933.89, 2. 使用非财政拨款结余 0.00, 3. 年初结转和结余 2.85:
        // 2933.89 + 0.00 + 2.85 = 2936.74. With 2.85 misprinted 28.5 the list adds up to 2962.39 (25.65 off).
        static Item[] Report(string carried) => new Item[]
        {
            Statement("2.1-2", F("收入总计", "决算", "2936.74")).With(Explanation("收入总计", "决算", false, "包括",
                Ref("2.1-3", "本年收入合计", "决算"), Ref("2.1-4", "使用非财政拨款结余", "决算"), Ref("2.1-5", "年初结转和结余", "决算"))),
            Statement("2.1-3", F("本年收入合计", "决算", "2933.89")),
            Statement("2.1-4", F("使用非财政拨款结余", "决算", "0.00")),
            Statement("2.1-5", F("年初结转和结余", "决算", carried)),
        };
        var ok = Check(Report("2.85"));
        Assert.Contains(ok.RulesRun, r => r.Id == "FA1010");
        Assert.DoesNotContain(ok.Findings, f => f.RuleId == "FA1010");

        var broken = Check(Report("28.5"));
        var finding = Assert.Single(broken.Findings, f => f.RuleId == "FA1010");
        Assert.Equal("2936.74", finding.Stated.Value);
        Assert.Equal(2962.39m, finding.Result.Exact);
    }

    [Fact]
    public void A_complete_list_with_a_part_in_words_only_is_not_checked()
    {
        // 一是 carries an amount, 二是 only a reason: the sum cannot be formed, even though −193.34 ≠ −920.80.
        var result = Check(Statement("2.1-1", F("收入总计", "较年初预算增减", "-920.80"))
            .With(Explanation("收入总计", "较年初预算增减", false, "一是…二是",
                F("基本支出", "较年初预算增减", "-193.34", text: "一是基本支出减少193.34万元"),
                Text("二是项目资金减少"))));
        Assert.Contains(result.RulesNotRun, r => r.Rule.Id == "FA1010");
    }

    [Fact]
    public void A_partial_list_with_a_part_in_words_sums_only_the_amounts()
    {
        // 主要包括 办公费 14.77、福利费 20.01 and "其他日常支出": 34.78 ≤ 93.83.
        var result = Check(Statement("2.6-3", F("公用经费", "决算", "93.83"))
            .With(Explanation("公用经费", "决算", true, "主要包括…等",
                F("办公费", "决算", "14.77", text: "办公费14.77万元"), F("福利费", "决算", "20.01", text: "福利费20.01万元"), Text("其他日常支出"))));
        Assert.Contains(result.RulesRun, r => r.Id == "FA1011");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1011");
    }

    [Fact]
    public void Change_rate_uses_the_stated_base_when_there_is_one()
    {
        // Seed 三: 项目支出 1812.54 against 上年决算 3110.87: −1298.33 ÷ 3110.87. 3110.87 × 0.4173 = 1298.166051, remainder
        // 0.163949 ÷ 3110.87 = 0.0000527, so −41.7353% → −41.74 (consistent); −47.14 (digits swapped) is an error.
        static Item[] Report(string rate) => new Item[]
        {
            Statement("2.3-3", F("项目支出", "决算", "1812.54"), F("项目支出", "上年决算", "3110.87"),
                F("项目支出", "较上年决算增减", "-1298.33"), F("项目支出", "较上年决算增减率", rate, "%")),
        };
        var ok = Check(Report("-41.74"));
        Assert.DoesNotContain(ok.Findings, f => f.RuleId == "FA1024" || f.RuleId == "FA1026");
        Assert.Contains(ok.RulesRun, r => r.Id == "FA1026");

        var broken = Check(Report("-47.14"));
        var finding = Assert.Single(broken.Findings, f => f.RuleId == "FA1024");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(-41.7353m, decimal.Round(finding.Result.Exact, 4, MidpointRounding.AwayFromZero));
        // The inputs are 决算 and 上年决算, not the change amount.
        Assert.Equal(new[] { "上年决算", "决算" }, finding.Inputs.Select(i => i.Key.Basis).OrderBy(b => b, StringComparer.Ordinal));
    }

    [Fact]
    public void A_percentage_repeated_with_fewer_decimals_agrees()
    {
        // 38.24% in one place, 38.2% in another: [38.235, 38.245] meets [38.15, 38.25] → information; 39.2% → error.
        static Item[] Report(string again) => new Item[]
        {
            Statement("2.3-1", F("本年支出合计", "决算", "2934.72"), F("基本支出", "决算", "1122.17"),
                F("基本支出", "占比", "38.24", "%", of: ("本年支出合计", "决算"))),
            Statement("2.3-9", F("基本支出", "占比", again, "%", of: ("本年支出合计", "决算"))),
        };
        var rounded = Check(Report("38.2"));
        Assert.DoesNotContain(rounded.Findings, f => f.RuleId == "FA1030" && f.Severity != Severity.Info);
        var broken = Assert.Single(Check(Report("39.2")).Findings, f => f.RuleId == "FA1030");
        Assert.Equal(Severity.Error, broken.Severity);
        Assert.Equal("2.3-9", broken.Location.StatementId);
    }

    [Fact]
    public void A_repeated_figure_is_checked_once()
    {
        // 收入总计 stated twice with the same wrong value (2936.84 vs 2933.89 + 0.00 + 2.85 = 2936.74): one FA1001 error.
        var result = Check(
            Statement("2.1-1", F("收入总计", "决算", "2936.84")),
            Statement("2.1-2", F("收入总计", "决算", "2936.84"), F("本年收入合计", "决算", "2933.89"),
                F("使用非财政拨款结余", "决算", "0.00"), F("年初结转和结余", "决算", "2.85")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA1001");
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal("2.1-1", finding.Location.StatementId);
    }

    [Fact]
    public void A_list_mixing_stated_and_referred_parts_reads_each_in_its_place()
    {
        // 2933.89 stated in the list, 0.00 and 2.85 referred to: 2933.89 + 0.00 + 2.85 = 2936.74. Against 2936.74 it
        // agrees; against 2936.75 (at least 2936.745, the parts at most 2936.755) only rounding explains it; with 2.85
        // misprinted 28.5 the list adds up to 2962.39, 25.65 over: an error listing the three parts in the list's order.
        static Item[] Report(string total, string carried) => new Item[]
        {
            Statement("2.1-2", F("收入总计", "决算", total)).With(Explanation("收入总计", "决算", false, "包括",
                F("本年收入合计", "决算", "2933.89"), Ref("2.1-4", "使用非财政拨款结余", "决算"), Ref("2.1-5", "年初结转和结余", "决算"))),
            Statement("2.1-4", F("使用非财政拨款结余", "决算", "0.00")),
            Statement("2.1-5", F("年初结转和结余", "决算", carried)),
        };
        var consistent = CheckWith("FA1010", Report("2936.74", "2.85"));
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
        var rounding = Assert.Single(CheckWith("FA1010", Report("2936.75", "2.85")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, rounding.Outcome);
        var broken = Assert.Single(CheckWith("FA1010", Report("2936.74", "28.5")).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, broken.Outcome);
        Assert.Equal(2962.39m, broken.Result.Exact);
        Assert.Equal(new[] { "2933.89", "0.00", "28.5" }, broken.Inputs.Select(i => i.Value));
        Assert.Equal(new[] { "2.1-2", "2.1-4", "2.1-5" }, broken.Inputs.Select(i => i.Location.StatementId));
    }

    [Fact]
    public void A_list_with_references_explains_the_figure_of_its_own_statement()
    {
        // 2.1-1 prints 收入总计 2963.74 (digits swapped), 2.1-2 prints 2936.74 and lists 2933.89 + 0.00 + 2.85 = 2936.74.
        // The list explains 2.1-2's figure, which it matches: the typo in 2.1-1 is FA1030's (vs 2.1-2), not FA1010's.
        var result = Check(
            Statement("2.1-1", F("收入总计", "决算", "2963.74")),
            Statement("2.1-2", F("收入总计", "决算", "2936.74")).With(Explanation("收入总计", "决算", false, "包括",
                Ref("2.1-3", "本年收入合计", "决算"), Ref("2.1-4", "使用非财政拨款结余", "决算"), Ref("2.1-5", "年初结转和结余", "决算"))),
            Statement("2.1-3", F("本年收入合计", "决算", "2933.89")),
            Statement("2.1-4", F("使用非财政拨款结余", "决算", "0.00")),
            Statement("2.1-5", F("年初结转和结余", "决算", "2.85")));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1010");
        var disagreement = Assert.Single(result.Findings, f => f.RuleId == "FA1030");
        Assert.Equal("2936.74", disagreement.Stated.Value);
    }
}
