using System.Collections.Generic;
using FinalAccounts.Import.Tables;
using Xunit;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary>How an imported 功能分类 row is placed (issue 16.3): by its names, an old name, its printed code, or kept by name.</summary>
public sealed class RowResolutionTests
{
    [Fact]
    public void An_old_name_places_the_row_with_an_FA4010_note()
    {
        var notes = new List<ImportNote>();
        var (path, item, code) = CodedTableReader.Resolve("自然资源海洋气象等支出/自然资源事务/其他国土资源事务支出", "2200199", "其他国土资源事务支出", 3, "财决08 · 220 01 99", notes);
        Assert.Equal("自然资源海洋气象等支出/自然资源事务/其他国土资源事务支出", path);
        Assert.Null(item);
        Assert.Equal("2200199", code);
        var note = Assert.Single(notes);
        Assert.Equal("FA4010", note.Id);
        Assert.Contains("old name of 2200199, before 2019", note.ToString());
    }

    [Fact]
    public void A_section_name_printed_as_its_class_resolves_through_the_printed_code_with_a_note()
    {
        // The 类 row is labelled with its 款's name: 就业补助 / 就业补助 / 其他就业补助支出, code 2080799.
        var notes = new List<ImportNote>();
        var (path, item, code) = CodedTableReader.Resolve("就业补助/就业补助/其他就业补助支出", "2080799", "其他就业补助支出", 5, "财决08 · 208 07 99", notes);
        Assert.Equal("社会保障和就业支出/就业补助/其他就业补助支出", path);
        Assert.Null(item);
        Assert.Equal("2080799", code);
        Assert.Equal("FA4003", Assert.Single(notes).Id);
    }

    [Fact]
    public void An_unknown_code_printed_with_a_name_keeps_the_printed_name()
    {
        var notes = new List<ImportNote>();
        var (path, item, code) = CodedTableReader.Resolve("商业服务业等支出/商业流通事务/其他商业流通事务支出", "2160299", "其他商业流通事务支出", 4, "财决08 · 216 02 99", notes);
        Assert.Null(path);
        Assert.Equal("其他商业流通事务支出", item);
        Assert.Null(code);
        Assert.Contains("2160299", Assert.Single(notes).ToString());
    }
}
