using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1180 (a difference printed without direction = |own figure − base|) when both directions are equally far from the
/// stated figure: a printed 0.00 against 决算 12.00 and 年初预算 10.00 is 2.00 from 12.00 − 10.00 and from 10.00 − 12.00;
/// the finding then names the first direction, 决算 − 年初预算 = 2.00. Values by hand.
public sealed class UnsignedDifferenceTieTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    [Fact]
    public void Of_two_directions_equally_far_the_own_figure_minus_its_base_is_named()
    {
        var report = CheckWith("FA1180", Statement("2.5-1", F(Concept, "决算", "12.00"), F(Concept, "年初预算", "10.00"), F(Concept, "较年初预算差额", "0.00")));
        var finding = Assert.Single(report.Findings);
        // 12.00 − 10.00 = 2.00; the stated 0.00 is 2.00 below it.
        Assert.Equal(2.00m, finding.Result.Exact);
        Assert.Equal(-2.00m, finding.Result.Difference);
    }
}
