using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FinalAccounts.Money;

/// <summary>
/// A number as a report prints it — "2,940.05", "-3.1", "0.30" — with its value and the decimals it was printed with: the one
/// grammar for a printed number. An optional sign (+, -, U+2212 −), digits grouped by commas in threes or not at all, and an
/// optional point followed by at least one digit; white space around it is ignored. Units and % are not part of it: an
/// <see cref="Amount"/>, a <see cref="Percentage"/>, a count or a 分值 is a printed number with its unit.
/// </summary>
public readonly struct PrintedNumber
{
    /// <summary>
    /// The grammar as a .NET regular-expression fragment, for finding a printed number in running text (a 说明 sentence, a
    /// 绩效目标): digits grouped by commas in threes or not at all and an optional point with at least one digit, with no sign
    /// (in a sentence 减少/下降 carry it, and '-' is a dash) and never a piece of a longer run of digits ("12,34" and the
    /// "678" of "12345,678" are no numbers). It captures nothing: wrap it in a group to take the number. A text it matches
    /// whole is one <see cref="TryParse"/> reads.
    /// </summary>
    public const string Pattern = @"(?<![0-9]|[0-9][,.])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9]|[,.][0-9])";

    private static readonly Regex s_inText = new(Pattern, RegexOptions.CultureInvariant);

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

    /// <summary>
    /// The printed numbers of <paramref name="text"/> in order, each with the index it starts at (it ends
    /// <see cref="Text"/>.Length later): the scanner every reader of numbers in sentences uses.
    /// </summary>
    public static IEnumerable<(PrintedNumber Number, int Index)> FindAll(string text)
    {
        if (text == null) throw new ArgumentNullException(nameof(text));
        return Scan(text);
    }

    private static IEnumerable<(PrintedNumber Number, int Index)> Scan(string text)
    {
        for (var m = s_inText.Match(text); m.Success; m = m.NextMatch())
        {
            // More decimals than a decimal holds is no number to reason with; the text goes on.
            if (TryParse(m.Value, out var number)) yield return (number, m.Index);
        }
    }

    /// <summary>The number as printed.</summary>
    public override string ToString() => Text;
}
