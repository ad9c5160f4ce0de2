using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Only the unit's whole 财政拨款收入支出总计 and 一般公共预算财政拨款支出 are one quantity while the alias holds: a
/// 一般公共预算财政拨款支出 of a scope, a 功能分类 path or an item is a quantity of its own, so FA1110 reports its
/// disagreement without listing the whole total's determination among the others.
/// </summary>
public sealed class DerivedTwiceQualifiedAliasTests
{
    private const string Total = "财政拨款收入支出总计";
    private const string General = "一般公共预算财政拨款支出";
    private const string Section = "六、一般公共预算财政拨款支出决算具体情况说明";

    [Theory]
    [InlineData("一般公共预算财政拨款", null, null)]
    [InlineData(null, "一般公共服务支出", null)]
    [InlineData(null, null, "考务经费")]
    public void A_qualified_general_expenditure_has_no_alias(string? scope, string? path, string? item)
    {
        // The alias holds (政府性基金 and 国有资本经营 stated as 0, both whole 决算 2931.85), and the whole total is
        // determined: 2931.85 − (−925.68) = 3857.53. The qualified one: stated 150.00 ([149.995, 150.005]) against
        // 200.00 − 40.00 = 160 ([159.99, 160.01]): −10, at least 159.99 − 150.005 = 9.985 apart, nothing else determined.
        var result = new SentenceReport()
            .Say("2.4-1", "四、财政拨款收入支出决算总体情况说明", "财政拨款收入支出总计。", F(Total, "决算", "2931.85"), F(Total, "较年初预算增减", "-925.68"))
            .Say("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出。", F(General, "决算", "2931.85"))
            .Say("2.6-1", Section, "年初预算。", F(General, "年初预算", "150.00", scope: scope, path: path, item: item))
            .Say("2.6-2", Section, "决算。", F(General, "决算", "200.00", scope: scope, path: path, item: item), F(General, "较年初预算增减", "40.00", scope: scope, path: path, item: item))
            .Say("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", "政府性基金。", F("政府性基金预算财政拨款支出", "决算", "0"))
            .Say("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", "国有资本经营。", F("国有资本经营预算财政拨款支出", "决算", "0"))
            .Check("FA1110");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("150.00", finding.Stated.Value);
        Assert.Equal(-10m, finding.Result.Difference);
        Assert.EndsWith("两者相差 -10万元（舍入后至少 9.985万元），舍入无法解释。", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(1, result.ChecksRun);
    }
}
