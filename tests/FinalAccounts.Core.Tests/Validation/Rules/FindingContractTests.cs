using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// What a Finding and a CheckReport promise (mutation testing, docs/reliability.md): the severity an outcome gives, capped by
/// the rule's; the public constructor's messages and text form; counting information; and the documented order of findings
/// beyond the report's own figures: a 绩效自评表's findings after the report's, table by table in printed order, a figure
/// the report does not hold last, and two findings on one figure by rule ID.
public class FindingContractTests
{
    private static readonly StatedFigure s_figure = new(new FigureKey("一般公共预算财政拨款支出", "决算"), "12.50", "万元",
        new FigureLocation("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$.statements[0].figures[0]"));

    private static RuleDescriptor Rule(string id, Severity max = Severity.Error) => new(id, "测试规则", "test rule", "x = y", max);

    private static Finding Make(CheckOutcome outcome, Severity max = Severity.Error)
        => new(Rule("FA9001", max), outcome, "中文说明", "English text", s_figure, new CheckResult(outcome, 12.5m, new Interval(12.495m, 12.505m), 0m),
            new[] { s_figure });

    [Theory]
    [InlineData(CheckOutcome.WithinRounding, Severity.Error, Severity.Info)]
    [InlineData(CheckOutcome.Truncated, Severity.Error, Severity.Warning)]
    [InlineData(CheckOutcome.Inconsistent, Severity.Error, Severity.Error)]
    [InlineData(CheckOutcome.Inconsistent, Severity.Warning, Severity.Warning)]   // capped by the rule
    [InlineData(CheckOutcome.Truncated, Severity.Info, Severity.Info)]            // capped by the rule
    [InlineData(CheckOutcome.WithinRounding, Severity.Warning, Severity.Info)]    // the cap never raises
    public void The_outcome_gives_the_severity_at_most_the_rules(CheckOutcome outcome, Severity max, Severity expected)
        => Assert.Equal(expected, Make(outcome, max).Severity);

    [Fact]
    public void A_finding_made_in_code_keeps_its_messages_place_and_inputs()
    {
        var finding = Make(CheckOutcome.Truncated);
        Assert.Equal("中文说明", finding.Message);
        Assert.Equal("English text", finding.MessageEn);
        Assert.Equal("FA9001", finding.RuleId);
        Assert.Same(s_figure.Location, finding.Location);
        Assert.Same(s_figure, Assert.Single(finding.Inputs));
        Assert.Equal("FA9001 Warning 中文说明", finding.ToString());
    }

    [Fact]
    public void A_described_finding_makes_its_messages_on_first_read_once_and_keeps_them()
    {
        // The engine's findings describe themselves when read (no message for a finding only counted); the words are made
        // once and the same strings come back on every read, from any thread.
        var described = 0;
        var finding = new Finding(Rule("FA9001"), CheckOutcome.Inconsistent, () =>
        {
            System.Threading.Interlocked.Increment(ref described);
            return (new string('错', 3), new string('x', 3));
        }, s_figure, new CheckResult(CheckOutcome.Inconsistent, 12.6m, new Interval(12.595m, 12.605m), -0.1m), new[] { s_figure });
        Assert.Equal(0, described);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(0, described);
        var first = finding.Message;
        Assert.Equal("错错错", first);
        Assert.Equal("xxx", finding.MessageEn);
        Assert.Equal(1, described);
        var reads = new string[64];
        System.Threading.Tasks.Parallel.For(0, reads.Length, i => reads[i] = finding.Message);
        Assert.All(reads, read => Assert.Same(first, read));
    }

    /// A rule that records what it is given, in that order, as Inconsistent (or the given outcome).
    private sealed class Recording : IReportRule
    {
        private readonly System.Func<FinalAccountsReport, IEnumerable<StatedFigure>> _figures;
        private readonly CheckOutcome _outcome;

        public Recording(string id, System.Func<FinalAccountsReport, IEnumerable<StatedFigure>> figures, CheckOutcome outcome = CheckOutcome.Inconsistent)
        {
            Descriptor = Rule(id);
            _figures = figures;
            _outcome = outcome;
        }

        public RuleDescriptor Descriptor { get; }

        public void Check(RuleContext context)
        {
            foreach (var f in _figures(context.Report))
                context.Record(f, new CheckResult(_outcome, 1m, new Interval(1m, 1m), 0m), new[] { f }, "测试", "test");
        }
    }

