using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Edges of the checker that mutation testing (docs/reliability.md) showed no test held: FA1040's table total, the lower
/// bound of FA1061, a partial list that adds up exactly, which of two equal figures repeats the other, the order of
/// findings, and how many checks ran. Every expected value is worked by hand in the comment beside it.
public class CheckerEdgeTests
{
    private const string Pct = "%";

    private static Item[] TableWithTotal(string total) => new Item[]
    {
        // 合计 (no 功能分类 path) = 208 + 221: 1129.71 + 50.00 = 1179.71; no 款 row, so only the total is checked.
        Table("财决08", "一般公共预算财政拨款支出决算表",
            Cell("合计", "决算数", "一般公共预算财政拨款支出", "决算", total),
            Cell("208 社会保障和就业支出", "决算数", "一般公共预算财政拨款支出", "决算", "1129.71", RuleExamples.SocialSecurity, "208"),
            Cell("221 住房保障支出", "决算数", "一般公共预算财政拨款支出", "决算", "50.00", "住房保障支出", "221")),
    };

    [Fact]
    public void FA1040_a_table_total_that_is_not_the_sum_of_its_classes_is_an_error_at_the_total_row()
    {
        Assert.DoesNotContain(Check(TableWithTotal("1179.71")).Findings, f => f.RuleId == "FA1040");
        // 1189.71 is 10.00 above 1179.71; the inputs allow only ± 0.015 (three figures at ± 0.005).
        var broken = Check(TableWithTotal("1189.71")).Findings.Single(f => f.RuleId == "FA1040");
        Assert.Equal(Severity.Error, broken.Severity);
        Assert.Equal("合计", broken.Location.Row);
        Assert.Equal("1189.71", broken.Stated.Value);
        Assert.Equal(1179.71m, broken.Result.Exact);
        Assert.Equal(new Interval(1179.70m, 1179.72m), broken.Result.Expected);
        Assert.Equal(2, broken.Inputs.Count);
    }

    [Fact]
    public void FA1040_counts_one_check_per_parent_and_one_per_table_total()
    {
        // FunctionTable: 208 = 20801 + 20805, 20801 = 2080101 + 2080102, 20805 = 2080501 + 2080505: three checks, no total row.
        var tree = CheckWith(Read(RuleExamples.FunctionTable("1129.71")), "FA1040");
        Assert.Equal(3, tree.ChecksRun);
        Assert.Equal(new[] { "FA1040" }, tree.RulesRun.Select(r => r.Id));
        Assert.Empty(tree.RulesNotRun);
        // TableWithTotal: the 合计 row only.
        Assert.Equal(1, CheckWith(Read(TableWithTotal("1179.71")), "FA1040").ChecksRun);
    }

    private static Item[] Sme(string total) => new Item[]
    {
        Statement("2.12-1", "十二、政府采购支出决算情况说明",
            F("政府采购货物支出", "决算", "36.24"), F("政府采购工程支出", "决算", "0.00"), F("政府采购服务支出", "决算", "9.41")),
        Statement("2.12-2", "十二、政府采购支出决算情况说明",
            F("授予中小企业合同金额", "决算", total),
            F("货物采购授予中小企业合同金额", "占比", "100.00", Pct),
            F("工程采购授予中小企业合同金额", "占比", "0.00", Pct),
            F("服务采购授予中小企业合同金额", "占比", "100.00", Pct)),
    };

