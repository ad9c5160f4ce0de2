using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// FA1130/FA1131's hand scanner (<see cref="ComparisonPhrase"/>) against the regular expressions it replaced, kept here as
/// the independent oracle: over sentences built from the rules' words, near misses and white space, both find the same
/// phrases in the same order with the same three words.
/// </summary>
public sealed class ComparisonPhraseProperties
{
    private static readonly Regex s_direction = new(
        @"(决算数?|预算数?|上年决算数?)\s*(大于|高于|超过|多于|小于|低于|少于)\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年|决算数?)",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_level = new(
        @"(决算数?)\s*与\s*(年初预算数?|全年预算数?|预算数?|上年决算数?|上年)\s*(?:相比\s*)?(基本持平|持平|相同|一致|无差异|无增减|无变化|没有变化)",
        RegexOptions.CultureInvariant);

    // The rules' words, their pieces and near misses (相比 without a word, 年初 without 预算, 于 after other characters),
    // white space of several kinds and ordinary sentence text.
    private static readonly string[] s_pieces =
    {
        "决算", "决算数", "预算", "预算数", "上年", "上年决算", "上年决算数", "年初预算", "全年预算数", "年初", "全年", "决", "算", "数", "上",
        "大于", "高于", "超过", "多于", "小于", "低于", "少于", "大", "于", "超",
        "与", "相比", "相", "比", "基本持平", "持平", "基本", "相同", "一致", "无差异", "无增减", "无变化", "没有变化", "没有", "变化", "无",
        " ", " ", "\u3000", "\t", "\u00a0", "\n", "，", "。", "1,234.56万元", "主要原因是", "较",
    };

    private static readonly Arbitrary<string> s_sentences =
        Gen.Elements(s_pieces).ArrayOf().Where(a => a.Length <= 14).Select(a => string.Concat(a)).ToArbitrary();

    private static List<(int, int, string, string, string)> Scanned(string text, bool level)
    {
        var found = new List<(int, int, string, string, string)>();
        for (var at = 0; level ? ComparisonPhrase.FindLevel(text, at, out var p) : ComparisonPhrase.FindDirection(text, at, out p); at = p.End)
        {
            found.Add((p.Index, p.Length, p.Subject, p.Word, p.Object));
            Assert.Equal(text.Substring(p.Index, p.Length), p.TextIn(text));
        }
        return found;
    }

    private static List<(int, int, string, string, string)> Matched(string text, bool level)
        => (level ? s_level : s_direction).Matches(text).Cast<Match>()
            .Select(m => (m.Index, m.Length, m.Groups[1].Value, m.Groups[level ? 3 : 2].Value, m.Groups[level ? 2 : 3].Value))
            .ToList();

    /// Law: the direction scanner finds exactly the regex's matches (position, length, subject, word, object), in order.
    [Property(MaxTest = 3000)]
    public Property The_direction_scanner_finds_what_the_direction_regex_matches()
        => Prop.ForAll(s_sentences, t => Scanned(t, level: false).SequenceEqual(Matched(t, level: false)));

    /// Law: the level scanner finds exactly the regex's matches (position, length, subject, word, object), in order.
    [Property(MaxTest = 3000)]
    public Property The_level_scanner_finds_what_the_level_regex_matches()
        => Prop.ForAll(s_sentences, t => Scanned(t, level: true).SequenceEqual(Matched(t, level: true)));

    // Worked by hand: where each phrase starts, its length, and its three words.
    [Theory]
    [InlineData("决算数小于预算数，主要原因是…", 0, 8, "决算数", "小于", "预算数")]
    [InlineData("本年决算 超过　上年决算数。", 2, 11, "决算", "超过", "上年决算数")]
    [InlineData("预算数大于决算数", 0, 8, "预算数", "大于", "决算数")]
    [InlineData("上年决算数高于年初预算", 0, 11, "上年决算数", "高于", "年初预算")]
    [InlineData("决算多于上年，", 0, 6, "决算", "多于", "上年")]
    public void Finds_a_direction_phrase(string text, int index, int length, string subject, string word, string obj)
        => Assert.Equal(new[] { (index, length, subject, word, obj) }, Scanned(text, level: false));

    [Theory]
    [InlineData("决算数与上年决算数相比基本持平。", 0, 15, "决算数", "基本持平", "上年决算数")]
    [InlineData("决算 与 年初预算 相比 持平", 0, 15, "决算", "持平", "年初预算")]
    [InlineData("其中决算数与预算数相同", 2, 9, "决算数", "相同", "预算数")]
    [InlineData("决算数与全年预算没有变化", 0, 12, "决算数", "没有变化", "全年预算")]
    public void Finds_a_level_phrase(string text, int index, int length, string subject, string word, string obj)
        => Assert.Equal(new[] { (index, length, subject, word, obj) }, Scanned(text, level: true));

    [Fact]
    public void Finds_two_phrases_one_after_the_other()
        => Assert.Equal(
            new[] { (0, 8, "决算数", "小于", "预算数"), (9, 7, "预算", "大于", "决算数") },
            Scanned("决算数小于预算数，预算大于决算数", level: false));

    [Theory]
    [InlineData("决算数大于年初")]          // 年初 without 预算 is no base
    [InlineData("用于预算数的支出")]         // 于 after 用
    [InlineData("决算数较上年增加")]         // no comparison word
    public void Finds_no_direction_phrase(string text) => Assert.Empty(Scanned(text, level: false));

    [Theory]
    [InlineData("决算与上年相比较为接近")]    // 相比 without a word of the list
    [InlineData("预算数与决算数持平")]        // a level's subject is 决算
    [InlineData("决算数与年初持平")]          // 年初 without 预算
    public void Finds_no_level_phrase(string text) => Assert.Empty(Scanned(text, level: true));
}
