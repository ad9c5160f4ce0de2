using System.Text.RegularExpressions;
using FinalAccounts.Money;

namespace FinalAccounts.Import.Tables;

/// <summary>What a word is: a printed amount (2,940.05, 6.20, -3.1) or a classification code segment (201, 06, 2010601).</summary>
internal static class Numbers
{
    private static readonly Regex s_code = new(@"^\d{2,7}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A word that is a printed number (<see cref="PrintedNumber"/>, the one grammar) as a table cell prints it: a plain '-'
    /// for a decrease, no '+' or '−' and nothing around it (a word with those is a label or a fragment, not an amount).
    /// </summary>
    public static bool IsValue(string text) => IsCellWord(text) && PrintedNumber.TryParse(text, out _);

    /// <summary>An amount with a decimal point: tables print every amount with its decimals, codes have none.</summary>
    public static bool IsDecimalValue(string text) => text.IndexOf('.') > 0 && IsValue(text);

    private static bool IsCellWord(string text)
    {
        foreach (var c in text)
        {
            if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-')) return false;
        }
        return text.Length > 0;
    }

    public static bool IsCode(string text) => s_code.IsMatch(text);

    /// <summary>The amount a word prints (thousands commas dropped); call only on a word <see cref="IsValue"/> accepts.</summary>
    public static decimal ToDecimal(string text) => PrintedNumber.Parse(text).Value;
}
