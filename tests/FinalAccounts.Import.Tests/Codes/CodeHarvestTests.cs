using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Codes;
using FinalAccounts.Import.Layout;
using Xunit;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary>
/// Hand-made layouts (word boxes as PdfPig gives them, 10 pt text on a 20 pt row pitch) for the row shapes the real
/// reports print, and the sorting of printed codes into new rows and rows to review.
/// </summary>
public sealed class CodeHarvestTests
{
    private static LayoutWord W(string text, double left, double bottom, int page = 1)
        => new(text, left, left + (text.Length * 10), bottom - 10, bottom, page);

    private static IReadOnlyList<PrintedCode> Read(params LayoutWord[] words) => PrintedRowReader.Read(new LayoutDocument("r.pdf", 1, words));

    [Fact]
    public void A_code_in_class_section_item_columns_or_whole_is_read_with_its_name()
    {
        var rows = Read(
            W("208", 50, 100), W("05", 90, 100), W("01", 120, 100), W("行政单位离退休", 160, 100), W("12.00", 400, 100),
            W("2080505", 50, 120), W("机关事业单位基本养老保险缴费支出", 160, 120), W("3.50", 500, 120));
        Assert.Equal(new[] { ("2080501", "行政单位离退休"), ("2080505", "机关事业单位基本养老保险缴费支出") }, rows.Select(r => (r.Code, r.Name)));
        Assert.Equal("r.pdf p.1", rows[0].Source);
    }

    [Fact]
    public void Economic_codes_years_and_sentences_are_not_rows()
    {
        var rows = Read(
            W("301", 50, 100), W("02", 90, 100), W("津贴补贴", 160, 100), W("12.00", 400, 100),
            W("2024年部门预算", 50, 120),
            W("201", 50, 140), W("一般公共服务支出，主要用于", 160, 140),
            W("20106", 50, 160), W("10.00", 160, 160));
        Assert.Empty(rows);
    }

    [Fact]
    public void A_name_wrapped_below_its_code_line_is_joined()
    {
        var rows = Read(
            W("201", 50, 100), W("03", 90, 100), W("99", 120, 100), W("其他政府办公厅（室）及相关机构事", 160, 100), W("20.00", 500, 100),
            W("务支出", 160, 113),
            W("201", 50, 140), W("06", 90, 140), W("财政事务", 160, 140), W("1.00", 500, 140));
        Assert.Equal(new[] { ("2010399", "其他政府办公厅（室）及相关机构事务支出"), ("20106", "财政事务") }, rows.Select(r => (r.Code, r.Name)));
    }

    [Fact]
    public void A_name_centred_on_its_code_is_joined_from_above_and_below()
    {
        var rows = Read(
            W("207", 50, 100), W("文化旅游体育与传媒支出", 100, 100),
            W("其他文化旅游体育与传媒支", 100, 128),
            W("20799", 50, 140),
            W("出", 100, 152),
            W("208", 50, 180), W("社会保障和就业支出", 100, 180));
        Assert.Equal(new[] { ("207", "文化旅游体育与传媒支出"), ("20799", "其他文化旅游体育与传媒支出"), ("208", "社会保障和就业支出") }, rows.Select(r => (r.Code, r.Name)));
    }

    [Fact]
    public void A_line_between_two_rows_goes_to_the_nearer_one()
    {
        // 务支出 is 6 pt below the first row and 24 pt above the second: it ends the first row's name.
        var rows = Read(
            W("201", 50, 100), W("03", 90, 100), W("99", 120, 100), W("其他政府办公厅（室）及相关机构事", 160, 100),
            W("务支出", 160, 106),
            W("20799", 50, 130),
            W("其他文化旅游体育与传媒支出", 160, 130));
        Assert.Equal(new[] { "其他政府办公厅（室）及相关机构事务支出", "其他文化旅游体育与传媒支出" }, rows.Select(r => r.Name));
    }

    [Fact]
    public void Unknown_codes_become_printed_rows_and_contradicting_names_are_only_listed()
    {
        var harvest = CodeHarvester.Harvest(new[]
        {
            new PrintedCode("20113", "商贸事务", "b.pdf", 4),
            new PrintedCode("2011301", "行政运行", "b.pdf", 4),
            new PrintedCode("2011301", "行政运行", "c.pdf", 7),                 // a second printing: first one kept
            new PrintedCode("2200199", "其他国土资源事务支出", "old.pdf", 2),    // an old name of ours: no review
            new PrintedCode("2080799", "其他就业补助", "d.pdf", 3),              // ours less 支出: the same name
            new PrintedCode("208", "社会保险基金支出", "e.pdf", 1),              // contradicts 208 社会保障和就业支出
            new PrintedCode("2170404", "中央金融机构注资特别国债支出", "f.pdf", 5), // parent 21704 never printed
            new PrintedCode("2169999", "其他商业服务业等支出", "g.pdf", 1),      // parent 21699 printed twice, differently
            new PrintedCode("21699", "其他商业服务业等支出", "g.pdf", 1),
            new PrintedCode("21699", "商业流通事务", "h.pdf", 1),
            new PrintedCode("2040601", "行政运行", "g.pdf", 2),                  // parent 20406 司法 is ours
            new PrintedCode("20406", "公共法律服务", "h.pdf", 2),               // contradicts 20406 司法
        });
        Assert.Equal(new[] { "20113 商贸事务 b.pdf p.4", "2011301 行政运行 b.pdf p.4", "2040601 行政运行 g.pdf p.2" }, harvest.NewRows.Select(r => r.Code + " " + r.Name + " " + r.Source));
        Assert.Equal(new[] { "208", "21699", "20406", "2169999", "2170404" }, harvest.Review.Select(r => r.Printed.Code));
        Assert.Contains("社会保障和就业支出", harvest.Review[0].Ours);
        Assert.Equal(
            "code,name,parent_code,level,source,evidence\n20113,商贸事务,201,款,b.pdf p.4,printed\n2011301,行政运行,20113,项,b.pdf p.4,printed\n2040601,行政运行,20406,项,g.pdf p.2,printed\n",
            harvest.ToCsv());
    }
}
