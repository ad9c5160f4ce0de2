using System;
using System.IO;
using System.Linq;
using FinalAccounts.Import.Tests.RoundTrip;
using Xunit;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>
/// What real exports carry (logos, charts, hidden sheets, merges over the whole grid) reads like a plain workbook; what
/// no report needs (bombs, deep nesting, 50,000 rows, amounts shown with 7 decimals) is refused before it costs time or
/// memory, with an <see cref="ImportException"/> whose one-line message names the file and the place, Chinese first.
/// </summary>
public sealed class HostileWorkbookTests
{
    private static readonly string[] s_expected = HostileWorkbooks.Report().ExpectedCells();

    private static ImportResult Import(byte[] xlsx, string name)
    {
        using var stream = new MemoryStream(xlsx);
        return ReportImporter.ImportXlsx(stream, name);
    }

    private static ImportException Refused(byte[] xlsx, string name)
    {
        var ex = Assert.Throws<ImportException>(() => Import(xlsx, name));
        Assert.StartsWith(name + ": 无法读取 XLSX 工作簿", ex.Message, StringComparison.Ordinal);
        Assert.Contains(" / not a readable XLSX workbook", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
        return ex;
    }

    [Fact]
    public void The_plain_workbook_reads_every_cell() => Assert.Equal(s_expected, GeneratedReport.Cells(Import(HostileWorkbooks.Parts().Build(), "plain.xlsx").Report));

    [Fact]
    public void A_picture_is_ignored() => Assert.Equal(s_expected, GeneratedReport.Cells(Import(HostileWorkbooks.WithPicture(), "logo.xlsx").Report));

    [Fact]
    public void A_chart_is_ignored() => Assert.Equal(s_expected, GeneratedReport.Cells(Import(HostileWorkbooks.WithChart(), "chart.xlsx").Report));

    [Fact]
    public void A_hidden_sheet_is_not_read_and_a_note_says_so()
    {
        var result = Import(HostileWorkbooks.WithHiddenSheet(), "hidden.xlsx");
        Assert.Equal(s_expected, GeneratedReport.Cells(result.Report));
        var note = Assert.Single(result.Notes, n => n.Id == ImportNotes.SheetNotRead);
        Assert.Equal("工作表「旧表3」", note.Where);
        Assert.Contains("hidden", note.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Pages);
    }

    [Fact]
    public void Merges_over_the_whole_grid_read_like_small_ones()
        => Assert.Equal(s_expected, GeneratedReport.Cells(Import(HostileWorkbooks.WithHugeMerges(), "merged.xlsx").Report));

    [Fact]
    public void An_amount_shown_with_seven_decimals_is_refused_at_its_cell()
    {
        var ex = Refused(HostileWorkbooks.WithSevenDecimals(), "decimals.xlsx");
        Assert.Contains("表3!F9", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0.0000000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_typed_as_text_with_seven_decimals_is_refused_with_its_value()
    {
        var ex = Assert.Throws<ImportException>(() => Import(HostileWorkbooks.WithSevenDecimalText(), "text.xlsx"));
        Assert.StartsWith("text.xlsx: 识别出的数字不构成有效的报告 / the recognised figures do not form a valid report: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2,000.1234567", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_thousand_nested_elements_are_refused_at_their_line()
    {
        var ex = Refused(HostileWorkbooks.WithDeepNesting(), "nested.xlsx");
        Assert.Contains("表3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_thousand_rows_are_refused()
    {
        var ex = Refused(HostileWorkbooks.WithExtraRows(50_000), "rows.xlsx");
        Assert.Contains("表3", ex.Message, StringComparison.Ordinal);
        Assert.Contains(FinalAccounts.Import.Xlsx.XlsxLimits.MaxRowsPerSheet.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_with_ten_thousand_extra_rows_reads_with_bounded_notes()
    {
        var result = Import(HostileWorkbooks.WithExtraRows(10_000), "extra.xlsx");
        Assert.Equal(s_expected, GeneratedReport.Cells(result.Report));
        Assert.True(result.Notes.Count <= 200, result.Notes.Count + " notes");
        Assert.All(result.Notes, n => Assert.True(n.ToString().Length <= 500, n.Id + ": " + n.ToString().Length + " chars"));
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.ValueNotPlaced && n.Message.Contains("9,950 more", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sheet_that_inflates_to_gigabytes_is_refused_by_its_declared_size()
    {
        var ex = Refused(HostileWorkbooks.Bomb(2L << 30), "bomb.xlsx");
        Assert.Contains(HostileWorkbooks.Sheet, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_strings_part_of_a_gibibyte_is_refused_by_its_declared_size()
    {
        var ex = Refused(HostileWorkbooks.Bomb(1L << 30, "xl/sharedStrings.xml"), "strings.xlsx");
        Assert.Contains("xl/sharedStrings.xml declares 1,024 MiB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_half_a_million_cells_are_refused()
    {
        var ex = Refused(HostileWorkbooks.WithWideRows(19_000, 27), "cells.xlsx");
        Assert.Contains(FinalAccounts.Import.Xlsx.XlsxLimits.MaxCells.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " cells", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_that_inflates_past_its_declared_size_is_refused_while_streaming()
    {
        var ex = Refused(HostileWorkbooks.LyingBomb(256L << 20), "liar.xlsx");
        Assert.Contains(HostileWorkbooks.Sheet, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_zip_is_one_line()
    {
        var bytes = HostileWorkbooks.Parts().Build();
        Refused(bytes.Take(bytes.Length / 2).ToArray(), "truncated.xlsx");
    }
}
