using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// How the checker runs rules over a report with a region-wide summary (a statement whose coverage is 全区, issue 13.10),
/// by hand: a rule that compares figures runs on the unit and on the summary, each apart, even where only the summary
/// states its figures; a reviewer flag runs on the unit only; findings of both are kept, checks of both are counted.
public sealed class RegionWideCheckTests
{
    private const string Concept = "一般公共预算财政拨款支出";
    private const string Section = "一、收入支出决算总体情况说明";

    private static StatedFigure F(string statement, string concept, string basis, string value)
        => new(new FigureKey(concept, basis), value, "万元", new FigureLocation(statement, Section, string.Empty, "句子。", string.Empty));

    /// s1 is the unit's (本年支出合计 <paramref name="unitTotal"/>); s2 is 全区's: 决算 100.00, 年初预算 80.00, 较年初预算增减
    /// <paramref name="regionChange"/> (100.00 − 80.00 = 20.00).
    private static FinalAccountsReport Report(string unitTotal, string regionChange)
    {
        var statements = new[]
        {
            new Statement("s1", Section, string.Empty, "句子。", new[] { F("s1", "本年支出合计", "决算", unitTotal) }, Array.Empty<Explanation>(), null),
            new Statement("s2", Section, string.Empty, "句子。",
                new[] { F("s2", Concept, "决算", "100.00"), F("s2", Concept, "年初预算", "80.00"), F("s2", Concept, "较年初预算增减", regionChange) },
                Array.Empty<Explanation>(), "全区"),
        };
        return new FinalAccountsReport(new ReportInfo("t", 2024, "单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan), Array.Empty<ReportTable>(), statements);
    }

    [Fact]
    public void The_catalogue_checks_a_summary_s_figures_even_where_the_unit_states_none_of_them()
    {
        // FA1025 (较年初预算增减 = 决算 − 年初预算): the unit states none of its figures, 全区 all three; 30.00 ≠ 20.00.
        var broken = ReportChecker.Check(Report("10.00", "30.00"));
        var finding = Assert.Single(broken.Findings, f => f.RuleId == "FA1025");
        Assert.Equal("s2", finding.Location.StatementId);
        Assert.Equal("30.00", finding.Stated.Value);
        Assert.Equal(20.00m, finding.Result.Exact);
        Assert.Contains(broken.RulesRun, r => r.Id == "FA1025");
        // 20.00 as stated: run, nothing found.
        var agreeing = ReportChecker.Check(Report("10.00", "20.00"));
        Assert.DoesNotContain(agreeing.Findings, f => f.RuleId == "FA1025");
        Assert.Contains(agreeing.RulesRun, r => r.Id == "FA1025");
    }

    [Fact]
    public void Rules_of_one_s_own_run_on_the_summary_when_they_compare_figures_only()
    {
        // Each rule checks every figure it is given and fails those printed 30.00: the unit's 本年支出合计 and 全区's change.
        // FA9001 (an identity) sees the unit's one figure and 全区's three; FA9002 (a reviewer flag) the unit's only;
        // FA9003 (an identity) checks nothing anywhere.
        var check = ReportChecker.Check(Report("30.00", "30.00"), new IReportRule[]
        {
            new Thirty("FA9001", RuleKind.Identity, check: true), new Thirty("FA9002", RuleKind.ReviewerFlag, check: true), new Thirty("FA9003", RuleKind.Identity, check: false),
        });
        // Errors alike, so in printed order (the unit's figure, then 全区's), then by rule ID.
        Assert.Equal(new[] { ("FA9001", "s1"), ("FA9002", "s1"), ("FA9001", "s2") }, check.Findings.Select(f => (f.RuleId, f.Location.StatementId)));
        // 1 + 3 checks of FA9001, 1 of FA9002.
        Assert.Equal(5, check.ChecksRun);
        Assert.Equal(new[] { "FA9001", "FA9002" }, check.RulesRun.Select(r => r.Id));
        Assert.Equal("FA9003", Assert.Single(check.RulesNotRun).Rule.Id);
    }

    /// Checks each figure of the report it is given (if <c>check</c>): an error where it is printed 30.00.
    private sealed class Thirty : IReportRule
    {
        private readonly bool _check;

        public Thirty(string id, RuleKind kind, bool check)
        {
            Descriptor = new RuleDescriptor(id, "不得为30.00", "not 30.00", "a test relation", kind);
            _check = check;
        }

        public RuleDescriptor Descriptor { get; }

        public void Check(RuleContext context)
        {
            if (!_check) return;
            foreach (var figure in context.Report.Figures)
            {
                context.Record(figure, CheckResult.Match(figure.Value != "30.00"), Array.Empty<StatedFigure>(), "30.00以外的数", "a value other than 30.00");
            }
        }
    }
}
