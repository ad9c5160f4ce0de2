using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Which totals SumIdentityRule judges, through FA1006 (基本支出 = 人员经费 + 公用经费, both parts required): a total
/// whose later required part is not stated is not judged on the parts found before it, and every total of a report is
/// judged, not only the last one found. Sums by hand.
public sealed class SumIdentityTotalsTests
{
    [Fact]
    public void A_total_whose_second_required_part_is_missing_is_not_judged_on_the_first()
    {
        // 基本支出 100.00 with 人员经费 60.00 and no 公用经费: not judged (60.00 alone would be a finding).
        var report = CheckWith("FA1006", Statement("2.1-1", F("基本支出", "决算", "100.00"), F("人员经费", "决算", "60.00")));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Every_total_of_the_report_is_judged()
    {
        // Two scopes, each with its own sum: 财政拨款 100.00 = 60.00 + 40.00 (agrees), 其他资金 50.00 against 20.00 + 20.00
        // = 40.00 (10.00 off): two checks, one finding at 50.00.
        var report = CheckWith("FA1006",
            Statement("2.1-1", F("基本支出", "决算", "100.00", scope: "财政拨款"), F("人员经费", "决算", "60.00", scope: "财政拨款"), F("公用经费", "决算", "40.00", scope: "财政拨款")),
            Statement("2.1-2", F("基本支出", "决算", "50.00", scope: "其他资金"), F("人员经费", "决算", "20.00", scope: "其他资金"), F("公用经费", "决算", "20.00", scope: "其他资金")));
        Assert.Equal(2, report.ChecksRun);
        Assert.Equal("50.00", Assert.Single(report.Findings).Stated.Value);
    }
}
