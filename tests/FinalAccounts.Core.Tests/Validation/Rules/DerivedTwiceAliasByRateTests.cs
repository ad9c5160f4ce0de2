using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1111 checks the pair under 一般公共预算财政拨款支出 even when that total's 年初预算 is reached only through its
/// 完成年初预算率 (a percentage, no money figure on a budget basis): the quantity is found from a rate as from money, and
/// the finding is named after the general total, not after 财政拨款收入支出总计. Values by hand in the comments.
/// </summary>
public sealed class DerivedTwiceAliasByRateTests
{
    private const string Total = "财政拨款收入支出总计";
    private const string General = "一般公共预算财政拨款支出";
    private const string TotalSection = "四、财政拨款收入支出决算总体情况说明";
    private const string GeneralSection = "五、一般公共预算财政拨款支出决算情况说明";

    [Fact]
    public void A_general_budget_reached_only_through_its_completion_rate_is_checked_under_its_own_name()
    {
        // 政府性基金 and 国有资本经营 stated 0, both 决算 2931.85: one quantity. Total states 年初预算 3900.00 (2.4-1,
        // [3899.995, 3900.005]); general: 2931.85 ÷ 76.00% = 3857.697368… → shown 3857.6974 (2.5-1). They do not meet:
        // a finding, at the stated figure, under 一般公共预算财政拨款支出（年初预算）.
        var result = new SentenceReport()
            .Say("2.4-1", TotalSection, "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "年初预算", "3900.00"))
            .Say("2.5-1", GeneralSection, "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"), F(General, "完成年初预算率", "76.00", "%"))
            .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1111");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
        Assert.Equal("3900.00", finding.Stated.Value);
        Assert.Equal("2.4-1", finding.Location.StatementId);
        Assert.StartsWith("一般公共预算财政拨款支出（年初预算） 在报告中得出两个不同的值：列示 3900.00万元（" + TotalSection + " [2.4-1]，允许 [3899.995, 3900.005]）；按 一般公共预算财政拨款支出 决算 2931.85万元 ÷ 完成年初预算率 76.00% 得 3857.6974万元（"
            + GeneralSection + " [2.5-1]，允许 [", finding.Message, System.StringComparison.Ordinal);
    }
}
