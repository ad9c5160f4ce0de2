using System;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// Targets and actuals read as tables print them, and clear errors for what cannot be read.
public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData("≥95%", null, IndicatorDirection.AtLeast, "95", 0, "%")]
    [InlineData("≤134万元", null, IndicatorDirection.AtMost, "134", 0, "万元")]
    [InlineData("大于等于 8,500 小时", null, IndicatorDirection.AtLeast, "8500", 0, "小时")]
    [InlineData("=0", "次", IndicatorDirection.Exactly, "0", 0, "次")]
    public void A_printed_comparator_number_and_unit_are_read(string text, string? column, IndicatorDirection direction, string number, int decimals, string unit)
    {
        var v = IndicatorValue.Parse(text, column);
        Assert.Equal(IndicatorValueKind.Number, v.Kind);
        Assert.Equal(direction, v.Comparison);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), v.Number);
        Assert.Equal(decimals, v.Decimals);
        Assert.Equal(unit, v.Unit);
    }

    [Fact]
    public void A_bare_number_takes_its_unit_from_the_column_and_keeps_its_decimals()
    {
        var v = IndicatorValue.Parse("3.00", "项");
        Assert.Equal(3m, v.Number);
        Assert.Equal(2, v.Decimals);
        Assert.Equal("项", v.Unit);
        Assert.Null(v.Comparison);
    }

    [Theory]
    [InlineData("按时完成")]
    [InlineData("长期有效保障")]
    public void Words_are_text(string text)
    {
        var v = IndicatorValue.Parse(text);
        Assert.Equal(IndicatorValueKind.Text, v.Kind);
        Assert.True(v.SameWordsAs(IndicatorValue.Parse(" " + text)));
    }

    [Fact]
    public void Nothing_is_empty() => Assert.Equal(IndicatorValueKind.Empty, IndicatorValue.Parse("  ").Kind);

    [Theory]
    [InlineData("≥按时", null, "comparator must be followed by a number")]
    [InlineData("95光年", null, "unit '光年'")]
    [InlineData("95%", "人", "the row's 计量单位 is 人")]
    [InlineData("1,23", null, "not a number")]
    public void What_cannot_be_read_is_a_clear_error(string text, string? column, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => IndicatorValue.Parse(text, column));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_evaluation_cell_names_file_json_path_and_line()
    {
        var json = System.IO.File.ReadAllText(SeedPath()).Replace("\"target\": \"134\"", "\"target\": \"134公里\"", StringComparison.Ordinal);
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, "bad.json"));
        Assert.Equal("$.evaluations[0].indicators[8].target", ex.JsonPath);
        Assert.True(ex.Line > 0);
        Assert.StartsWith("bad.json(", ex.Message, StringComparison.Ordinal);
        Assert.Contains("公里", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantitative_row_reads_words_as_printed_but_needs_its_target()
    {
        // Issue 15.3: words in the 实际完成值 of a 反向 row are read as printed (the score is then taken as stated) …
        var json = System.IO.File.ReadAllText(SeedPath()).Replace("\"actual\": \"137.40\"", "\"actual\": \"超出预算\"", StringComparison.Ordinal);
        var row = ReportReader.Parse(json, "words.json").Evaluations[0].Indicators[8];
        Assert.Equal((IndicatorValueKind.Text, "超出预算", (bool?)null), (row.Actual.Kind, row.Actual.Text, row.IsMet));
        // … but a blank 年度指标值 leaves nothing to score against.
        json = System.IO.File.ReadAllText(SeedPath()).Replace("\"target\": \"134\"", "\"target\": null", StringComparison.Ordinal);
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, "bad.json"));
        Assert.Equal("$.evaluations[0].indicators[8].target", ex.JsonPath);
        Assert.Contains("needs its 年度指标值", ex.Message, StringComparison.Ordinal);
    }

    private static string SeedPath() => FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json");
}
