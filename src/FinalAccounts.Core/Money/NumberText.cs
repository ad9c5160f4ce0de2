using System.Globalization;
using System.Text;

namespace FinalAccounts.Money;

/// <summary>Reads a number as reports print it, keeping the count of decimals it was printed with.</summary>
internal static class NumberText
{
    /// <summary>
    /// True when <paramref name="text"/> is a number as the report file format stores it: the grammar of
    /// <see cref="TryParse"/> in its one canonical spelling (optional '-', digits with no leading zero, commas only in
    /// whole groups of three, an optional point with at least one digit).
    /// </summary>
    /// <remarks>
    /// The report file's form of the grammar: no '+', no U+2212, no spaces, no leading zeros, thousands grouped by commas in
    /// threes or not at all (2,940.05 as tables print it, 2940.05 as narratives do). It is the language of
    /// <c>^-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\.[0-9]+)?$</c> (a final line feed included, as .NET's <c>$</c>
    /// allows), scanned by hand: every figure of every file passes here, and the regular expression took a tenth of a read.
    /// </remarks>
    public static bool IsFileForm(string text)
    {
        if (text == null) throw new System.ArgumentNullException(nameof(text));
        var end = text.Length > 0 && text[text.Length - 1] == '\n' ? text.Length - 1 : text.Length;
        var i = 0;
        if (i < end && text[i] == '-') i++;
        if (i >= end || !IsDigit(text[i])) return false;
        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            var lead = 0;
            while (i < end && IsDigit(text[i]))
            {
                i++;
                lead++;
            }
            if (i < end && text[i] == ',')
            {
                // Grouped: 1–3 leading digits, then whole groups of three.
                if (lead > 3) return false;
                while (i < end && text[i] == ',')
                {
                    if (end - i < 4 || !IsDigit(text[i + 1]) || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3])) return false;
                    i += 4;
                }
            }
        }
        if (i < end && text[i] == '.')
        {
            i++;
            if (i >= end || !IsDigit(text[i])) return false;
            while (i < end && IsDigit(text[i])) i++;
        }
        return i == end;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>
    /// Reads an optional sign (+, -, U+2212 −), digits optionally grouped by commas in threes, and an optional point followed
    /// by at least one digit. Surrounding white space is ignored.
    /// </summary>
    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        value = 0m;
        decimals = 0;
        string s = text.Trim();
        int i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-' || s[i] == '\u2212'))
        {
            negative = s[i] != '+';
            i++;
        }

        // The digits are gathered into a 64-bit mantissa while the grammar is checked; a number of up to 18 digits (every
        // figure a report prints) becomes its decimal at once, the rest go through decimal.TryParse.
        ulong mantissa = 0;
        int digits = 0, integerDigits = 0, groupDigits = 0;
        bool grouped = false;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            char c = s[i];
            if (c == ',')
            {
                // A comma must follow 1–3 leading digits or a full group of three.
                if (integerDigits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3)) return false;
                grouped = true;
                groupDigits = 0;
                continue;
            }

            if (c < '0' || c > '9') return false;
            if (++digits <= MaxFastDigits) mantissa = (mantissa * 10) + (ulong)(c - '0');
            integerDigits++;
            groupDigits++;
        }

        if (integerDigits == 0 || (grouped && groupDigits != 3)) return false;
        if (i < s.Length)
        {
            for (i++; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                if (++digits <= MaxFastDigits) mantissa = (mantissa * 10) + (ulong)(c - '0');
                decimals++;
            }

            if (decimals == 0) return false;
        }

        if (decimals > DecimalMath.MaxScale) return false;
        // decimal.TryParse's own reading of a long number (rounding past 28 digits) and of a negative zero is kept as it was.
        if (digits <= MaxFastDigits && (mantissa != 0 || !negative))
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)decimals);
            return true;
        }
        return decimal.TryParse(Plain(s), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private const int MaxFastDigits = 18;

    /// <summary>A text <see cref="TryParse"/> accepted without its '+', its commas and with '-' for U+2212.</summary>
    private static string Plain(string s)
    {
        var plain = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '-' || c == '\u2212') plain.Append('-');
            else if (c != '+' && c != ',') plain.Append(c);
        }
        return plain.ToString();
    }
}
