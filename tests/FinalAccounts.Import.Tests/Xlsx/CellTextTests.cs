using System;
using FinalAccounts.Import.Xlsx;
using Xunit;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>Cells read as Excel shows them (values and formats worked by hand), and refused where no report figure fits.</summary>
public sealed class CellTextTests
{
    private static readonly string[] s_shared = { "收入决算表", "  合计  " };

    private static readonly CellPlace Place = new("表3", 7, 5);

    private static string Number(string value, string format) => CellText.Of(null, value, null, s_shared, format, false, Place);

    [Theory]
    [InlineData("2940.05", "#,##0.00", "2,940.05")]
    [InlineData("6.2", "0.00", "6.20")]
    [InlineData("6.2", "#,##0.00", "6.20")]
    [InlineData("1234567.891", "#,##0.00", "1,234,567.89")]
    [InlineData("-3.1", "#,##0.00;-#,##0.00", "-3.10")]
    [InlineData("2940.05", "General", "2940.05")]
    [InlineData("2940.05", "@", "2940.05")]
    [InlineData("0.30000000000000004", "General", "0.3")]
    [InlineData("12", "0", "12")]
    [InlineData("0.7165", "0.00%", "71.65%")]
    public void Numbers_read_as_their_format_shows_them(string value, string format, string shown)
        => Assert.Equal(shown, Number(value, format));

    [Fact]
    public void Strings_come_from_the_shared_table_inline_or_the_cached_result()
    {
        Assert.Equal("收入决算表", CellText.Of("s", "0", null, s_shared, "General", false, Place));
        Assert.Equal("  合计  ", CellText.Of("s", "1", null, s_shared, "General", false, Place));
        Assert.Equal("单位：万元", CellText.Of("inlineStr", null, "单位：万元", s_shared, "General", false, Place));
        Assert.Equal("#DIV/0!", CellText.Of("e", "#DIV/0!", null, s_shared, "General", false, Place));
        Assert.Equal("TRUE", CellText.Of("b", "1", null, s_shared, "General", false, Place));
    }

    [Theory]
    [InlineData("2000", "0.0000000")]
    [InlineData("2936.7412345", "General")]
    [InlineData("0.5", "0.0000000%")]
    public void A_number_shown_with_more_than_six_decimals_is_refused(string value, string format)
    {
        var refusal = Assert.Throws<XlsxRefusal>(() => Number(value, format));
        Assert.StartsWith("表3!E7 shows 7 decimals", refusal.English, StringComparison.Ordinal);
        Assert.StartsWith("表3!E7 以 7 位小数显示", refusal.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s", "7")]
    [InlineData("s", "x")]
    [InlineData(null, "NaN")]
    [InlineData(null, "1e999")]
    [InlineData("n", "两千")]
    public void A_value_that_is_not_what_its_type_says_is_refused(string? type, string value)
        => Assert.Throws<XlsxRefusal>(() => CellText.Of(type, value, null, s_shared, "General", false, Place));

    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("$AB$12", 12, 28)]
    [InlineData("XFD1048576", 1_048_576, 16_384)]
    public void Cell_references_parse_within_the_grid(string text, int row, int column)
    {
        Assert.True(CellReference.TryParse(text, out var r, out var c));
        Assert.Equal((row, column), (r, c));
        Assert.Equal(text.Replace("$", string.Empty), CellReference.Of(r, c));
    }

    [Theory]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("A0")]
    [InlineData("1A")]
    [InlineData("A")]
    [InlineData("")]
    public void Cell_references_outside_the_grid_do_not_parse(string text) => Assert.False(CellReference.TryParse(text, out _, out _));

    [Fact]
    public void An_import_error_is_one_line_whatever_its_cause_said()
    {
        var ex = new ImportException("a.xlsx", "无法读取 / not readable: The package\r\n  is corrupt.\nLine 2\u2028end");
        Assert.Equal("a.xlsx: 无法读取 / not readable: The package is corrupt. Line 2 end", ex.Message);
        Assert.Equal("无法读取 / not readable: The package is corrupt. Line 2 end", ex.Problem);
    }
}
