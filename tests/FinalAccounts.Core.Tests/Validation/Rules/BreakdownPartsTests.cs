using System.Collections;
using System.Linq;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// What a breakdown makes of its parts (<see cref="Breakdown.Parts"/>, <see cref="Breakdown.MoneyParts"/>,
/// <see cref="Breakdown.CountParts"/>, <see cref="Breakdown.MoneyOnly"/>, <see cref="Breakdown.Relation"/>): a stated part is its
/// figure, a reference the figure it names, words null; the money parts alone only when some part is not money. Expected
/// values read off each report as written.
public sealed class BreakdownPartsTests
{
    private const string Section = "三、支出决算情况说明";

    private static Breakdown Only(params Item[] items) => Assert.Single(Breakdown.All(Read(items)));

    // 基本支出 stated in 2.3-1 as 200.00万元, referred to by the breakdown of 2.3-2.
    private static readonly StatementSpec s_referred = Statement("2.3-1", Section, F("基本支出", "决算", "200.00"));

    [Fact]
    public void A_stated_part_a_referred_part_and_words_are_a_figure_the_figure_referred_to_and_null_in_order()
    {
        var b = Only(s_referred, Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", false, "其中", F("项目支出", "决算", "150.00"), Ref("2.3-1", "基本支出", "决算"), Text("其他支出若干"))));
        Assert.Equal(3, b.Count);
        Assert.Equal("150.00", b[0]!.Value);
        Assert.Equal("200.00", b[1]!.Value);
        Assert.Equal("2.3-1", b[1]!.Location.StatementId);
        Assert.Null(b[2]);
        // The enumerator gives the same three, typed and untyped.
        Assert.Equal(new[] { "150.00", "200.00", null }, b.Parts.Select(p => p?.Value).ToArray());
        var untyped = ((IEnumerable)b).Cast<object?>().ToArray();
        Assert.Equal(3, untyped.Length);
        Assert.Same(b[1], untyped[1]);
        // Two money parts, no count: the money parts alone are the first two.
        Assert.Equal(2, b.MoneyParts);
        Assert.Equal(0, b.CountParts);
        Assert.Equal(new[] { "150.00", "200.00" }, b.MoneyOnly!.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void The_money_parts_alone_are_null_when_every_part_or_no_part_is_money()
    {
        var all = Only(s_referred, Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", false, "其中", F("项目支出", "决算", "150.00"), Ref("2.3-1", "基本支出", "决算"))));
        Assert.Equal(2, all.MoneyParts);
        Assert.Null(all.MoneyOnly);
        var words = Only(Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", true, "主要包括…等", Text("项目支出"), Text("基本支出"))));
        Assert.Equal(0, words.MoneyParts);
        Assert.Null(words.MoneyOnly);
        Assert.Equal(new object?[] { null, null }, words.Parts.ToArray());
    }

    [Fact]
    public void A_reference_to_a_figure_the_report_does_not_state_is_a_part_in_words()
    {
        // 2.3-1 states 人员经费, no 基本支出: the reference finds nothing, so the part counts neither as money nor as a count.
        var b = Only(Statement("2.3-1", Section, F("人员经费", "决算", "80.00")), Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", false, "其中", F("项目支出", "决算", "150.00"), Ref("2.3-1", "基本支出", "决算"))));
        Assert.Null(b[1]);
        Assert.Equal(1, b.MoneyParts);
        Assert.Equal(new[] { "150.00" }, b.MoneyOnly!.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void Counts_are_counted_apart_from_money()
    {
        // Two counts (3辆, 5辆) and one amount (12.00万元): two count parts, one money part, the amount alone as money.
        var b = Only(Statement("3.11-4", "十一、其他重要事项的情况说明", F("车辆", "年末", "8", "辆"))
            .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆"), F("购置费", "年末", "12.00"))));
        Assert.Equal(2, b.CountParts);
        Assert.Equal(1, b.MoneyParts);
        Assert.Equal("12.00", Assert.Single(b.MoneyOnly!).Value);
    }

    [Fact]
    public void The_relation_names_the_marker_in_quotes_or_the_parts_listed_without_one_and_a_partial_list_says_so()
    {
        var marked = Only(Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", false, "其中", F("项目支出", "决算", "150.00"), F("基本支出", "决算", "200.00"))));
        Assert.Equal("“其中”所列各项之和", marked.Relation);
        Assert.False(marked.IsPartial);
        var unmarked = Only(Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
            .With(Explanation("支出合计", "决算", true, string.Empty, F("项目支出", "决算", "150.00"))));
        Assert.Equal("所列各项之和", unmarked.Relation);
        Assert.True(unmarked.IsPartial);
    }

    [Fact]
    public void Two_referred_parts_are_each_the_figure_it_names()
    {
        // 基本支出 200.00 and 项目支出 150.00 stated in 2.3-1, both referred to by 2.3-2's breakdown.
        var b = Only(Statement("2.3-1", Section, F("基本支出", "决算", "200.00"), F("项目支出", "决算", "150.00")),
            Statement("2.3-2", Section, F("支出合计", "决算", "350.00"))
                .With(Explanation("支出合计", "决算", false, "其中", Ref("2.3-1", "基本支出", "决算"), Ref("2.3-1", "项目支出", "决算"))));
        Assert.Equal(new[] { "200.00", "150.00" }, b.Parts.Select(p => p?.Value).ToArray());
        Assert.Equal(2, b.MoneyParts);
    }

    [Fact]
    public void Every_breakdown_of_the_report_comes_in_report_order()
    {
        var all = Breakdown.All(Read(
            Statement("2.3-1", Section, F("基本支出", "决算", "200.00")).With(Explanation("基本支出", "决算", false, "其中", F("人员经费", "决算", "120.00"), F("公用经费", "决算", "80.00"))),
            Statement("2.3-2", Section, F("项目支出", "决算", "150.00")).With(Explanation("项目支出", "决算", true, "主要包括…等", F("业务费", "决算", "90.00")))));
        Assert.Equal(new[] { "200.00", "150.00" }, all.Select(b => b.Total(0).Value).ToArray());
        Assert.Equal(new[] { 2, 1 }, all.Select(b => b.Count).ToArray());
    }
}
