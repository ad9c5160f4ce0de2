namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The words by which FA1170 sees that a sentence gives a change's reason, or hands it to the parts that follow. A hand
/// scanner reading exactly what the regular expressions <c>原因|由于|因为|主要是(?!用于)|源于|受[^。]{1,20}影响</c> (a reason) and
/// <c>(?:其中|包括|如下|具体情况如下)[：:]?\s*$</c> (parts follow) match: the rule asks this of nearly every sentence, often
/// twice, and the regex engine's start-up cost per call was most of the rule's time.
/// </summary>
internal static class ReasonWords
{
    // The first characters of the reason words: 原因, 由于, 因为, 主要是, 源于, 受…影响.
    private static readonly char[] s_starts = { '原', '由', '因', '主', '源', '受' };

    /// <summary>Whether the sentence holds a reason word (主要用于 says what money is for, not why it changed).</summary>
    public static bool AnyIn(string text)
    {
        for (var at = text.IndexOfAny(s_starts); at >= 0; at = text.IndexOfAny(s_starts, at + 1))
        {
            var next = at + 1 < text.Length ? text[at + 1] : '\0';
            switch (text[at])
            {
                case '原' when next == '因':
                case '由' when next == '于':
                case '因' when next == '为':
                case '源' when next == '于':
                    return true;
                case '主' when next == '要' && At(text, at + 2, "是") && !At(text, at + 3, "用于"):
                    return true;
                case '受' when AffectedAfter(text, at):
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence ends in 其中, 包括 or 如下 (具体情况如下 ends in 如下), a colon at most and white space after it: its
    /// parts follow, each with its own reason.
    /// </summary>
    public static bool PartsFollow(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        // A marker ends in 中, 括 or 下, never a colon: a colon before the white space is the optional one.
        if (end > 0 && text[end - 1] is '：' or ':') end--;
        return end >= 2 && (At(text, end - 2, "其中") || At(text, end - 2, "包括") || At(text, end - 2, "如下"));
    }

    // 受…影响 with one to twenty characters between and no 。 among them.
    private static bool AffectedAfter(string text, int at)
    {
        // 影响 starts two to twenty-one characters after 受, at the first 。 at the latest.
        var stop = text.IndexOf('。', at + 1, System.Math.Min(21, text.Length - at - 1));
        var last = System.Math.Min(at + 21, stop < 0 ? text.Length : stop);
        var count = System.Math.Min(last + 2, text.Length) - (at + 2);
        return count >= 2 && text.IndexOf("影响", at + 2, count, System.StringComparison.Ordinal) >= 0;
    }

    private static bool At(string text, int i, string word) => i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
}
