using System.Linq;
using Xunit;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// 一般公共预算财政拨款基本支出决算表 in the header variants of real reports and the template (issue 14): 经济分类科目编码 |
/// 科目名称 | 决算数 with 301 and 30101 in one code column and two halves side by side; 合计 | 人员经费 | 公用经费 columns in
/// 元 with whole amounts; a code run into its name (30207邮电费). Expected cells read off the layouts by hand.
/// </summary>
public sealed class BasicExpenditureVariantTests
{
    private static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);

    private static string[] Cells(ImportResult result)
        => result.Report.Tables.Single(t => t.Id == "表6").Cells.Select(c => c.Code + " " + c.Key + " = " + c.Value).ToArray();

    [Fact]
    public void Joined_codes_under_economic_classification_headers_in_two_halves()
    {
        // The template's header: 经济分类 / 科目编码 over the code column, 科目名称, 决算数, twice side by side.
        var result = new HandLayout().NewPage()
            .Line(82, (208, "一般公共预算财政拨款基本支出决算表"))
            .Line(96, (432, "单位：万元"))
            .Line(110, (69, "经济分类"), (321, "经济分类"))
            .Line(117, (170, "科目名称"), (274, "决算数"), (408, "科目名称"), (499, "决算数"))
            .Line(124, (69, "科目编码"), (321, "科目编码"))
            .Line(138, (68, "301"), (122, "工资福利支出"), (Under(290, "120.00"), "120.00"), (320, "302"), (374, "商品和服务支出"), (Under(515, "30.00"), "30.00"))
            .Line(152, (68, "30101"), (133, "基本工资"), (Under(290, "100.00"), "100.00"), (320, "30201"), (385, "办公费"), (Under(515, "10.00"), "10.00"))
            .Line(166, (68, "30102"), (133, "津贴补贴"), (Under(290, "20.00"), "20.00"), (320, "30207邮电费"), (Under(515, "20.00"), "20.00"))
            .Line(180, (109, "人员经费合计"), (Under(290, "120.00"), "120.00"), (369, "公用经费合计"), (Under(515, "30.00"), "30.00"))
            .Line(195, (90, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"))
            .Import();
        Assert.Equal(
            new[]
            {
                "301 一般公共预算财政拨款基本支出 工资福利支出（决算） = 120.00",
                "30101 一般公共预算财政拨款基本支出 基本工资（决算） = 100.00",
                "30102 一般公共预算财政拨款基本支出 津贴补贴（决算） = 20.00",
                " 一般公共预算财政拨款 人员经费（决算） = 120.00",
                "302 一般公共预算财政拨款基本支出 商品和服务支出（决算） = 30.00",
                "30201 一般公共预算财政拨款基本支出 办公费（决算） = 10.00",
                "30207 一般公共预算财政拨款基本支出 邮电费（决算） = 20.00",
                " 一般公共预算财政拨款 公用经费（决算） = 30.00",
            },
            Cells(result));
        Assert.DoesNotContain(result.Notes, n => n.Where.StartsWith("表6", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Total_personnel_and_public_columns_in_yuan_with_whole_amounts()
    {
        // The 合计 | 人员经费 | 公用经费 variant under a group label, split 类 | 款 codes, amounts in 元 without decimals.
        var result = new HandLayout().NewPage()
            .Line(82, (208, "一般公共预算财政拨款基本支出决算表"))
            .Line(96, (500, "单位：元"))
            .Line(110, (300, "一般公共预算财政拨款基本支出"))
            .Line(124, (20, "经济分类科目编码"), (150, "科目名称"), (290, "合计"), (370, "人员经费"), (450, "公用经费"))
            .Line(136, (20, "类"), (50, "款"))
            .Line(150, (20, "301"), (80, "工资福利支出"), (Under(299, "90,238"), "90,238"), (Under(388, "90,238"), "90,238"), (Under(468, "0"), "0"))
            .Line(164, (20, "301"), (50, "01"), (80, "基本工资"), (Under(299, "6,084"), "6,084"), (Under(388, "6,084"), "6,084"), (Under(468, "0"), "0"))
            .Line(178, (20, "302"), (80, "商品和服务支出"), (Under(299, "1,000"), "1,000"), (Under(388, "0"), "0"), (Under(468, "1,000"), "1,000"))
            .Line(192, (80, "合计"), (Under(299, "91,238"), "91,238"), (Under(388, "90,238"), "90,238"), (Under(468, "1,000"), "1,000"))
            .Import();
        Assert.Equal(
            new[]
            {
                "301 一般公共预算财政拨款基本支出 工资福利支出（决算） = 90,238",
                "30101 一般公共预算财政拨款基本支出 基本工资（决算） = 6,084",
                "302 一般公共预算财政拨款基本支出 商品和服务支出（决算） = 1,000",
                " 一般公共预算财政拨款 基本支出（决算） = 91,238",
                " 一般公共预算财政拨款 人员经费（决算） = 90,238",
                " 一般公共预算财政拨款 公用经费（决算） = 1,000",
            },
            Cells(result));
    }

    [Fact]
    public void Personnel_and_public_columns_without_a_total_take_the_amount_the_row_is_printed_under()
    {
        var result = new HandLayout().NewPage()
            .Line(82, (208, "一般公共预算财政拨款基本支出决算表"))
            .Line(96, (500, "单位：万元"))
            .Line(124, (20, "经济分类科目编码"), (150, "科目名称"), (370, "人员经费"), (450, "公用经费"))
            .Line(150, (20, "301"), (80, "工资福利支出"), (Under(388, "9.00"), "9.00"))
            .Line(164, (20, "302"), (80, "商品和服务支出"), (Under(468, "1.00"), "1.00"))
            .Line(178, (20, "303"), (80, "对个人和家庭的补助"), (Under(388, "2.00"), "2.00"), (Under(468, "3.00"), "3.00"))
            .Import();
        Assert.Equal(
            new[] { "301 一般公共预算财政拨款基本支出 工资福利支出（决算） = 9.00", "302 一般公共预算财政拨款基本支出 商品和服务支出（决算） = 1.00" },
            Cells(result));
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.ValueNotPlaced && n.Message.Contains("both 人员经费 and 公用经费"));
    }
}
