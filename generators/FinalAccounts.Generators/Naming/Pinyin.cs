using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace FinalAccounts.Generators.Naming;

/// <summary>
/// Turns Chinese classification names (for example "社会保障和就业支出") into readable
/// PascalCase pinyin C# identifiers (for example "SheHuiBaoZhangHeJiuYeZhiChu").
/// </summary>
/// <remarks>
/// Each hanzi is read with one fixed, toneless syllable taken from the embedded
/// <c>hanzi-pinyin.txt</c> table; polyphonic characters therefore always get the same
/// reading, chosen to fit government-finance vocabulary.
/// </remarks>
internal static class Pinyin
{
    /// <summary>Manifest name of the embedded hanzi-to-pinyin table.</summary>
    internal const string ResourceName = "FinalAccounts.Generators.Naming.hanzi-pinyin.txt";

    private const string EmptyIdentifier = "Unnamed";

    // A generator runs on many threads in the IDE; Lazy's default mode builds the table
    // exactly once. Load never throws, so no exception gets cached and rethrown forever.
    private static readonly Lazy<Dictionary<char, string>> Table =
        new Lazy<Dictionary<char, string>>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Converts a Chinese name into a PascalCase identifier made of ASCII letters and digits.
    /// </summary>
    /// <param name="chineseName">The name to convert, such as "行政运行".</param>
    /// <returns>
    /// The identifier, such as "XingZhengYunXing": every hanzi becomes its capitalised pinyin
    /// syllable, ASCII letters and digits are kept (each run of letters starting upper-case),
    /// punctuation, brackets and spaces are dropped, a leading digit gets the prefix "N",
    /// a hanzi without a known reading becomes "U" plus its hexadecimal code point, and a name
    /// that yields nothing becomes "Unnamed".
    /// </returns>
    internal static string ToIdentifier(string chineseName)
    {
        if (string.IsNullOrEmpty(chineseName))
        {
            return EmptyIdentifier;
        }

        Dictionary<char, string> table = Table.Value;
        var builder = new StringBuilder(chineseName.Length * 4);

        // True when the previous character was not an ASCII letter, so the next letter
        // starts a new word and must be upper-cased to keep the identifier PascalCase.
        bool atWordStart = true;

        for (int i = 0; i < chineseName.Length; i++)
        {
            char c = NarrowFullWidth(chineseName[i]);

            if (IsAsciiLetter(c))
            {
                builder.Append(atWordStart ? char.ToUpperInvariant(c) : c);
                atWordStart = false;
            }
            else if (c >= '0' && c <= '9')
            {
                builder.Append(c);
                atWordStart = true;
            }
            else if (c == '\u3007')
            {
                // The ideographic zero is written in years ("二〇二四") but sits outside the
                // ideograph block the table covers.
                builder.Append("Ling");
                atWordStart = true;
            }
            else if (IsBmpIdeograph(c))
            {
                string syllable;
                if (table.TryGetValue(c, out syllable))
                {
                    builder.Append(syllable);
                }
                else
                {
                    builder.Append('U').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }

                atWordStart = true;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < chineseName.Length && char.IsLowSurrogate(chineseName[i + 1]))
            {
                // Rare characters beyond the BMP have no reading in the table; keeping their
                // code point keeps two names that differ only there from colliding.
                int codePoint = char.ConvertToUtf32(c, chineseName[i + 1]);
                i++;
                if (IsSupplementaryIdeograph(codePoint))
                {
                    builder.Append('U').Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
                }

                atWordStart = true;
            }
            else
            {
                atWordStart = true;
            }
        }

        if (builder.Length == 0)
        {
            return EmptyIdentifier;
        }

        if (builder[0] >= '0' && builder[0] <= '9')
        {
            builder.Insert(0, 'N');
        }

        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsBmpIdeograph(char c) =>
        (c >= '\u3400' && c <= '\u4DBF')    // CJK Unified Ideographs Extension A
        || (c >= '\u4E00' && c <= '\u9FFF') // CJK Unified Ideographs
        || (c >= '\uF900' && c <= '\uFAFF'); // CJK Compatibility Ideographs

    private static bool IsSupplementaryIdeograph(int codePoint) => codePoint >= 0x20000 && codePoint <= 0x3FFFF;

    // Names typed with a Chinese IME sometimes contain full-width letters and digits
    // ("２０２４"); reading them as ASCII keeps them instead of silently dropping them.
    private static char NarrowFullWidth(char c)
    {
        if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A'))
        {
            return (char)(c - 0xFEE0);
        }

        return c;
    }

    private static Dictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        try
        {
            using (Stream? stream = typeof(Pinyin).Assembly.GetManifestResourceStream(ResourceName))
            {
                if (stream == null)
                {
                    return table;
                }

                using (var reader = new StreamReader(stream, Encoding.UTF8))
                {
                    string? line;
                    while ((line = reader.ReadLine()) != null)
                    {
                        AddLine(table, line);
                    }
                }
            }
        }
        catch (Exception)
        {
            // A generator must not fail the build over naming; whatever was read stays
            // usable and the rest falls back to code-point names.
        }

        return table;
    }

    private static void AddLine(Dictionary<char, string> table, string line)
    {
        if (line.Length == 0 || line[0] == '#')
        {
            return;
        }

        int tab = line.IndexOf('\t');
        if (tab <= 0)
        {
            return;
        }

        for (int i = 0; i < tab; i++)
        {
            if (line[i] < 'a' || line[i] > 'z')
            {
                // A malformed syllable would yield an invalid identifier.
                return;
            }
        }

        // Capitalised once here rather than on every conversion.
        string syllable = char.ToUpperInvariant(line[0]) + line.Substring(1, tab - 1);

        for (int i = tab + 1; i < line.Length; i++)
        {
            char c = line[i];
            if (!char.IsSurrogate(c) && !char.IsWhiteSpace(c) && !table.ContainsKey(c))
            {
                table.Add(c, syllable);
            }
        }
    }
}
