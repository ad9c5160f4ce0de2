using System.Text.RegularExpressions;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// FA1170's hand scanner (<see cref="ReasonWords"/>) against the regular expressions it replaced, kept here as the
/// independent oracle, over sentences built from the reason words, their pieces, near misses (主要是用于, 受 far from 影响 or
/// across a 。) and white space.
/// </summary>
public sealed class ReasonWordsProperties
{
    private static readonly Regex s_reason = new("原因|由于|因为|主要是(?!用于)|源于|受[^。]{1,20}影响", RegexOptions.CultureInvariant);

    private static readonly Regex s_partsFollow = new("(?:其中|包括|如下|具体情况如下)[：:]?\\s*$", RegexOptions.CultureInvariant);

    private static readonly string[] s_pieces =
    {
        "原因", "原", "因", "由于", "由", "于", "因为", "为", "主要是", "主要", "是", "用于", "主要是用于", "用", "源于", "源", "受", "影响", "影", "响",
        "。", "，", "其中", "包括", "如下", "具体情况如下", "中", "括", "下", "：", ":", " ", "\n", "\u3000", "\t",
        "市场价格", "1,234.56万元", "较上年增加", "疫情等因素", "x",
    };

    private static readonly Arbitrary<string> s_sentences =
        Gen.Elements(s_pieces).ArrayOf().Where(a => a.Length <= 16).Select(a => string.Concat(a)).ToArbitrary();

    /// Law: the scanner sees a reason word exactly where the reason regex matches.
    [Property(MaxTest = 5000)]
    public Property A_reason_is_found_exactly_where_the_reason_regex_matches()
        => Prop.ForAll(s_sentences, t => ReasonWords.AnyIn(t) == s_reason.IsMatch(t));

    /// Law: the scanner sees parts following exactly where the parts regex matches.
    [Property(MaxTest = 5000)]
    public Property Parts_follow_exactly_where_the_parts_regex_matches()
        => Prop.ForAll(s_sentences, t => ReasonWords.PartsFollow(t) == s_partsFollow.IsMatch(t));

    // Worked by hand: 受 and 影响 with 1 and 20 characters between, then 21; a 。 between; 主要是 before 用于 and elsewhere.
    [Theory]
    [InlineData("主要原因是人员减少", true)]
    [InlineData("由于项目完工", true)]
    [InlineData("主要是人员增加", true)]
    [InlineData("主要是用于人员经费", false)]
    [InlineData("资金主要用于办公", false)]
    [InlineData("受x影响", true)]
    [InlineData("受一二三四五六七八九十一二三四五六七八九十影响", true)]
    [InlineData("受一二三四五六七八九十一二三四五六七八九十一影响", false)]
    [InlineData("受疫情。影响", false)]
    [InlineData("受影响", false)]
    [InlineData("较上年增加12.5万元。", false)]
    public void Finds_a_reason_word(string text, bool reason) => Assert.Equal(reason, ReasonWords.AnyIn(text));

    [Theory]
    [InlineData("各减少1457.56万元，下降33.17%。其中：", true)]
    [InlineData("主要包括: \n", true)]
    [InlineData("具体情况如下", true)]
    [InlineData("其中 ：", false)]
    [InlineData("其中：人员经费", false)]
    [InlineData("：", false)]
    [InlineData("", false)]
    public void Sees_parts_follow(string text, bool follow) => Assert.Equal(follow, ReasonWords.PartsFollow(text));
}
