using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1110's grouped walk pairs each 决算 with every 增减 of its quantity, not only the first: a quantity compared only
/// through its second change is still compared.
/// </summary>
public sealed class DerivedTwiceGroupedWalkTests
{
    private const string Section = "七、一般公共预算财政拨款项目支出决算情况说明";
    private const string Project = "项目支出";

    [Fact]
    public void The_second_change_of_a_quantity_is_paired_with_its_actual()
    {
        // 2.7-1: 年初预算 1500.00 and a 较年初预算增减 of 300.00; 2.7-2: 决算 1900.00 and 较年初预算增减 400.00. 1900.00 −
        // 300.00 = 1600 uses 2.7-1, the stated figure's statement: not compared. 1900.00 − 400.00 = 1500 (2.7-2 alone,
        // [1499.99, 1500.01]) meets the stated 1500.00: one passed check.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出年初预算1500.00万元，较年初预算增加300.00万元。", F(Project, "年初预算", "1500.00"), F(Project, "较年初预算增减", "300.00"))
            .Say("2.7-2", Section, "项目支出决算1900.00万元，较年初预算增加400.00万元。", F(Project, "决算", "1900.00"), F(Project, "较年初预算增减", "400.00"))
            .Check("FA1110");
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }
}