    [Fact]
    public void FA1061_lower_bound_of_the_sme_interval()
    {
        // Least: 36.235 × 99.995% + 0 (a 0.00 share floors at 0) + 9.405 × 99.995% = 36.23318825 + 9.40452975 = 45.637718.
        // 45.64 stands for [45.635, 45.645], which holds 45.637718: rounding only. 45.63 stands for [45.625, 45.635]: below it.
        var low = CheckWith(Read(Sme("45.64")), "FA1061").Findings.Single();
        Assert.Equal(CheckOutcome.WithinRounding, low.Outcome);
        Assert.InRange(low.Result.Expected.Min, 45.63771m, 45.63772m);
        // Most: 36.245 × 100.005% + 0.005 × 0.005% + 9.415 × 100.005% = 36.24681225 + 0.00000025 + 9.41547075 = 45.66228325.
        Assert.InRange(low.Result.Expected.Max, 45.66228m, 45.66229m);
        Assert.Equal(45.65m, low.Result.Exact);
        var below = CheckWith(Read(Sme("45.63")), "FA1061").Findings.Single();
        Assert.Equal(CheckOutcome.Inconsistent, below.Outcome);
        Assert.Equal(Severity.Error, below.Severity);
        Assert.Empty(CheckWith(Read(Sme("45.65")), "FA1061").Findings);
    }

    private static Item[] PartialList(string total) => new Item[]
    {
        Statement("2.6-3", "六、一般公共预算财政拨款基本支出决算情况说明", F("公用经费", "决算", total, scope: "一般公共预算财政拨款"))
            .With(new ExplanationSpec("公用经费", "决算", true, "主要包括…等", new Part[]
            {
                F("办公费", "决算", "14.77", scope: "一般公共预算财政拨款基本支出", code: "30201", text: "办公费14.77万元"),
                F("福利费", "决算", "20.01", scope: "一般公共预算财政拨款基本支出", code: "30229", text: "福利费20.01万元"),
            }) { Scope = "一般公共预算财政拨款" }),
    };

    [Fact]
    public void FA1011_a_partial_list_that_adds_up_exactly_to_its_total_is_consistent()
    {
        // 14.77 + 20.01 = 34.78 = the total: the list names every part, which 主要包括 allows.
        var exact = CheckWith(Read(PartialList("34.78")), "FA1011");
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        // 34.79 is above the sum: consistent too (a partial list may add up to less).
        Assert.Empty(CheckWith(Read(PartialList("34.79")), "FA1011").Findings);
        // 34.76 stands for at most 34.765, below the parts' least sum 14.765 + 20.005 = 34.77: an error, exact 34.78.
        var over = CheckWith(Read(PartialList("34.76")), "FA1011").Findings.Single();
        Assert.Equal(CheckOutcome.Inconsistent, over.Outcome);
        Assert.Equal(34.78m, over.Result.Exact);
    }

    private static StatementSpec Rate(string id, string rate) =>
        // 125.40 ÷ 1000.00 = 12.54%. "12.5" (± 0.05) holds it; "12.50" (± 0.005) does not, nor does any cut reading
        // (inputs cut: [125.40 ÷ 1000.01, 125.41 ÷ 1000.00] = [12.5399%, 12.541%] against [12.50%, 12.51%]).
        Statement(id, F("一般公共预算财政拨款支出", "决算", "125.40"), F("一般公共预算财政拨款支出", "年初预算", "1000.00"),
            F("一般公共预算财政拨款支出", "完成年初预算率", rate, Pct));

