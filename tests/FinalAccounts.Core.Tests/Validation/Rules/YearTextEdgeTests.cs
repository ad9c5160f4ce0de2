using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// The edges of <see cref="YearText.FindYearEnd"/> that YearTextProperties' generated sentences never reach: a year-end date
/// at the very start of its text, one ending the text, and white space after its 日 (not part of the date).
/// </summary>
public sealed class YearTextEdgeTests
{
    [Fact]
    public void A_date_that_is_the_whole_text_is_found()
    {
        // 截 at index 0, 日 the last character: 截至 (2) + 2024 (4) + 年 + 12 (2) + 月 + 31 (2) + 日 = 13 characters.
        Assert.True(YearText.FindYearEnd("截至2024年12月31日", 0, out var date));
        Assert.Equal((0, 13, 2024), (date.Index, date.Length, date.Year));
    }

    [Fact]
    public void The_white_space_after_the_date_is_not_part_of_it()
    {
        // The date still ends at 日 (13 characters from 截, found at 2 after "本年"); the space after it starts the rest.
        const string text = "本年截至2023年 12 月 31 日 ，本单位共有车辆8辆。";
        Assert.True(YearText.FindYearEnd(text, 0, out var date));
        Assert.Equal((2, 2023), (date.Index, date.Year));
        Assert.Equal("截至2023年 12 月 31 日", date.TextIn(text));
    }
}
