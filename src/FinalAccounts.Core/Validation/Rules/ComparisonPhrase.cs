namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A comparison phrase of a 说明 sentence as FA1130/FA1131 read it: a direction ("决算数小于预算数", "预算数大于决算数",
/// "决算数超过上年") or a level ("决算数与上年决算数相比基本持平"). Found by a hand scanner that reads exactly what the
/// regular expressions
/// <c>(决算数?|预算数?|上年决算数?)\s*(大于|高于|超过|多于|小于|低于|少于)\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年|决算数?)</c> and
/// <c>(决算数?)\s*与\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年)\s*(?:相比\s*)?(基本持平|持平|相同|一致|无差异|无增减|无变化|没有变化)</c>
/// match, in the same order (leftmost first, the next search after the previous phrase): the regex engine's match
/// collection and group strings cost more than the rest of both rules together on a long 说明.
/// </summary>
/// <remarks>
/// Every word is one of a fixed vocabulary, so <see cref="Subject"/>, <see cref="Word"/> and <see cref="Object"/> are those
/// words' constant strings and a phrase found allocates nothing; only a finding's message takes the phrase's text.
/// The alternatives are tried in the regular expressions' order, the optional 数 first (greedy), and a later alternative
/// when the rest of the phrase fails after an earlier one (backtracking). \s is <see cref="char.IsWhiteSpace(char)"/>,
/// the same set of characters; what follows every \s* starts with a character that is no white space, so a greedy run of
/// white space never has to give any back.
/// </remarks>
internal readonly struct ComparisonPhrase
{
    // Each optional 数 as two alternatives, the longer first: the first that fits is what the greedy regex takes.
    private static readonly string[] s_directionSubjects = { "决算数", "决算", "预算数", "预算", "上年决算数", "上年决算" };
    private static readonly string[] s_directionWords = { "大于", "高于", "超过", "多于", "小于", "低于", "少于" };
    private static readonly string[] s_directionObjects =
        { "年初预算数", "年初预算", "全年预算数", "全年预算", "预算数", "预算", "上年决算数", "上年决算", "上年", "决算数", "决算" };

    private static readonly string[] s_levelSubjects = { "决算数", "决算" };
    private static readonly string[] s_levelObjects = { "年初预算数", "年初预算", "全年预算数", "全年预算", "预算数", "预算", "上年决算数", "上年决算", "上年" };
    private static readonly string[] s_levelWords = { "基本持平", "持平", "相同", "一致", "无差异", "无增减", "无变化", "没有变化" };

    // Where a phrase can start: the first characters of the subjects (决算, 预算, 上年决算).
    private static readonly char[] s_directionStarts = { '决', '预', '上' };

    private ComparisonPhrase(int index, int length, string subject, string word, string @object)
    {
        Index = index;
        Length = length;
        Subject = subject;
        Word = word;
        Object = @object;
    }

    /// <summary>Where the phrase starts in its sentence.</summary>
    public int Index { get; }

    /// <summary>How many characters the phrase has.</summary>
    public int Length { get; }

    /// <summary>Where the next phrase may start.</summary>
    public int End => Index + Length;

    /// <summary>What is compared: 决算(数), 预算(数) or 上年决算(数) (a level's subject is always 决算).</summary>
    public string Subject { get; }

    /// <summary>The comparison word: 大于 … 少于, or 基本持平, 持平, 相同 … 没有变化.</summary>
    public string Word { get; }

    /// <summary>What it is compared with: 年初预算(数), 全年预算(数), 预算(数), 上年决算(数), 上年 or (a direction's) 决算(数).</summary>
    public string Object { get; }

    /// <summary>The phrase's text in <paramref name="sentence"/> (for a finding's message).</summary>
    public string TextIn(string sentence) => sentence.Substring(Index, Length);

    /// <summary>The first direction phrase at or after <paramref name="start"/>.</summary>
    public static bool FindDirection(string text, int start, out ComparisonPhrase phrase)
    {
        for (var at = text.IndexOfAny(s_directionStarts, start); at >= 0; at = text.IndexOfAny(s_directionStarts, at + 1))
        {
            if (DirectionAt(text, at, out phrase)) return true;
        }
        phrase = default;
        return false;
    }

    /// <summary>The first level phrase at or after <paramref name="start"/>.</summary>
    public static bool FindLevel(string text, int start, out ComparisonPhrase phrase)
    {
        for (var at = text.IndexOf('决', start); at >= 0; at = text.IndexOf('决', at + 1))
        {
            if (LevelAt(text, at, out phrase)) return true;
        }
        phrase = default;
        return false;
    }

    private static bool DirectionAt(string text, int at, out ComparisonPhrase phrase)
    {
        foreach (var subject in s_directionSubjects)
        {
            if (!At(text, at, subject)) continue;
            var i = SkipSpace(text, at + subject.Length);
            foreach (var word in s_directionWords)
            {
                if (!At(text, i, word)) continue;
                var j = SkipSpace(text, i + word.Length);
                foreach (var obj in s_directionObjects)
                {
                    if (!At(text, j, obj)) continue;
                    // Nothing follows the object: the first that fits ends the phrase.
                    phrase = new ComparisonPhrase(at, j + obj.Length - at, subject, word, obj);
                    return true;
                }
            }
        }
        phrase = default;
        return false;
    }

    private static bool LevelAt(string text, int at, out ComparisonPhrase phrase)
    {
        foreach (var subject in s_levelSubjects)
        {
            if (!At(text, at, subject)) continue;
            var i = SkipSpace(text, at + subject.Length);
            if (i >= text.Length || text[i] != '与') continue;
            i = SkipSpace(text, i + 1);
            foreach (var obj in s_levelObjects)
            {
                if (!At(text, i, obj)) continue;
                var j = SkipSpace(text, i + obj.Length);
                // (?:相比\s*)? is greedy: with 相比 first, then without it.
                if (At(text, j, "相比") && LevelWord(text, SkipSpace(text, j + 2), out var word, out var end)
                    || LevelWord(text, j, out word, out end))
                {
                    phrase = new ComparisonPhrase(at, end - at, subject, word, obj);
                    return true;
                }
            }
        }
        phrase = default;
        return false;
    }

    private static bool LevelWord(string text, int at, out string word, out int end)
    {
        foreach (var w in s_levelWords)
        {
            if (!At(text, at, w)) continue;
            word = w;
            end = at + w.Length;
            return true;
        }
        word = string.Empty;
        end = at;
        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool At(string text, int i, string word) => i + word.Length <= text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
}
