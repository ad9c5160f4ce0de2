using System.Linq;
using FinalAccounts.Classification;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1090 keeps, per year, each code's old names in an array slot numbered by the code's hash, and the old names it searches
/// for are those neither inside today's name nor around it. This class pins what that rests on and what it must keep: every
/// code's hash is its own place 1…All.Count (so the array of All.Count + 1 slots holds each code at a slot no other code
/// uses), no alias of the table is inside or around today's name (so every alias is searched for), and rows of three codes
/// of one chain, checked in two reports of one year, each get their own code's old name, as often as they are checked.
public sealed class EditionNameCodesTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    [Fact]
    public void Every_code_hashes_to_its_own_place_in_All()
    {
        var all = FunctionCode.All;
        for (var i = 0; i < all.Count; i++) Assert.Equal(i + 1, all[i].GetHashCode());
        Assert.Equal(0, default(FunctionCode).GetHashCode());
    }

    [Fact]
    public void No_old_name_is_inside_or_around_today_s_name()
    {
        // The six aliases of seeds/classification/function-aliases.csv (207, 20799, 210, 220, 22001, 2200199) rename a word
        // inside the name (文化体育 → 文化旅游体育, 医疗卫生与计划生育 → 卫生健康, 国土 → 自然资源), so none contains the other.
        var pairs = FunctionCode.All.SelectMany(c => c.Aliases.Where(a => a.Code == c.Code)
            .Select(a => (Today: ClassificationNameIndex.Normalize(c.Name), Old: ClassificationNameIndex.Normalize(a.Name)))).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.False(p.Today.Contains(p.Old) || p.Old.Contains(p.Today), p.Today + " / " + p.Old));
    }

    [Fact]
    public void Three_codes_of_one_chain_each_keep_their_own_old_name_in_two_reports_of_one_year()
    {
        var table = Table("财决08", "一般公共预算财政拨款支出决算表",
            Cell("220 国土海洋气象等支出", "决算数", Concept, "决算", "12.00", path: "自然资源海洋气象等支出", code: "220"),
            Cell("22001 国土资源事务", "决算数", Concept, "决算", "12.00", path: "自然资源海洋气象等支出/自然资源事务", code: "22001"),
            Cell("2200199 其他国土资源事务支出", "决算数", Concept, "决算", "12.00", path: "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", code: "2200199"));
        // Written from the alias table (each name 2018年及以前) and function.csv (today's names); the deepest code of the
        // chain whose old name the row prints is named, so the 项 row names 2200199 although it also prints 国土资源事务.
        var expected = new[]
        {
            "“国土海洋气象等支出”是 220 的旧名称（2018年及以前），2024 年度应为“自然资源海洋气象等支出”。",
            "“国土资源事务”是 22001 的旧名称（2018年及以前），2024 年度应为“自然资源事务”。",
            "“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前），2024 年度应为“其他自然资源事务支出”。",
        };
        // The second report of the year is checked with what the first left behind.
        for (var round = 0; round < 2; round++)
        {
            var check = CheckWith("FA1090", table);
            Assert.Equal(expected, check.Findings.Select(f => f.Message));
            Assert.Equal(3, check.ChecksRun);
        }
    }
}