    [Fact]
    public void Information_alone_is_counted_and_is_no_error()
    {
        var report = FinalAccounts.Core.Tests.Scoring.Seed.Report;
        var checkedReport = ReportChecker.Check(report, new IReportRule[] { new Recording("FA9001", r => r.Figures.Take(2), CheckOutcome.WithinRounding) });
        Assert.Equal(2, checkedReport.Count(Severity.Info));
        Assert.Equal(0, checkedReport.Count(Severity.Warning));
        Assert.False(checkedReport.HasErrors);
        Assert.Equal(2, checkedReport.ChecksRun);
    }

    [Fact]
    public void Evaluation_findings_follow_the_reports_table_by_table_and_a_stray_figure_comes_last()
    {
        var report = FinalAccounts.Core.Tests.Scoring.Seed.Report;
        var e1 = report.Evaluations[0].TotalScore!;      // table E1
        var e2 = report.Evaluations[1].TotalScore!;      // table E2
        var fifth = report.Figures[4];
        var stray = s_figure;                            // a figure of no table and not in the report
        // Recorded in the order stray, E2, E1, the report's 5th figure; the documented order is the report's figures, then
        // the tables in printed order (E1 before E2), then what the report does not hold.
        var result = ReportChecker.Check(report, new IReportRule[] { new Recording("FA9001", _ => new[] { stray, e2, e1, fifth }) });
        Assert.Equal(new[] { fifth, e1, e2, stray }, result.Findings.Select(f => f.Stated));
        Assert.Equal("E1", e1.Location.StatementId);
        Assert.Equal("E2", e2.Location.StatementId);
    }

    [Fact]
    public void Two_findings_on_one_figure_of_one_severity_are_ordered_by_rule_ID()
    {
        var report = FinalAccounts.Core.Tests.Scoring.Seed.Report;
        var figure = report.Figures[4];
        // FA9002 runs (and records) first; the ordinal rule-ID order puts FA9001 first.
        var result = ReportChecker.Check(report, new IReportRule[] { new Recording("FA9002", r => new[] { figure }), new Recording("FA9001", r => new[] { figure }) });
        Assert.Equal(new[] { "FA9001", "FA9002" }, result.Findings.Select(f => f.RuleId));
        Assert.Equal(new[] { "FA9002", "FA9001" }, result.RulesRun.Select(r => r.Id));   // rules run in the order given
        Assert.Equal(2, result.ChecksRun);                                              // counted across both rules
    }

    [Fact]
    public void A_rule_for_another_kind_of_report_is_not_run_and_says_why()
    {
        // The seed is a 决算 report; a rule only for 预算 reports is listed as not run, and never asked to check.
        var budgetOnly = new Recording("FA9003", r => r.Figures.Take(1));
        var forBudget = new RuleDescriptor("FA9003", "测试规则", "test rule", "x = y", RuleKind.Identity, Severity.Error, new[] { ReportKind.Budget });
        var result = ReportChecker.Check(FinalAccounts.Core.Tests.Scoring.Seed.Report, new IReportRule[] { new Described(forBudget, budgetOnly) });
        var notRun = Assert.Single(result.RulesNotRun);
        Assert.Same(forBudget, notRun.Rule);
        Assert.Equal("该规则不适用于决算报告 (the rule does not apply to a 决算 report)", notRun.Reason);
        Assert.Empty(result.Findings);
        Assert.Empty(result.RulesRun);
        Assert.Equal(0, result.ChecksRun);
    }

    private sealed class Described : IReportRule
    {
        private readonly IReportRule _inner;

        public Described(RuleDescriptor descriptor, IReportRule inner)
        {
            Descriptor = descriptor;
            _inner = inner;
        }

        public RuleDescriptor Descriptor { get; }

        public void Check(RuleContext context) => _inner.Check(context);
    }

    [Fact]
    public void Checking_needs_a_report_and_rules()
    {
        Assert.Equal("report", Assert.Throws<System.ArgumentNullException>(() => ReportChecker.Check(null!, new IReportRule[0])).ParamName);
        Assert.Equal("rules", Assert.Throws<System.ArgumentNullException>(() => ReportChecker.Check(FinalAccounts.Core.Tests.Scoring.Seed.Report, null!)).ParamName);
    }

    [Fact]
    public void No_rule_no_check()
    {
        var result = ReportChecker.Check(FinalAccounts.Core.Tests.Scoring.Seed.Report, new IReportRule[0]);
        Assert.Equal(0, result.ChecksRun);
        Assert.Empty(result.Findings);
        Assert.Empty(result.RulesRun);
        Assert.Empty(result.RulesNotRun);
    }
}
