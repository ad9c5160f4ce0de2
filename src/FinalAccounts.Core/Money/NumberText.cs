using System.Globalization;
using System.Text;

namespace FinalAccounts.Money;

/// <summary>Reads a number as reports print it, keeping the count of decimals it was printed with.</summary>
internal static class NumberText
{
    // The report file's form of the same grammar: no '+', no U+2212, no spaces, no leading zeros, thousands grouped by
    // commas in threes or not at all (2,940.05 as tables print it, 2940.05 as narratives do).
    private static readonly System.Text.RegularExpressions.Regex s_fileForm = new(
        "^-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// True when <paramref name="text"/> is a number as the report file format stores it: the grammar of
    /// <see cref="TryParse"/> in its one canonical spelling (optional '-', digits with no leading zero, commas only in
    /// whole groups of three, an optional point with at least one digit).
    /// </summary>
    public static bool IsFileForm(string text) => s_fileForm.IsMatch(text);

    /// <summary>
    /// Reads an optional sign (+, -, U+2212 −), digits optionally grouped by commas in threes, and an optional point followed
    /// by at least one digit. Surrounding white space is ignored.
    /// </summary>
    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        value = 0m;
        decimals = 0;
        string s = text.Trim();
        var plain = new StringBuilder(s.Length);
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-' || s[i] == '\u2212'))
        {
            if (s[i] != '+') plain.Append('-');
            i++;
        }

        int integerDigits = 0, groupDigits = 0;
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
            plain.Append(c);
            integerDigits++;
            groupDigits++;
        }

        if (integerDigits == 0 || (grouped && groupDigits != 3)) return false;
        if (i < s.Length)
        {
            plain.Append('.');
            for (i++; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                plain.Append(c);
                decimals++;
            }

            if (decimals == 0) return false;
        }

        return decimals <= DecimalMath.MaxScale
            && decimal.TryParse(plain.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
