using System.Linq;
using Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// The slips real reports caused (issue 14), each from a hand-made layout: a footnote glued to the last row's label,
/// 合计 values printed on the header line, a wrapped row whose value stands as near to the row above, a value between two
/// columns, a value broken over two lines. Expected cells are read off the layout by hand; a value that cannot be placed
/// surely must be absent (with an FA4002 note), never in another cell.
/// </summary>
public sealed class SlipTests
{
    private const double Total = 318, Basic = 388, Project = 448;

    /// <summary>The x at which <paramref name="value"/> starts when centred under a column centred at <paramref name="centre"/>.</summary>
    private static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);

    private static (double, string)[] Values(params (double Centre, string Value)[] values) => values.Select(v => (Under(v.Centre, v.Value), v.Value)).ToArray();

    /// <summary>支出决算表's title, unit and header (科目名称 | 本年支出合计 | 基本支出 | 项目支出 over 类 款 项).</summary>
    private static HandLayout ExpenditureHeader(params (double, string)[] onCodeLine)
        => new HandLayout().NewPage()
            .Line(100, (250, "支出决算表"))
            .Line(115, (450, "单位：万元"))
            .Line(135, (150, "科目名称"), (291, "本年支出合计"), (370, "基本支出"), (430, "项目支出"))
            .Line(150, new[] { (50.0, "类"), (75.0, "款"), (100.0, "项") }.Concat(onCodeLine).ToArray());

    private static string[] Cells(ImportResult result, string table)
        => result.Report.Tables.Single(t => t.Id == table).Cells.Select(c => c.Location.Row + " | " + c.Location.Column + " = " + c.Value).ToArray();

    private static string[] Placed(ImportResult result) => result.Notes.Where(n => n.Id == ImportNotes.ValueNotPlaced).Select(n => n.Message).ToArray();

    [Fact]
    public void A_footnote_under_a_two_sided_table_is_no_part_of_the_last_rows_label()
    {
        var result = new HandLayout().NewPage()
            .Line(100, (250, "收入支出决算总表"))
            .Line(115, (450, "单位：万元"))
            .Line(130, (100, "收入"), (350, "支出"))
            .Line(145, (100, "项目"), (230, "决算数"), (350, "项目"), (480, "决算数"))
            .Line(165, new[] { (50.0, "一、一般公共预算财政拨款收入") }.Concat(Values((243.5, "100.00"))).Append((300, "一、一般公共服务支出")).Concat(Values((493.5, "90.00"))).ToArray())
            .Line(180, new[] { (80.0, "本年收入合计") }.Concat(Values((243.5, "100.00"))).Append((320, "本年支出合计")).Concat(Values((493.5, "90.00"))).ToArray())
            .Line(195, new[] { (50.0, "年初结转和结余") }.Concat(Values((243.5, "10.00"))).Append((300, "年末结转和结余")).Concat(Values((493.5, "20.00"))).ToArray())
            .Line(210, new[] { (100.0, "总计") }.Concat(Values((243.5, "110.00"))).Append((340, "总计")).Concat(Values((493.5, "110.00"))).ToArray())
            .Line(225, (60, "注：本表反映部门本年度的总收支和年末结转结余情况。"))
            .Import();
        Assert.Equal(
            new[]
            {
                "一、一般公共预算财政拨款收入 | 收入 决算数 = 100.00", "本年收入合计 | 收入 决算数 = 100.00", "年初结转和结余 | 收入 决算数 = 10.00", "总计 | 收入 决算数 = 110.00",
                "一、一般公共服务支出 | 支出 决算数 = 90.00", "本年支出合计 | 支出 决算数 = 90.00", "年末结转和结余 | 支出 决算数 = 20.00", "总计 | 支出 决算数 = 110.00",
            },
            Cells(result, "表1"));
        Assert.Contains(result.Report.Tables.Single(t => t.Id == "表1").Cells, c => c.Key.Concept == "收入总计" && c.Value == "110.00");
    }

    [Fact]
    public void A_line_that_does_not_stand_directly_under_a_label_does_not_continue_it()
    {
        // No 注： here: a stray line two rows below 总计 is a row of its own (its value left out as an unknown row), not more of 总计.
        var result = new HandLayout().NewPage()
            .Line(100, (250, "收入支出决算总表"))
            .Line(115, (450, "单位：万元"))
            .Line(130, (100, "收入"), (350, "支出"))
            .Line(145, (100, "项目"), (230, "决算数"), (350, "项目"), (480, "决算数"))
            .Line(165, new[] { (50.0, "一、一般公共预算财政拨款收入") }.Concat(Values((243.5, "100.00"))).ToArray())
            .Line(210, new[] { (100.0, "总计") }.Concat(Values((243.5, "100.00"))).ToArray())
            .Line(240, new[] { (60.0, "本表金额含专项资金") }.Concat(Values((243.5, "7.00"))).ToArray())
            .Import();
        var cells = Cells(result, "表1");
        Assert.Contains("总计 | 收入 决算数 = 100.00", cells);
        Assert.DoesNotContain(cells, c => c.StartsWith("总计", System.StringComparison.Ordinal) && c.Contains("7.00"));
    }

    [Fact]
    public void A_footnote_under_a_coded_table_is_no_part_of_the_last_rows_name()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "5.00"))).ToArray())
            .Line(185, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "5.00"))).ToArray())
            .Line(200, new[] { (50.0, "201"), (75, "06"), (100, "01"), (150, "行政运行") }.Concat(Values((Total, "5.00"))).ToArray())
            .Line(212, (40, "注：本表反映部门本年度各项支出情况。"))
            .Import();
        Assert.Equal(new[] { "201 一般公共服务支出 | 本年支出合计 = 5.00", "201 06 财政事务 | 本年支出合计 = 5.00", "201 06 01 行政运行 | 本年支出合计 = 5.00" }, Cells(result, "表3"));
        Assert.DoesNotContain(result.Notes, n => n.Id == ImportNotes.UnknownFunction);
    }

    [Fact]
    public void Totals_printed_on_the_header_line_are_the_total_rows_not_the_first_class_rows()
    {
        var result = ExpenditureHeader(new[] { (170.0, "合计") }.Concat(Values((Total, "333.00"), (Basic, "222.00"), (Project, "111.00"))).ToArray())
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "300.00"), (Basic, "200.00"), (Project, "100.00"))).ToArray())
            .Line(185, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "30.00"), (Basic, "20.00"), (Project, "10.00"))).ToArray())
            .Import();
        Assert.Equal(
            new[]
            {
                "合计 | 本年支出合计 = 333.00", "合计 | 基本支出 = 222.00", "合计 | 项目支出 = 111.00",
                "201 一般公共服务支出 | 本年支出合计 = 300.00", "201 一般公共服务支出 | 基本支出 = 200.00", "201 一般公共服务支出 | 项目支出 = 100.00",
                "201 06 财政事务 | 本年支出合计 = 30.00", "201 06 财政事务 | 基本支出 = 20.00", "201 06 财政事务 | 项目支出 = 10.00",
            },
            Cells(result, "表3"));
        Assert.Empty(Placed(result));
    }

    [Fact]
    public void A_value_as_near_to_the_row_above_goes_to_the_row_whose_cell_is_empty()
    {
        // The 项 row's name is wrapped over two lines around its code; its 本年支出合计 is printed at the top of the tall cell,
        // exactly half-way between the 款 row's line (whose own value is there) and its code line.
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "208"), (150, "社会保障和就业支出") }.Concat(Values((Total, "9.00"), (Basic, "9.00"))).ToArray())
            .Line(185, new[] { (50.0, "208"), (75, "05"), (150, "行政事业单位养老支出") }.Concat(Values((Total, "9.00"), (Basic, "9.00"))).ToArray())
            .Word("8.00", Under(Total, "8.00"), 195)
            .Line(197, (150, "机关事业单位基本养老保险"))
            .Line(205, (50, "208"), (75, "05"), (100, "05"))
            .Word("8.00", Under(Basic, "8.00"), 205)
            .Line(213, (150, "缴费支出"))
            .Import();
        var cells = Cells(result, "表3");
        Assert.Contains("208 05 05 机关事业单位基本养老保险缴费支出 | 本年支出合计 = 8.00", cells);
        Assert.Contains("208 05 05 机关事业单位基本养老保险缴费支出 | 基本支出 = 8.00", cells);
        Assert.Contains("208 05 行政事业单位养老支出 | 本年支出合计 = 9.00", cells);
        Assert.Equal(6, cells.Length);
    }

    [Fact]
    public void A_value_as_near_to_two_rows_whose_cells_are_both_empty_is_left_out()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "208"), (150, "社会保障和就业支出") }.Concat(Values((Basic, "9.00"))).ToArray())
            .Line(185, new[] { (50.0, "208"), (75, "05"), (150, "行政事业单位养老支出") }.Concat(Values((Basic, "9.00"))).ToArray())
            .Word("8.00", Under(Total, "8.00"), 193)
            .Line(201, (50, "208"), (75, "05"), (100, "05"), (150, "机关事业单位基本养老保险缴费支出"))
            .Import();
        Assert.DoesNotContain(Cells(result, "表3"), c => c.EndsWith("= 8.00", System.StringComparison.Ordinal));
        Assert.Contains(Placed(result), m => m.StartsWith("value 8.00 stands as near to 2 rows", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_values_in_one_cell_are_both_left_out()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "5.00"))).ToArray())
            .Word("6.00", Under(Total, "6.00") + 3, 174)
            .Line(200, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "4.00"))).ToArray())
            .Import();
        Assert.Equal(new[] { "201 06 财政事务 | 本年支出合计 = 4.00" }, Cells(result, "表3"));
        Assert.Equal(2, Placed(result).Count(m => m.Contains("values in one cell")));
    }

    [Fact]
    public void A_value_between_two_columns_is_left_out()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "5.00"), ((Basic + Project) / 2, "3.00"))).ToArray())
            .Import();
        Assert.Equal(new[] { "201 一般公共服务支出 | 本年支出合计 = 5.00" }, Cells(result, "表3"));
        Assert.Contains(Placed(result), m => m.StartsWith("value 3.00 stands under no known column", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_broken_over_two_lines_inside_its_cell_is_joined()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "1,234,567."))).ToArray())
            .Word("89", Under(Total, "89"), 179)
            .Line(200, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "4.00"))).ToArray())
            .Import();
        Assert.Equal(new[] { "201 一般公共服务支出 | 本年支出合计 = 1,234,567.89", "201 06 财政事务 | 本年支出合计 = 4.00" }, Cells(result, "表3"));
    }

    [Fact]
    public void A_placeholder_row_keeps_values_near_it_from_its_neighbours()
    {
        var result = ExpenditureHeader()
            .Line(170, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "5.00"))).ToArray())
            .Line(185, new[] { (50.0, "…"), (150, "…") }.Concat(Values((Total, "2.00"))).ToArray())
            .Line(200, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "4.00"))).ToArray())
            .Import();
        Assert.Equal(new[] { "201 一般公共服务支出 | 本年支出合计 = 5.00", "201 06 财政事务 | 本年支出合计 = 4.00" }, Cells(result, "表3"));
        Assert.Contains(Placed(result), m => m.StartsWith("value 2.00 stands in a row without code or name", System.StringComparison.Ordinal));
    }
}
