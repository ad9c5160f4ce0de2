using FinalAccounts.Money;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1010 (a complete breakdown adds up to the figure it explains) on what it leaves to others and on its own message: a
/// partial list (主要包括…等) is FA1011's, a breakdown of a count into amounts sums no money, and a complete breakdown
/// that does not add up is worded, in both languages, with its marker's relation. Sums by hand.
public sealed class ExplanationBreakdownKindTests
{
    private const string Section = "六、一般公共预算财政拨款基本支出决算情况说明";

    private static StatementSpec Listed(string total, bool partial, string marker) =>
        Statement("2.6-3", Section, F("公用经费", "决算", total))
            .With(Explanation("公用经费", "决算", partial, marker, F("办公费", "决算", "14.77"), F("福利费", "决算", "20.01")));

    [Fact]
    public void A_partial_list_is_not_judged_as_a_complete_breakdown()
    {
        // Beside a complete breakdown that adds up (其中 60.00 + 40.00 = 基本支出 100.00, one check), a list 主要包括
        // 14.77 + 20.01 = 34.78 ≠ 34.00: a partial list, which FA1010 does not judge.
        var complete = Statement("2.6-1", Section, F("基本支出", "决算", "100.00"))
            .With(Explanation("基本支出", "决算", false, "其中", F("人员经费", "决算", "60.00"), F("公用经费", "决算", "40.00")));
        var report = CheckWith("FA1010", complete, Listed("34.00", true, "主要包括…等"));
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_count_explained_by_amounts_is_not_a_money_sum()
    {
        // 公务接待 5批次, 其中 国内 3.00万元 + 国外 2.00万元: the total is a count, no money sum to judge.
        var statement = Statement("2.8-1", F("公务接待", "决算", "5", "批次"))
            .With(Explanation("公务接待", "决算", false, "其中", F("国内公务接待费", "决算", "3.00"), F("国（境）外公务接待费", "决算", "2.00")));
        var report = CheckWith("FA1010", statement);
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_complete_breakdown_that_does_not_add_up_is_named_with_its_marker()
    {
        // 其中 14.77 + 20.01 = 34.78, allowed [34.77, 34.79]; 34.00 is 0.78 below.
        var finding = Assert.Single(CheckWith("FA1010", Listed("34.00", false, "其中")).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(
            "公用经费（决算） 列示 34.00万元，按 “其中”所列各项之和 计算为 34.78万元（舍入允许 [34.77, 34.79]），差额 -0.78万元，舍入无法解释。"
            + "依据：办公费（决算）14.77万元，福利费（决算）20.01万元。",
            finding.Message);
        Assert.Equal(
            "公用经费 (决算) is stated as 34.00万元; the sum of the parts listed gives 34.78万元 (rounding allows [34.77, 34.79]): "
            + "the difference of -0.78万元 cannot be explained by rounding.",
            finding.MessageEn);
    }
}
