using System;

namespace FinalAccounts.Money;

/// <summary>
/// A number as a report prints it — "2,940.05", "-3.1", "0.30" — with its value and the decimals it was printed with: the one
/// grammar for a printed number. An optional sign (+, -, U+2212 −), digits grouped by commas in threes or not at all, and an
/// optional point followed by at least one digit; white space around it is ignored. Units and % are not part of it: an
/// <see cref="Amount"/>, a <see cref="Percentage"/>, a count or a 分值 is a printed number with its unit.
/// </summary>
public readonly struct PrintedNumber
{
    private PrintedNumber(string text, decimal value, int decimals)
    {
        _text = text;
        Value = value;
        Decimals = decimals;
    }

    /// <summary>The number as printed.</summary>
    public string Text => _text ?? string.Empty;

    private readonly string? _text;

    /// <summary>The value (thousands commas dropped; −3.1 for "-3.1").</summary>
    public decimal Value { get; }

    /// <summary>The decimals printed: 2 for "6.20", 0 for "174".</summary>
    public int Decimals { get; }

    /// <summary>
    /// True when the text is the report file format's spelling of the number: no '+' or '−', no spaces, no leading zeros,
    /// commas only in whole groups of three (seeds/schema/README.md).
    /// </summary>
    public bool IsFileForm => NumberText.IsFileForm(Text);

    /// <summary>Reads <paramref name="text"/>; false when it is not a printed number (or has more decimals than a decimal holds).</summary>
    public static bool TryParse(string? text, out PrintedNumber number)
    {
        number = default;
        if (text == null || !NumberText.TryParse(text, out var value, out var decimals)) return false;
        number = new PrintedNumber(text, value, decimals);
        return true;
    }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">It is not a printed number; the message quotes it.</exception>
    public static PrintedNumber Parse(string text)
        => TryParse(text, out var number) ? number : throw new FormatException("'" + text + "' is not a number as printed (digits grouped by commas in threes or not at all, one optional '.', an optional sign).");

    /// <summary>The number as printed.</summary>
    public override string ToString() => Text;
}
