using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1040 on the smallest tree: a 类 with a single 款 below it (two coded figures in their group) is a sum of one part,
/// checked like any other: 201 一般公共服务支出 = 20106 财政事务.
/// </summary>
public sealed class FunctionTreePairTests
{
    private const string Title = "一般公共预算财政拨款支出决算表";
    private const string General = "一般公共预算财政拨款支出";
    private const string Public = "一般公共服务支出";

    private static Fig[] Pair(string office) => new[]
    {
        Cell("201 一般公共服务支出", "决算数", General, "决算", "30.00", Public, "201"),
        Cell("20106 财政事务", "决算数", General, "决算", office, Public + "/财政事务", "20106"),
    };

    [Fact]
    public void A_class_with_one_section_below_it_is_checked()
    {
        // 201 = 20106: 30.00 = 30.00, one check.
        var consistent = CheckWith(Read(Table("财决08", Title, Pair("30.00"))), "FA1040");
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
        // 20106 printed 25.00: 201's 30.00 is not the sum of its one part.
        var broken = Assert.Single(CheckWith(Read(Table("财决08", Title, Pair("25.00"))), "FA1040").Findings);
        Assert.Equal("30.00", broken.Stated.Value);
        Assert.Equal(25m, broken.Result.Exact);
    }
}
