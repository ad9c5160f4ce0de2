using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Tables;

/// <summary>What a word is: a printed amount (2,940.05, 6.20, -3.1) or a classification code segment (201, 06, 2010601).</summary>
internal static class Numbers
{
    private static readonly Regex s_value = new(@"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_code = new(@"^\d{2,7}$", RegexOptions.CultureInvariant);

    public static bool IsValue(string text) => s_value.IsMatch(text);

    /// <summary>An amount with a decimal point: tables print every amount with its decimals, codes have none.</summary>
    public static bool IsDecimalValue(string text) => text.IndexOf('.') > 0 && s_value.IsMatch(text);

    public static bool IsCode(string text) => s_code.IsMatch(text);

    /// <summary>The amount a word prints (thousands commas dropped); call only on a word <see cref="IsValue"/> accepts.</summary>
    public static decimal ToDecimal(string text) => decimal.Parse(text.Replace(",", string.Empty), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
