using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The rules comparing repeated figures (FA1030 agreement, FA1140 unit slip) walk only the figures whose key was stated
/// before (<c>FigureIndex.Repeats</c>), and <see cref="FigureLookup.IsRepeat"/> answers false at once when no key is stated
/// twice. Hand examples: a figure stated twice equal, twice differing by rounding only, twice differing beyond rounding,
/// and nothing repeated; every expected value is worked in the comment beside it.
public sealed class RepeatedCheckTests
{
    private static FinalAccountsReport Twice(string first, string second) => Read(
        Statement("2.1-1", F("收入总计", "决算", first)),
        Statement("2.1-2", F("收入总计", "决算", second)));

    private static StatedFigure At(FinalAccountsReport report, string statementId)
        => report.Figures.Single(f => f.Location.StatementId == statementId);

    [Fact]
    public void Repeats_lists_the_second_and_later_statements_of_a_key_in_printed_order_each_with_the_first()
    {
        // 收入总计 three times, 支出总计 once: the repeats are the second and third 收入总计, both paired with the first.
        var report = Read(
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("支出总计", "决算", "2936.74")),
            Statement("2.1-3", F("收入总计", "决算", "2961.68")),
            Statement("2.1-4", F("收入总计", "决算", "2961.7")));
        var repeats = report.UnitView.Index.Repeats;
        Assert.Equal(new[] { ("2.1-3", "2.1-1"), ("2.1-4", "2.1-1") },
            repeats.Select(r => (r.Figure.Location.StatementId, r.First.Location.StatementId)));
        // Asked again: the same list, found once.
        Assert.Same(repeats, report.UnitView.Index.Repeats);
    }

    [Fact]
    public void Nothing_repeated_gives_no_repeats_no_repeat_and_no_check()
    {
        var report = Read(
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("支出总计", "决算", "2936.74")));
        Assert.Empty(report.UnitView.Index.Repeats);
        Assert.All(report.Figures, f => Assert.False(FigureLookup.IsRepeat(report.UnitView, f)));
        // Neither rule has a pair to compare: no check, no finding, neither counted as run.
        var checkedReport = CheckWith(report, "FA1030", "FA1140");
        Assert.Equal(0, checkedReport.ChecksRun);
        Assert.Empty(checkedReport.Findings);
        Assert.Empty(checkedReport.RulesRun);
    }

    [Fact]
    public void A_figure_stated_twice_equal_is_one_check_of_each_rule_and_the_second_is_a_repeat()
    {
        var report = Twice("2961.68", "2961.68");
        // The second states what the first does (same value, same decimals): a repeat; the first repeats nothing before it.
        Assert.True(FigureLookup.IsRepeat(report.UnitView, At(report, "2.1-2")));
        Assert.False(FigureLookup.IsRepeat(report.UnitView, At(report, "2.1-1")));
        var fa1030 = CheckWith(report, "FA1030");
        Assert.Equal(1, fa1030.ChecksRun);
        Assert.Empty(fa1030.Findings);
        var fa1140 = CheckWith(report, "FA1140");
        Assert.Equal(1, fa1140.ChecksRun);
        Assert.Empty(fa1140.Findings);
    }

    [Fact]
    public void A_coarser_repeat_of_a_finer_figure_agrees_as_printed()
    {
        // 2961.68 rounded to one decimal is 2961.7, the second figure: Consistent, one check, no finding.
        var report = CheckWith(Twice("2961.68", "2961.7"), "FA1030");
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_finer_repeat_of_a_coarser_figure_differs_by_rounding_only()
    {
        // The second, 2961.68, stands for [2961.675, 2961.685]; the first, 2961.7, for [2961.65, 2961.75]: they meet, but
        // 2961.7 is not 2961.68 at two decimals (2961.70): within rounding, compared with the first; 2961.68 − 2961.7 = −0.02.
        var report = Twice("2961.7", "2961.68");
        Assert.False(FigureLookup.IsRepeat(report.UnitView, At(report, "2.1-2")));
        var fa1030 = CheckWith(report, "FA1030");
        Assert.Equal(1, fa1030.ChecksRun);
        var finding = Assert.Single(fa1030.Findings);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal("2.1-2", finding.Location.StatementId);
        Assert.Equal("2.1-1", Assert.Single(finding.Inputs).Location.StatementId);
        Assert.Equal(2961.7m, finding.Result.Exact);
        Assert.Equal(new Interval(2961.65m, 2961.75m), finding.Result.Expected);
        Assert.Equal(-0.02m, finding.Result.Difference);
        // Not 10⁴ apart: FA1140 compares them (one check) and finds no slip.
        var fa1140 = CheckWith(report, "FA1140");
        Assert.Equal(1, fa1140.ChecksRun);
        Assert.Empty(fa1140.Findings);
    }

    [Fact]
    public void A_figure_stated_twice_beyond_rounding_is_an_error_of_the_second()
    {
        // 2961.70 stands for [2961.695, 2961.705], 2961.68 for [2961.675, 2961.685]: disjoint, Inconsistent by 0.02.
        var fa1030 = CheckWith(Twice("2961.68", "2961.70"), "FA1030");
        Assert.Equal(1, fa1030.ChecksRun);
        var finding = Assert.Single(fa1030.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("2961.70", finding.Stated.Value);
        Assert.Equal(2961.68m, finding.Result.Exact);
        Assert.Equal(0.02m, finding.Result.Difference);
    }

    [Fact]
    public void A_share_is_compared_with_the_first_share_of_the_same_whole_only()
    {
        // 基本支出's share of two wholes: 60.00% of 支出总计, then 50.00% and 55.00% of 本年支出合计. The first statement of the
        // key is a share of another whole, so the 50.00% is compared with nothing before it and the 55.00% with the 50.00%
        // (2.1-2), not with the 60.00%: [54.995, 55.005] and [49.995, 50.005] are disjoint, Inconsistent, 55 − 50 = 5.
        var report = CheckWith(Read(
            Statement("2.1-1", F("基本支出", "占比", "60.00", "%", of: ("支出总计", "决算"))),
            Statement("2.1-2", F("基本支出", "占比", "50.00", "%", of: ("本年支出合计", "决算"))),
            Statement("2.1-3", F("基本支出", "占比", "55.00", "%", of: ("本年支出合计", "决算")))), "FA1030");
        Assert.Equal(1, report.ChecksRun);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("2.1-3", finding.Location.StatementId);
        Assert.Equal("2.1-2", Assert.Single(finding.Inputs).Location.StatementId);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(5m, finding.Result.Difference);
    }
}
