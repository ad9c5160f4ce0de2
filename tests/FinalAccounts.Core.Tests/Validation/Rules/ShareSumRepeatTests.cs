using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1100 counts a share once however often one sentence prints it: a 说明 that names 因公出国（境）费's 12.34% twice (once
/// in the list, once again for emphasis) still states three shares of 三公经费, not four.
/// </summary>
public sealed class ShareSumRepeatTests
{
    private static CheckReport Report(string reception) => CheckWith("FA1100",
        Statement("3.8-1", "八、“三公”经费支出决算情况说明",
            F("因公出国（境）费", "占比", "12.34", "%", of: ("三公经费", "决算")),
            F("公务用车购置及运行维护费", "占比", "55.55", "%", of: ("三公经费", "决算")),
            F("公务接待费", "占比", reception, "%", of: ("三公经费", "决算")),
            F("因公出国（境）费", "占比", "12.34", "%", of: ("三公经费", "决算"))));

    [Fact]
    public void A_share_printed_twice_in_one_sentence_counts_once()
    {
        // 12.34 + 55.55 + 32.11 = 100.00: one check (the three shares of 三公经费), no finding.
        var consistent = Report("32.11");
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
        // 12.34 + 55.55 + 32.21 = 100.10: 0.10 points over, more than three shares' rounding (± 0.015) explains.
        var error = Assert.Single(Report("32.21").Findings);
        Assert.Equal(100.10m, error.Result.Exact);
    }
}
