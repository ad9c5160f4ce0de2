using System;

namespace FinalAccounts.Money;

/// <summary>
/// How a <see cref="CurrencyUnit"/> is printed — 元 and 万元, as a table's unit line (单位：万元) and the report file spell it —
/// read and written side by side: the one place the two symbols are spelt. Parse once where text comes in (the report
/// builder, the reader), format where text goes out (the writer, messages).
/// </summary>
public static class CurrencyUnitSymbol
{
    private const string Yuan = "元";
    private const string WanYuan = "万元";

    /// <summary>The symbol of <paramref name="unit"/>: "元" or "万元".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static string Format(CurrencyUnit unit) => unit switch
    {
        CurrencyUnit.Yuan => Yuan,
        CurrencyUnit.WanYuan => WanYuan,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown currency unit."),
    };

    /// <summary>Reads "元" or "万元" exactly (no spaces, no other spelling); false for anything else.</summary>
    public static bool TryParse(string? symbol, out CurrencyUnit unit)
    {
        switch (symbol)
        {
            case Yuan:
                unit = CurrencyUnit.Yuan;
                return true;
            case WanYuan:
                unit = CurrencyUnit.WanYuan;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    /// <summary>Reads "元" or "万元".</summary>
    /// <exception cref="FormatException">Anything else; the message quotes it.</exception>
    public static CurrencyUnit Parse(string symbol)
        => TryParse(symbol, out var unit) ? unit : throw new FormatException("'" + symbol + "' is not a currency unit: expected 万元 or 元.");
}
