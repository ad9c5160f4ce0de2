using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A cell's text as Excel displays it, from the cell's type (t), its value (v or inline is) and its style's number
/// format. Numbers are formatted with the invariant culture: reports print 2,940.05 whatever the machine's locale.
/// Plain formats (digit placeholders, grouping, decimals: #,##0.00, 0.00, built-in ids 1–4) mean the same in Excel and
/// .NET and are applied with .NET's formatting; anything else (percent, colours, text sections, dates) with
/// ExcelNumberFormat. A number shown with more than <see cref="XlsxLimits.MaxDecimals"/> decimals is refused at its cell:
/// no amount or rate of the report format has them, and rounding it here would be a guess.
/// </summary>
internal static class CellText
{
    private static readonly Regex s_tooPrecise = new(@"^[-(]?[\d,]*\.\d{" + (XlsxLimits.MaxDecimals + 1) + @",}\)?%?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The displayed text (not trimmed). <paramref name="place"/> is named only in a refusal.
    /// </summary>
    public static string Of(string? type, string? value, string? inline, IReadOnlyList<string> shared, string format, bool date1904, CellPlace place)
        => Of(type, value, inline, shared, new CellFormat(format), date1904, place);

    /// <inheritdoc cref="Of(string?, string?, string?, IReadOnlyList{string}, string, bool, CellPlace)"/>
    public static string Of(string? type, string? value, string? inline, IReadOnlyList<string> shared, CellFormat format, bool date1904, CellPlace place)
    {
        switch (type)
        {
            case "s":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= shared.Count)
                {
                    throw new XlsxRefusal(place + " 指向不存在的共享字符串 " + Clip(value ?? string.Empty), place + " refers to shared string " + Clip(value ?? string.Empty) + ", which does not exist");
                }
                return shared[index];
            case "inlineStr":
                return inline ?? string.Empty;
            case "str":
            case "e":
            case "d":
                return value ?? string.Empty;
            case "b":
                return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? string.Empty;
            default:
                return value is null || value.Length == 0 ? string.Empty : Number(value, format, date1904, place);
        }
    }

    private static string Number(string value, CellFormat format, bool date1904, CellPlace place)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw new XlsxRefusal(place + " 的值 " + Clip(value) + " 不是数字", place + "'s value " + Clip(value) + " is not a number");
        }
        if (format.IsPlain)
        {
            if (format.Decimals > XlsxLimits.MaxDecimals) throw TooPrecise(place, format.Code, format.Decimals);
            return InDecimalRange(number) ? ((decimal)number).ToString(format.Code, CultureInfo.InvariantCulture) : number.ToString(format.Code, CultureInfo.InvariantCulture);
        }
        var text = format.IsGeneral ? General(number) : Formatted(number, format, date1904);
        var shown = text.Trim();
        if (s_tooPrecise.IsMatch(shown))
        {
            var point = shown.IndexOf('.');
            var decimals = 0;
            while (point + 1 + decimals < shown.Length && char.IsAsciiDigit(shown[point + 1 + decimals])) decimals++;
            throw TooPrecise(place, format.Code, decimals);
        }
        return text;
    }

    /// <summary>What General shows for values a report holds: the value itself (15 significant digits, as stored).</summary>
    private static string General(double number)
        => InDecimalRange(number) ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture);

    private static string Formatted(double number, CellFormat format, bool date1904)
    {
        try
        {
            var parsed = format.Parsed;
            return parsed.IsValid ? parsed.Format(number, CultureInfo.InvariantCulture, date1904) : General(number);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ExcelNumberFormat parses format codes from the file, and a date format over a number outside the calendar
            // throws (Excel shows ####): whatever it throws, the value itself is what the cell holds.
            return General(number);
        }
    }

    private static bool InDecimalRange(double number) => Math.Abs(number) < 7.9e28;

    private static XlsxRefusal TooPrecise(CellPlace place, string format, int decimals)
        => new(
            place + " 以 " + decimals + " 位小数显示（数字格式 " + Clip(format) + "），报表数字最多 " + XlsxLimits.MaxDecimals + " 位",
            place + " shows " + decimals + " decimals (number format " + Clip(format) + "); report figures have at most " + XlsxLimits.MaxDecimals);

    private static string Clip(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
