using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A cell's text as Excel displays it. ClosedXML 0.95 formats a number by its custom format string, but a workbook read
/// back from disk carries the built-in formats only as ids (4 = #,##0.00) with an empty format string, so those are
/// mapped here. Numbers are formatted with the invariant culture: reports print 2,940.05 whatever the machine's locale.
/// Plain formats are applied with .NET's formatting, not ClosedXML's GetFormattedString: that one took 1.9 s for a
/// 24,000-cell workbook that reads in 63 ms this way (README, "Importing published reports").
/// </summary>
internal static class CellText
{
    private static readonly Regex s_plain = new(@"^[#0,.]+(;-?[#0,.]+)?$", RegexOptions.CultureInvariant);

    public static string Of(IXLCell cell)
    {
        if (cell.DataType == XLDataType.Text) return cell.GetString().Trim();
        if (cell.DataType != XLDataType.Number) return Invariant(cell);
        var format = cell.Style.NumberFormat.Format;
        if (string.IsNullOrEmpty(format))
        {
            format = cell.Style.NumberFormat.NumberFormatId switch
            {
                1 => "0",
                2 => "0.00",
                3 => "#,##0",
                4 => "#,##0.00",
                _ => "General",
            };
        }
        var number = (decimal)cell.GetDouble();
        if (format == "General") return number.ToString(CultureInfo.InvariantCulture);
        // Digit placeholders, grouping and decimals mean the same in Excel and .NET (ExcelNumberFormat drops the grouping
        // of #,##0.00 as ClosedXML 0.95 calls it); anything else (colours, text, dates) goes to ClosedXML.
        return s_plain.IsMatch(format) ? number.ToString(format, CultureInfo.InvariantCulture) : Invariant(cell);
    }

    /// <summary>ClosedXML's formatting (custom formats through ExcelNumberFormat) under the invariant culture.</summary>
    private static string Invariant(IXLCell cell)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return cell.GetFormattedString().Trim();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
