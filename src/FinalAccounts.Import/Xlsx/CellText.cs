using System.Globalization;
using ClosedXML.Excel;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A cell's text as Excel displays it. ClosedXML 0.95 formats a number by its custom format string, but a workbook read
/// back from disk carries the built-in formats only as ids (4 = #,##0.00) with an empty format string, so those are
/// mapped here. Numbers are formatted with the invariant culture: reports print 2,940.05 whatever the machine's locale.
/// </summary>
internal static class CellText
{
    public static string Of(IXLCell cell)
    {
        if (cell.DataType != XLDataType.Number || !string.IsNullOrEmpty(cell.Style.NumberFormat.Format)) return Invariant(cell);
        var number = (decimal)cell.GetDouble();
        var format = cell.Style.NumberFormat.NumberFormatId switch
        {
            1 => "0",
            2 => "0.00",
            3 => "#,##0",
            4 => "#,##0.00",
            _ => string.Empty,
        };
        return format.Length == 0 ? number.ToString(CultureInfo.InvariantCulture) : number.ToString(format, CultureInfo.InvariantCulture);
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