    [Fact]
    public void A_less_precise_later_figure_repeats_an_earlier_one_and_is_not_checked_again()
    {
        // "12.50" first, "12.5" later: the later says nothing the earlier does not (same value, fewer decimals). One check.
        var report = CheckWith(Read(Rate("2.5-1", "12.50"), Rate("2.5-2", "12.5")), "FA1020");
        Assert.Equal(1, report.ChecksRun);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("12.50", finding.Stated.Value);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_more_precise_later_figure_does_not_repeat_an_earlier_one_and_is_checked()
    {
        // "12.5" first (consistent), "12.50" later: the later is more precise, so it is checked and is an error. Two checks.
        var report = CheckWith(Read(Rate("2.5-1", "12.5"), Rate("2.5-2", "12.50")), "FA1020");
        Assert.Equal(2, report.ChecksRun);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("12.50", finding.Stated.Value);
        Assert.Equal("2.5-2", finding.Location.StatementId);
    }

    [Fact]
    public void The_same_figure_printed_twice_alike_is_checked_once()
    {
        // "12.50" twice: the second is the same text. One check, one finding (at the first).
        var report = CheckWith(Read(Rate("2.5-1", "12.50"), Rate("2.5-2", "12.50")), "FA1020");
        Assert.Equal(1, report.ChecksRun);
        Assert.Equal("2.5-1", Assert.Single(report.Findings).Location.StatementId);
    }

    private static StatementSpec ProjectRate(string id, string item, string rate) =>
        // 1200.00 ÷ 1800.00 = 66.6667%: 66.67 consistent, 66.66 only by cutting (a warning), 96.67 an error (RuleExamples FA1021).
        Statement(id, F("项目支出", "决算", "1200.00", item: item), F("项目支出", "全年预算", "1800.00", item: item),
            F("项目支出", "完成预算率", rate, Pct, item: item));

    private static StatementSpec ProgramRate(string id, string rate) =>
        // 2931.85 ÷ 3843.73 = 76.2762%: 67.27 is an error (RuleExamples FA1020).
        Statement(id, F("一般公共预算财政拨款支出", "决算", "2931.85"), F("一般公共预算财政拨款支出", "年初预算", "3843.73"),
            F("一般公共预算财政拨款支出", "完成年初预算率", rate, Pct));

    [Fact]
    public void Findings_come_errors_first_then_in_report_order()
    {
        // Report order: a warning (2.8-1), an FA1021 error (2.8-2), an FA1020 error (2.9-1).
        // Documented order: errors first, then by place in the report, so FA1021 before FA1020 (against the rule IDs'
        // own order), and the warning last although it stands first.
        var report = CheckWith(Read(ProjectRate("2.8-1", "甲项目", "66.66"), ProjectRate("2.8-2", "乙项目", "96.67"), ProgramRate("2.9-1", "67.27")),
            "FA1020", "FA1021");
        Assert.Equal(new[] { ("FA1021", "2.8-2", Severity.Error), ("FA1020", "2.9-1", Severity.Error), ("FA1021", "2.8-1", Severity.Warning) },
            report.Findings.Select(f => (f.RuleId, f.Location.StatementId, f.Severity)));
        Assert.Equal(3, report.ChecksRun);
        Assert.Equal(2, report.Count(Severity.Error));
        Assert.Equal(1, report.Count(Severity.Warning));
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Two_findings_are_ordered_too()
    {
        // FA1020 runs before FA1021 and records its warning (76.27 is 76.2762 cut) first; the FA1021 error (96.67) must still
        // come first.
        var report = CheckWith(Read(ProjectRate("2.8-1", "甲项目", "96.67"), ProgramRate("2.9-1", "76.27")), "FA1020", "FA1021");
        Assert.Equal(new[] { ("FA1021", Severity.Error), ("FA1020", Severity.Warning) }, report.Findings.Select(f => (f.RuleId, f.Severity)));
        // Only the warning: no errors.
        var warningOnly = CheckWith(Read(ProjectRate("2.8-1", "甲项目", "66.66")), "FA1021");
        Assert.False(warningOnly.HasErrors);
        Assert.Equal(0, warningOnly.Count(Severity.Error));
    }

    [Fact]
    public void A_rule_with_nothing_to_check_is_listed_as_not_run_with_no_checks()
    {
        // FA1061 needs 授予中小企业合同金额; the report states only a rate.
        var report = CheckWith(Read(ProgramRate("2.9-1", "76.28")), "FA1020", "FA1061");
        Assert.Equal(1, report.ChecksRun);                       // 76.28 is the rate rounded: one check, consistent
        Assert.Equal(new[] { "FA1020" }, report.RulesRun.Select(r => r.Id));
        Assert.Equal("FA1061", Assert.Single(report.RulesNotRun).Rule.Id);
        Assert.Empty(report.Findings);
    }
}
