using System;
using System.Linq;
using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Core.Tests.Classification;

/// <summary>Facts about 支出功能分类 codes, taken by hand from seeds/classification/function*.csv.</summary>
public sealed class FunctionCodeTests
{
    [Fact]
    public void Named_member_is_the_row_it_names()
    {
        var code = FunctionCode.XingZhengYunXing_2080101;
        Assert.Equal("2080101", code.Code);
        Assert.Equal("行政运行", code.Name);
        Assert.Equal(ClassificationLevel.Item, code.Level);
        Assert.Equal("2080101 行政运行", code.DisplayName);
        Assert.Equal(ClassificationScheme.Function, FunctionCode.Scheme);
    }

    [Fact]
    public void Parent_and_children_follow_the_hierarchy()
    {
        var item = FunctionCode.Parse("2080505");
        Assert.Equal("机关事业单位基本养老保险缴费支出", item.Name);
        var section = item.Parent!.Value;
        Assert.Equal("20805", section.Code);
        Assert.Equal("行政事业单位养老支出", section.Name);
        Assert.Equal(ClassificationLevel.Section, section.Level);
        Assert.Equal("208", section.Parent!.Value.Code);
        Assert.Null(section.Parent!.Value.Parent);
        Assert.Equal(new[] { "2080501", "2080502", "2080505", "2080506", "2080599" }, section.Children.Select(c => c.Code));
        Assert.True(section.IsAncestorOf(item));
        Assert.True(FunctionCode.Parse("208").IsAncestorOf(item));
        Assert.False(item.IsAncestorOf(section));
    }

    [Fact]
    public void Rows_from_the_unverified_supplement_are_marked_unverified()
    {
        Assert.False(FunctionCode.Parse("2080101").IsVerified);
        Assert.Contains("unverified", FunctionCode.Parse("2080799").Source, StringComparison.Ordinal);
        Assert.True(FunctionCode.Parse("2080505").IsVerified);
        Assert.StartsWith("https://", FunctionCode.Parse("2080505").Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2080197")]
    [InlineData("0208")]
    [InlineData("20801a1")]
    [InlineData(" 208")]
    [InlineData("2080101 ")]
    [InlineData("2080101208")]
    public void Parse_of_an_unknown_code_is_a_FormatException_naming_input_and_scheme(string input)
    {
        var ex = Assert.Throws<FormatException>(() => FunctionCode.Parse(input));
        Assert.Contains("'" + input + "'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("支出功能分类", ex.Message, StringComparison.Ordinal);
        Assert.False(FunctionCode.TryParse(input, out var result));
        Assert.Equal(default, result);
        Assert.False(FunctionCode.TryParse(input.AsSpan(), out _));
    }

    [Fact]
    public void TryParse_of_null_is_false()
    {
        Assert.False(FunctionCode.TryParse((string?)null, out var result));
        Assert.Equal(string.Empty, result.Code);
    }

    [Fact]
    public void Ordering_is_by_code()
    {
        var a = FunctionCode.Parse("208");
        var b = FunctionCode.Parse("20805");
        var c = FunctionCode.Parse("2080501");
        var d = FunctionCode.Parse("20807");
        Assert.True(a < b && b < c && c < d);
        Assert.True(d > a && a <= FunctionCode.Parse("208") && d >= c);
        Assert.Equal(-1, Math.Sign(a.CompareTo(b)));
        Assert.Equal(FunctionCode.Parse("20805"), b);
        Assert.True(b == FunctionCode.Parse("20805"));
        Assert.True(b != c);
        Assert.Equal("20805", b.ToString());
    }

    [Fact]
    public void Default_value_is_not_a_code()
    {
        var none = default(FunctionCode);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.Name);
        Assert.Equal(string.Empty, none.DisplayName);
        Assert.Null(none.Parent);
        Assert.DoesNotContain(none, FunctionCode.All);
    }
}
