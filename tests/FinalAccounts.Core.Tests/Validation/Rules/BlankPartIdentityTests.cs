using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1183 on each of the 三公 table's three identities and each blank part, the conditions under which the table says
/// what the blank is (it adds up with the blank as 0, every other part printed), and which 说明 figures are read. Every
/// implied part is whole − Σ others worked by hand; three printed figures at 2 decimals allow ± 0.015.
/// </summary>
public sealed class BlankPartIdentityTests
{
    private const string Title = "财政拨款“三公”经费支出决算表";
    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";
    private const string Trips = "因公出国（境）费";
    private const string Vehicles = "公务用车购置及运行维护费";
    private const string Reception = "公务接待费";

    private static (string, string, Fig) Cell(string concept, string value, string basis = "决算") => (concept, basis == "决算" ? "决算数" : basis + "数", F(concept, basis, value));

    private static CheckReport Run(string title, (string, string, Fig)[] cells, params Fig[] narrative)
        => new SentenceReport().Table("表7", title, cells).Say("2.8-1", Section, "“三公”经费支出情况。", narrative).Check("FA1183");

    [Theory]
    // 三公经费 3.00 = 1.80 + 1.20 + the blank: each of its three parts blank in turn, the 说明 stating it as 0.50.
    [InlineData("三公经费", "3.00", Trips, Vehicles, "1.80", Reception, "1.20")]
    [InlineData("三公经费", "3.00", Vehicles, Trips, "1.80", Reception, "1.20")]
    [InlineData("三公经费", "3.00", Reception, Trips, "1.80", Vehicles, "1.20")]
    // 公务用车购置及运行维护费 3.00 = 购置费 + 运行维护费; 公务接待费 3.00 = 国内 + 国（境）外.
    [InlineData(Vehicles, "3.00", "公务用车购置费", "公务用车运行维护费", "3.00", null, null)]
    [InlineData(Vehicles, "3.00", "公务用车运行维护费", "公务用车购置费", "3.00", null, null)]
    [InlineData(Reception, "3.00", "国内公务接待费", "国（境）外公务接待费", "3.00", null, null)]
    [InlineData(Reception, "3.00", "国（境）外公务接待费", "国内公务接待费", "3.00", null, null)]
    public void A_nonzero_part_left_blank_in_a_table_that_adds_up_without_it_is_an_error(
        string whole, string wholeValue, string blank, string other1, string value1, string? other2, string? value2)
    {
        var cells = other2 == null
            ? new[] { Cell(whole, wholeValue), Cell(other1, value1) }
            : new[] { Cell(whole, wholeValue), Cell(other1, value1), Cell(other2, value2!) };
        var result = Run(Title, cells, F(blank, "决算", "0.50"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("0.50", finding.Stated.Value);
        Assert.Equal(blank, finding.Stated.Key.Concept);
        Assert.Equal(0m, finding.Result.Exact);
        // two printed figures allow ± 0.01, three ± 0.015.
        var slack = other2 == null ? 0.01m : 0.015m;
        Assert.Equal(new Interval(-slack, slack), finding.Result.Expected);
        Assert.Equal(cells.Length, finding.Inputs.Count);
        Assert.Equal(whole, finding.Inputs[0].Key.Concept);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void The_message_names_the_part_the_table_and_what_the_table_leaves_for_it()
    {
        var finding = Assert.Single(Run(Title, new[] { Cell("三公经费", "3.00"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") }, F(Trips, "决算", "0.50")).Findings);
        Assert.Equal("因公出国（境）费（决算）在说明中列示 0.50万元，而表“财政拨款“三公”经费支出决算表”中该项为空：表中三公经费 3.00万元 已等于其余各项之和，该项只能为 0万元（舍入允许 [-0.015, 0.015]），两处矛盾。", finding.Message);
        Assert.Equal("因公出国（境）费 is stated as 0.50万元 in the 说明, but its cell of table 财政拨款“三公”经费支出决算表 is blank, and the table's 三公经费 3.00万元 already equals the sum of the other parts, so the table puts it at 0.", finding.MessageEn);
    }

    [Fact]
    public void A_table_that_does_not_add_up_with_the_blank_as_zero_says_nothing_about_it()
    {
        // 1.80 + 1.00 = 2.80 against 3.00: 0.20 short, more than ± 0.015 — the blank may be a missed 0.20.
        var result = Run(Title, new[] { Cell("三公经费", "3.00"), Cell(Vehicles, "1.80"), Cell(Reception, "1.00") }, F(Trips, "决算", "0.20"));
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }

    [Fact]
    public void Two_blank_parts_say_nothing_about_either()
    {
        var result = Run(Title, new[] { Cell("三公经费", "3.00"), Cell(Vehicles, "3.00") }, F(Trips, "决算", "0.50"), F(Reception, "决算", "0.50"));
        Assert.Equal(0, result.ChecksRun);
    }

    [Fact]
    public void A_printed_part_is_one_passed_check_whatever_its_value()
    {
        // 0.70 printed, 0.50 in the 说明: FA1030 compares them; this rule only counts the part as printed.
        var result = Run(Title, new[] { Cell("三公经费", "3.70"), Cell(Trips, "0.70"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") }, F(Trips, "决算", "0.50"));
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void A_part_printed_as_zero_is_not_a_blank_even_where_the_table_adds_up_without_it()
    {
        // 3.00 = 0.00 + 1.80 + 1.20: the 0.00 is printed, so the 说明's 0.50 against it is FA1030's, not a blank part's.
        var result = Run(Title, new[] { Cell("三公经费", "3.00"), Cell(Trips, "0.00"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") }, F(Trips, "决算", "0.50"));
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void Only_the_tables_actual_cells_count_as_printed()
    {
        // A 年初预算 cell of 出国 is not its 决算: the 决算 is blank, and the table (3.00 = 1.80 + 1.20) leaves it 0.
        var result = Run(Title, new[] { Cell("三公经费", "3.00"), Cell(Trips, "0.50", "年初预算"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") }, F(Trips, "决算", "0.50"));
        Assert.Single(result.Findings);
    }

    [Fact]
    public void Only_the_three_public_table_is_read_and_only_with_its_whole_printed()
    {
        var cells = new[] { Cell("三公经费", "3.00"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") };
        Assert.Equal(0, Run("收入支出决算总表", cells, F(Trips, "决算", "0.50")).ChecksRun);
        Assert.Equal(0, Run(Title, new[] { Cell(Vehicles, "1.80"), Cell(Reception, "1.20") }, F(Trips, "决算", "0.50")).ChecksRun);
    }

    [Fact]
    public void Only_a_nonzero_actual_of_the_narrative_without_path_is_read()
    {
        var cells = new[] { Cell("三公经费", "3.00"), Cell(Vehicles, "1.80"), Cell(Reception, "1.20") };
        Assert.Equal(0, Run(Title, cells, F(Trips, "决算", "0.00")).ChecksRun);
        Assert.Equal(0, Run(Title, cells, F(Trips, "年初预算", "0.50")).ChecksRun);
        Assert.Equal(0, Run(Title, cells, F(Trips, "决算", "0.50", path: RuleExamples.SocialSecurity)).ChecksRun);
        Assert.Equal(0, Run(Title, cells, F(Trips, "决算", "0.50", item: "某出访团组")).ChecksRun);
        // The first nonzero one: 0.00 is passed over, 0.50 judged.
        var finding = Assert.Single(Run(Title, cells, F(Trips, "决算", "0.00"), F(Trips, "决算", "0.50")).Findings);
        Assert.Equal("0.50", finding.Stated.Value);
        // A cell of another table is not the 说明.
        var otherTable = new SentenceReport()
            .Table("表7", Title, cells)
            .Table("附表", "其他表", ("因公出国（境）费", "决算数", F(Trips, "决算", "0.50")))
            .Check("FA1183");
        Assert.Equal(0, otherTable.ChecksRun);
    }
}
