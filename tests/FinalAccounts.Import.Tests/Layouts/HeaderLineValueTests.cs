using System.Linq;
using Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// Amounts on a coded table's header line with no 合计 printed there (the label lost in a merged cell, or never printed):
/// an unlabelled total or a first row's value printed high, which is not known, so they stay out with FA4002 and never
/// land in the first 类 row (found by the XLSX layout-variant property, issue 14.3). Expected cells read off by hand.
/// </summary>
public sealed class HeaderLineValueTests
{
    private const double Total = 318, Basic = 388, Project = 448;

    private static (double, string)[] Values(params (double Centre, string Value)[] values)
        => values.Select(v => (v.Centre - (HandLayout.Width(v.Value) / 2), v.Value)).ToArray();

    [Fact]
    public void Header_line_amounts_without_a_total_label_stay_out_of_the_first_class_row()
    {
        var result = new HandLayout().NewPage()
            .Line(100, (250, "支出决算表"))
            .Line(115, (450, "单位：万元"))
            .Line(135, (150, "科目名称"), (291, "本年支出合计"), (370, "基本支出"), (430, "项目支出"))
            .Line(150, new[] { (50.0, "类"), (75.0, "款"), (100.0, "项") }.Concat(Values((Total, "333.00"), (Basic, "222.00"), (Project, "111.00"))).ToArray())
            .Line(165, new[] { (50.0, "201"), (150, "一般公共服务支出") }.Concat(Values((Total, "300.00"), (Basic, "200.00"), (Project, "100.00"))).ToArray())
            .Line(180, new[] { (50.0, "201"), (75, "06"), (150, "财政事务") }.Concat(Values((Total, "30.00"), (Basic, "20.00"), (Project, "10.00"))).ToArray())
            .Import();
        var cells = result.Report.Tables.Single(t => t.Id == "表3").Cells.Select(c => c.Location.Row + " | " + c.Location.Column + " = " + c.Value).ToArray();
        Assert.Equal(
            new[]
            {
                "201 一般公共服务支出 | 本年支出合计 = 300.00", "201 一般公共服务支出 | 基本支出 = 200.00", "201 一般公共服务支出 | 项目支出 = 100.00",
                "201 06 财政事务 | 本年支出合计 = 30.00", "201 06 财政事务 | 基本支出 = 20.00", "201 06 财政事务 | 项目支出 = 10.00",
            },
            cells);
        var notes = result.Notes.Where(n => n.Id == ImportNotes.ValueNotPlaced).Select(n => n.Message).ToArray();
        Assert.Equal(3, notes.Length);
        Assert.All(notes, m => Assert.Contains("header's lines, where no 合计 is printed", m, System.StringComparison.Ordinal));
    }
}
