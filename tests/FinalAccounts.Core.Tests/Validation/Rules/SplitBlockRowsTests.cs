using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1208 (a 预算's row split by column: 合计 = 人员经费 + 公用经费 + 项目支出) on the rows BudgetRowRuleTests leaves
/// aside: the total row, whose 合计 is 支出总计; a row that also prints any of the spending columns whose place in the sum
/// is not known (each one of them, as the rule's list names it), which is never judged; and a cell of the row that is
/// not money (a share printed beside the amounts), which is no part of the sum. Every row here is 10.00 off (110.00
/// against 60.00 + 40.00), so a row judged by mistake shows as a finding. Numbers by hand.
public sealed class SplitBlockRowsTests
{
    private static TableSpec Row(string row, string totalConcept, params Fig[] more)
    {
        var cells = new System.Collections.Generic.List<Fig>
        {
            Cell(row, "支出 合计", totalConcept, "预算", "110.00"),
            Cell(row, "支出 基本支出人员经费", "人员经费", "预算", "60.00"),
            Cell(row, "支出 基本支出公用经费", "公用经费", "预算", "40.00"),
        };
        cells.AddRange(more);
        return Table("表1", "2025年预算单位财务收支预算总表", cells.ToArray());
    }

    [Fact]
    public void The_total_row_sums_to_its_expenditure_total()
    {
        // 支出总计 110.00 against 60.00 + 40.00 = 100.00 (项目支出 blank, 0): one check, a finding of 10.00.
        var report = CheckWith("FA1208", Budget, Row("支出总计", "支出总计"));
        Assert.Equal(1, report.ChecksRun);
        Assert.Equal(100.00m, Assert.Single(report.Findings).Result.Exact);
    }

    [Theory]
    [InlineData("经营支出")]
    [InlineData("事业单位经营支出")]
    [InlineData("对附属单位补助支出")]
    [InlineData("结余分配")]
    [InlineData("年末结转和结余")]
    public void A_row_that_also_prints_another_spending_column_is_not_judged(string other)
    {
        // The same 10.00-off row with one more column of unknown place in the sum: no check.
        var report = CheckWith("FA1208", Budget, Row("二、教育支出", "本年支出合计", Cell("二、教育支出", "支出 " + other, other, "预算", "10.00")));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_cell_that_is_not_money_is_not_a_part_of_the_row()
    {
        // The row prints 人员经费 also as its share (占比) of the total, 54.55%: not a second 人员经费 of the sum, so the
        // row is judged, 60.00 + 40.00 against 110.00: one check, 10.00 off.
        var share = new Fig("人员经费", "占比", "54.55", "%") { Row = "二、教育支出", Column = "支出 人员经费占比" };
        var report = CheckWith("FA1208", Budget, Row("二、教育支出", "本年支出合计", share));
        Assert.Equal(1, report.ChecksRun);
        Assert.Equal(100.00m, Assert.Single(report.Findings).Result.Exact);
    }
}
