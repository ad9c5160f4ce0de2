using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1162 (a figure the 说明 states as nonzero is not blank in its table) on which 说明 figures count: a 三公经费 given
/// as a part of a breakdown (其中 …) counts like one stated in the sentence, while a 三公经费 on another basis (预算),
/// in a 功能分类 row or of an item is not the unit's 决算 and is not held against the empty table. The table is the
/// 三公 table published without data throughout, so every figure that counts is a finding. Values by hand.
public sealed class BlankCellNarrativeTests
{
    private const string ThreePublic = "财政拨款“三公”经费支出决算表";
    private const string Section = "八、财政拨款“三公”经费支出决算情况说明";

    private static TableSpec EmptyTable() => new("表7", ThreePublic, "万元", System.Array.Empty<Fig>());

    [Fact]
    public void A_figure_given_as_a_part_of_a_breakdown_counts()
    {
        // 支出合计 12.00, 其中 三公经费 3.50: the part 3.50 is a 说明 figure; the empty table says 0, a finding at it.
        var statement = Statement("2.8-1", Section, F("支出合计", "决算", "12.00"))
            .With(Explanation("支出合计", "决算", false, "其中", F("三公经费", "决算", "3.50"), F("其他支出", "决算", "8.50")));
        var report = CheckWith("FA1162", EmptyTable(), statement);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("3.50", finding.Stated.Value);
        Assert.Equal(1, report.ChecksRun);
    }

    [Theory]
    [InlineData("年初预算", null, null)]
    [InlineData("决算", "一般公共服务支出", null)]
    [InlineData("决算", null, "公务用车")]
    public void A_figure_that_is_not_the_units_own_actual_is_not_held_against_the_table(string basis, string? path, string? item)
    {
        // 三公经费 3.50 on 年初预算, or in the 功能分类 row 一般公共服务支出, or of the item 公务用车: no check.
        var report = CheckWith("FA1162", EmptyTable(), Statement("2.8-1", Section, F("三公经费", basis, "3.50", path: path, item: item)));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }
}
