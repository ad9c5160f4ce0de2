using System.Collections.Generic;
using System.Linq;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// How FA1040 finds a code's parent and its value: the nearest stated ancestor only among the figures of its own group
/// (concept, basis, scope, item), even when another column's figures follow right after the group's in the rule's sorted
/// list; and a code printed twice counts at the first place it is printed, also in a group long enough that sorting it
/// by code is not stable on its own.
/// </summary>
public sealed class FunctionTreeSearchTests
{
    private const string Title = "一般公共预算财政拨款支出决算表";
    private const string General = "一般公共预算财政拨款支出";
    private const string Public = "一般公共服务支出";
    private const string Social = "社会保障和就业支出";
    private const string Office = Social + "/人力资源和社会保障管理事务";

    private static TableSpec Report(string social) => Table("财决08", Title,
        // The 决算 column states 201, 20101, 208 and the 项 2080101 without its 款 20801; the 年初预算 column states only
        // 20801 and 2080101, printed after.
        Cell("201 一般公共服务支出", "决算数", General, "决算", "12.00", Public, "201"),
        Cell("20106 财政事务", "决算数", General, "决算", "12.00", Public + "/财政事务", "20106"),
        Cell("208 社会保障和就业支出", "决算数", General, "决算", social, Social, "208"),
        Cell("2080101 行政运行", "决算数", General, "决算", "80.00", Office + "/行政运行", "2080101"),
        Cell("20801 人力资源和社会保障管理事务", "年初预算数", General, "年初预算", "70.00", Office, "20801"),
        Cell("2080101 行政运行", "年初预算数", General, "年初预算", "70.00", Office + "/行政运行", "2080101"));

    [Fact]
    public void A_section_stated_only_in_another_column_does_not_hide_the_class_above_it()
    {
        // 决算: 201 = 20106 (12.00 = 12.00) and 208 = 2080101, 2080101's nearest stated ancestor in its column being 208
        // (20801 is not stated there); 年初预算: 20801 = 2080101 (70.00 = 70.00). Three checks, none failing.
        var consistent = CheckWith(Read(Report("80.00")), "FA1040");
        Assert.Empty(consistent.Findings);
        Assert.Equal(3, consistent.ChecksRun);
        // 208 printed 90.00: its one part 2080101 is 80.00, 10.00 short. The 年初预算 column's 20801 must not be taken
        // for 2080101's parent in the 决算 column.
        var broken = Assert.Single(CheckWith(Read(Report("90.00")), "FA1040").Findings);
        Assert.Equal("90.00", broken.Stated.Value);
        Assert.Equal(80m, broken.Result.Exact);
        Assert.Equal(new[] { "2080101 行政运行" }, broken.Inputs.Select(i => i.Location.Row));
    }

    // Seventeen 项 of 208 (function.csv), printed below 208 in descending code order, so the rule has to sort the group.
    private static readonly (string Code, string Path)[] s_items =
    {
        ("2081602", "红十字事业/一般行政管理事务"), ("2081005", "社会福利/社会福利事业单位"), ("2080999", "退役安置/其他退役安置支出"),
        ("2080905", "退役安置/军队转业干部安置"), ("2080904", "退役安置/退役士兵管理教育"), ("2080903", "退役安置/军队移交政府离退休干部管理机构"),
        ("2080902", "退役安置/军队移交政府的离退休人员安置"), ("2080901", "退役安置/退役士兵安置"), ("2080801", "抚恤/死亡抚恤"),
        ("2080705", "就业补助/公益性岗位补贴"), ("2080704", "就业补助/社会保险补贴"), ("2080599", "行政事业单位养老支出/其他行政事业单位养老支出"),
        ("2080506", "行政事业单位养老支出/机关事业单位职业年金缴费支出"), ("2080505", "行政事业单位养老支出/机关事业单位基本养老保险缴费支出"),
        ("2080502", "行政事业单位养老支出/事业单位离退休"), ("2080501", "行政事业单位养老支出/行政单位离退休"), ("2080206", "民政管理事务/社会组织管理"),
    };

    [Fact]
    public void A_code_printed_twice_in_a_long_unsorted_group_counts_where_it_is_first_printed()
    {
        // 208 printed 17.00 over seventeen 项 of 1.00 each: 17 × 1.00 = 17.00. 2080506 is printed a second time, two rows
        // later, as 5.00 (a disagreement for FA1030, not FA1040's): FA1040 takes its first printing, 1.00, so the sum holds.
        // With the second printing it would be 16 × 1.00 + 5.00 = 21.00, 4.00 over. Nineteen figures in one group: past
        // sixteen the framework's sort is not stable, so only the tie-break by printed position keeps the first printing.
        var cells = new List<Fig> { Cell("208 社会保障和就业支出", "决算数", General, "决算", "17.00", Social, "208") };
        foreach (var (code, path) in s_items) cells.Add(Cell(code, "决算数", General, "决算", "1.00", Social + "/" + path, code));
        cells.Insert(15, Cell("2080506（续）", "决算数", General, "决算", "5.00", Social + "/行政事业单位养老支出/机关事业单位职业年金缴费支出", "2080506"));
        var report = CheckWith(Read(Table("财决08", Title, cells.ToArray())), "FA1040");
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.ChecksRun);
    }
}
