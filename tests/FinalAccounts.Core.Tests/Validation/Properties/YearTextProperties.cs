using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// FA1121's hand scanner (<see cref="YearText"/>) against the regular expressions it replaced, kept here as the independent
/// oracle, over texts built from years, near years (digits before, 18xx, 21xx, three digits), year-end dates and their
/// pieces, and white space.
/// </summary>
public sealed class YearTextProperties
{
    private static readonly Regex s_year = new(@"(?<![0-9])((?:19|20)[0-9]{2})\s*年", RegexOptions.CultureInvariant);

    private static readonly Regex s_yearEnd = new(@"截[至止](?:到)?\s*((?:19|20)[0-9]{2})\s*年\s*12\s*月\s*31\s*日", RegexOptions.CultureInvariant);

    private static readonly string[] s_pieces =
    {
        "2024", "2023", "1999", "1899", "2124", "202", "20", "19", "0", "7", "年", "年度", "12", "月", "31", "日", "30",
        "截至", "截止", "截至到", "截", "至", "到", " ", "\u3000", "\t", "，", "。", "部门决算", "XX",
    };

    private static readonly Arbitrary<string> s_texts =
        Gen.Elements(s_pieces).ArrayOf().Where(a => a.Length <= 16).Select(a => string.Concat(a)).ToArbitrary();

    private static List<(int, int, int)> Scanned(string text, bool dates)
    {
        var found = new List<(int, int, int)>();
        for (var at = 0; dates ? YearText.FindYearEnd(text, at, out var y) : YearText.FindYear(text, at, out y); at = y.End)
        {
            found.Add((y.Index, y.Length, y.Year));
            Assert.Equal(text.Substring(y.Index, y.Length), y.TextIn(text));
        }
        return found;
    }

    private static List<(int, int, int)> Matched(string text, bool dates)
        => (dates ? s_yearEnd : s_year).Matches(text).Cast<Match>()
            .Select(m => (m.Index, m.Length, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// Law: the year scanner finds exactly the year regex's matches (position, length, year), in order.
    [Property(MaxTest = 5000)]
    public Property The_year_scanner_finds_what_the_year_regex_matches()
        => Prop.ForAll(s_texts, t => Scanned(t, dates: false).SequenceEqual(Matched(t, dates: false)));

    /// Law: the year-end scanner finds exactly the year-end regex's matches (position, length, year), in order.
    [Property(MaxTest = 5000)]
    public Property The_year_end_scanner_finds_what_the_year_end_regex_matches()
        => Prop.ForAll(s_texts, t => Scanned(t, dates: true).SequenceEqual(Matched(t, dates: true)));

    // Worked by hand.
    [Fact]
    public void Finds_each_year_of_a_title_but_not_one_after_a_digit()
        => Assert.Equal(new[] { (0, 5, 2023), (9, 6, 1999) }, Scanned("2023年部门决算1999 年，12024年", dates: false));

    [Fact]
    public void Finds_a_year_end_date_with_white_space()
        => Assert.Equal(new[] { (2, 20, 2024) }, Scanned("资产截至到 2024 年 12 月 31 日，共有", dates: true));

    [Theory]
    [InlineData("截至2024年12月30日")]
    [InlineData("截到2024年12月31日")]
    [InlineData("截至2124年12月31日")]
    public void Finds_no_year_end_date(string text) => Assert.Empty(Scanned(text, dates: true));
}
