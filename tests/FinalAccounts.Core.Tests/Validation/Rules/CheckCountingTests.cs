using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// What RuleContext counts and records on the paths other tests pass only for their findings, by hand: a sum within
/// rounding, a code check (FA1070), the FA1090 checks a report decides alone, a partial list asked directly (public), and
/// the guard against a rule recording another's check. A rule whose checks all pass still ran (RulesRun), so each path must
/// count its check.
public sealed class CheckCountingTests
{
    private const string HrRow = "社会保障和就业支出/人力资源和社会保障管理事务/行政运行";

    [Fact]
    public void A_sum_within_rounding_is_one_check_and_its_rule_ran()
    {
        // FA1005: 33.33 × 3 + 0.00 + 0.00 = 99.99, not 100.00 as printed; the parts' intervals reach 100.005: within rounding.
        var check = CheckWith("FA1005", Statement("1", F("本年支出合计", "决算", "100.00"), F("基本支出", "决算", "33.33"), F("项目支出", "决算", "33.33"),
            F("上缴上级支出", "决算", "33.33"), F("经营支出", "决算", "0.00"), F("对附属单位补助支出", "决算", "0.00")));
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(check.Findings).Outcome);
        Assert.Equal(1, check.ChecksRun);
        Assert.Equal("FA1005", Assert.Single(check.RulesRun).Id);
    }

    [Fact]
    public void Each_code_checked_is_one_check_and_a_wrong_one_is_an_inconsistent_result()
    {
        // 行政运行 is 2080101: the 决算 row prints it, the 年初预算 row prints 2080102 (一般行政管理事务's code).
        var check = CheckWith("FA1070", Statement("2.5-2", "五、一般公共预算财政拨款支出决算情况说明",
            F("一般公共预算财政拨款支出", "决算", "815.07", path: HrRow, code: "2080101"),
            F("一般公共预算财政拨款支出", "年初预算", "800.00", path: HrRow, code: "2080102")));
        Assert.Equal(2, check.ChecksRun);
        Assert.Equal("FA1070", Assert.Single(check.RulesRun).Id);
        var finding = Assert.Single(check.Findings);
        Assert.Equal("800.00", finding.Stated.Value);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Result.Outcome);
    }

    [Fact]
    public void A_name_of_the_report_s_edition_is_one_check_on_every_check_of_the_report()
    {
        // FA1090: 2200199 printed with its 2024 name; the rule decides it on the first check and only counts it later.
        var report = Read(Table("财决08", "一般公共预算财政拨款支出决算表",
            Cell("2200199 其他自然资源事务支出", "决算数", "一般公共预算财政拨款支出", "决算", "12.00", path: "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", code: "2200199")));
        for (var i = 0; i < 2; i++)
        {
            var check = CheckWith(report, "FA1090");
            Assert.Empty(check.Findings);
            Assert.Equal(1, check.ChecksRun);
            Assert.Equal("FA1090", Assert.Single(check.RulesRun).Id);
        }
    }

    [Fact]
    public void A_partial_list_at_most_its_total_is_consistent_and_one_above_is_rounding_or_an_error()
    {
        // 主要包括 lists, total 100.00 (± 0.005): 90.00 and 100.00 are at most it; 100.01 is above, but the parts' interval
        // [100.00, 100.02] reaches 100.005 (info); 101.00 is not reached by [100.99, 101.01] (error).
        var outcomes = new List<CheckOutcome>();
        var check = ReportChecker.Check(Read(Statement("1", F("本年支出合计", "决算", "100.00"))), new IReportRule[] { new Partial(outcomes) });
        Assert.Equal(new[] { CheckOutcome.Consistent, CheckOutcome.Consistent, CheckOutcome.WithinRounding, CheckOutcome.Inconsistent }, outcomes);
        Assert.Equal(new[] { CheckOutcome.Inconsistent, CheckOutcome.WithinRounding }, check.Findings.Select(f => f.Outcome));
        Assert.Equal(4, check.ChecksRun);
    }

    [Fact]
    public void A_rule_recording_a_check_of_another_rule_is_refused()
    {
        var running = new RuleDescriptor("FA9001", "运行中", "running", "a test relation");
        var other = new RuleDescriptor("FA9002", "另一条", "another", "a test relation");
        var report = Read(Statement("1", F("本年支出合计", "决算", "100.00")));
        var context = new RuleContext(report, new List<Finding>(), running);
        var refused = Assert.Throws<InvalidOperationException>(() => context.Record(other, report.Figures[0], CheckResult.Match(true), Array.Empty<StatedFigure>(), RuleContext.NoMessage));
        Assert.Equal("FA9002 recorded a check while FA9001 was running", refused.Message);
        Assert.Equal(0, context.ChecksRun);
    }

    /// Asks RuleContext.PartialSum directly with parts of 40.00 and 50.00, 60.00, 60.01 and 61.00 against the one figure.
    private sealed class Partial : IReportRule
    {
        private readonly List<CheckOutcome> _outcomes;

        public Partial(List<CheckOutcome> outcomes) => _outcomes = outcomes;

        public RuleDescriptor Descriptor { get; } = new("FA9001", "部分列举不大于合计", "a partial list is at most its total", "a test relation");

        public void Check(RuleContext context)
        {
            var total = context.Report.Figures[0];
            var at = total.Location;
            foreach (var second in new[] { "50.00", "60.00", "60.01", "61.00" })
            {
                var parts = new[] { new StatedFigure(new FigureKey("基本支出", "决算"), "40.00", "万元", at), new StatedFigure(new FigureKey("项目支出", "决算"), second, "万元", at) };
                _outcomes.Add(context.PartialSum(total, parts, "基本支出 + 项目支出", "basic + project"));
            }
        }
    }
}
