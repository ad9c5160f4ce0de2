namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A year printed in a text as FA1121 reads it: "2024年" (in a title or heading) or a year-end date "截至2024年12月31日"
/// (in a 说明). Found by a hand scanner that reads exactly what the regular expressions
/// <c>(?&lt;![0-9])((?:19|20)[0-9]{2})\s*年</c> and <c>截[至止](?:到)?\s*((?:19|20)[0-9]{2})\s*年\s*12\s*月\s*31\s*日</c> match, in
/// the same order (leftmost first, the next search after the previous year): the rule reads every title, heading and dated
/// sentence, and a regex match with its groups and the year's digits as a string cost more than the rest of the rule.
/// </summary>
/// <remarks>
/// \s is <see cref="char.IsWhiteSpace(char)"/>, the same set of characters; what follows every \s* starts with a character
/// that is no white space, and the optional 到 is followed by \s* and a digit, so no choice has to be taken back.
/// </remarks>
internal readonly struct YearText
{
    private YearText(int index, int length, int year)
    {
        Index = index;
        Length = length;
        Year = year;
    }

    /// <summary>Where the year (or the date) starts in its text.</summary>
    public int Index { get; }

    /// <summary>How many characters it has, up to 年 (or 日).</summary>
    public int Length { get; }

    /// <summary>Where the next search starts.</summary>
    public int End => Index + Length;

    /// <summary>The year its four digits print.</summary>
    public int Year { get; }

    /// <summary>The year's (or the date's) text in <paramref name="text"/> (for a finding).</summary>
    public string TextIn(string text) => text.Substring(Index, Length);

    /// <summary>The first year (19xx or 20xx, not after a digit, then 年) at or after <paramref name="start"/>.</summary>
    public static bool FindYear(string text, int start, out YearText year)
    {
        for (var at = text.IndexOf('年', start); at >= 0; at = text.IndexOf('年', at + 1))
        {
            // The digits end before the white space before 年; the year starts four characters earlier.
            var digitsEnd = at;
            while (digitsEnd > start && char.IsWhiteSpace(text[digitsEnd - 1])) digitsEnd--;
            var from = digitsEnd - 4;
            if (from >= start && Digits(text, from, out var value) && (from == 0 || !IsDigit(text[from - 1])))
            {
                year = new YearText(from, at + 1 - from, value);
                return true;
            }
        }
        year = default;
        return false;
    }

    /// <summary>The first year-end date (截至, 截止 or 截至到, the year, 年12月31日, white space between) at or after <paramref name="start"/>.</summary>
    public static bool FindYearEnd(string text, int start, out YearText date)
    {
        for (var at = text.IndexOf('截', start); at >= 0; at = text.IndexOf('截', at + 1))
        {
            var i = at + 1;
            if (i >= text.Length || text[i] is not ('至' or '止')) continue;
            i++;
            if (i < text.Length && text[i] == '到') i++;
            i = SkipSpace(text, i);
            if (!Digits(text, i, out var value)) continue;
            i = SkipSpace(text, i + 4);
            if (!Word(text, ref i, "年") || !Word(text, ref i, "12") || !Word(text, ref i, "月") || !Word(text, ref i, "31")
                || !Word(text, ref i, "日", last: true)) continue;
            date = new YearText(at, i - at, value);
            return true;
        }
        date = default;
        return false;
    }

    // The word at i, and the white space after it unless it ends the date.
    private static bool Word(string text, ref int i, string word, bool last = false)
    {
        if (i + word.Length > text.Length || string.CompareOrdinal(text, i, word, 0, word.Length) != 0) return false;
        i += word.Length;
        if (!last) i = SkipSpace(text, i);
        return true;
    }

    // 19xx or 20xx at i, with its value.
    private static bool Digits(string text, int i, out int value)
    {
        value = 0;
        if (i < 0 || i + 4 > text.Length) return false;
        if (!(text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3])) return false;
        value = ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
