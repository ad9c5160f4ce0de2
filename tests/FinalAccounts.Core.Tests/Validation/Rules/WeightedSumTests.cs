using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// RuleContext.Sum (public: a rule of one's own may call it) with weights other than 1: the shortcut for a sum within
/// rounding reads every part at weight 1, so it must be taken only when every weight is 1. By hand.
public sealed class WeightedSumTests
{
    [Fact]
    public void A_sum_whose_only_part_has_weight_minus_one_is_not_read_as_that_part()
    {
        // 收入总计 5.00 = −(支出总计 5.00) = −5.00: off by 10.00, far beyond rounding (± 0.005 each), so an error; read at
        // weight 1 it would be 5.00 = 5.00, within rounding.
        var report = Read(Statement("1", F("收入总计", "决算", "5.00"), F("支出总计", "决算", "5.00")));
        var finding = Assert.Single(ReportChecker.Check(report, new IReportRule[] { new Negated() }).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(-5.00m, finding.Result.Exact);
        Assert.Equal("支出总计", Assert.Single(finding.Inputs).Key.Concept);
    }

    /// 收入总计 = −支出总计, through RuleContext.Sum.
    private sealed class Negated : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new("FA9001", "收入总计 = −支出总计", "income = −expenditure", "a test relation");

        public void Check(RuleContext context)
        {
            var figures = context.Report.Figures;
            var total = figures.Single(f => f.Key.Concept == "收入总计");
            var part = figures.Single(f => f.Key.Concept == "支出总计");
            context.Sum(total, new[] { (part, -1) }, "负的支出总计", "minus the expenditure total");
        }
    }
}
