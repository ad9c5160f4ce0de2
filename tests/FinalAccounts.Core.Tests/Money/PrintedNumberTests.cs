using System;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// <summary>The one grammar of a printed number; expected values worked by hand.</summary>
public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("2,940.05", 2940.05, 2, true)]
    [InlineData("123,456", 123456, 0, true)]
    [InlineData("6.20", 6.20, 2, true)]
    [InlineData("-3.1", -3.1, 1, true)]
    [InlineData("0", 0, 0, true)]
    [InlineData("+3.1", 3.1, 1, false)]      // a sign the file does not write
    [InlineData("\u22123.1", -3.1, 1, false)] // U+2212 minus, as typeset
    [InlineData("007", 7, 0, false)]          // leading zeros
    [InlineData(" 12 ", 12, 0, false)]        // spaces around
    public void Reads_a_printed_number_with_its_decimals(string text, double value, int decimals, bool fileForm)
    {
        var n = PrintedNumber.Parse(text);
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(decimals, n.Decimals);
        Assert.Equal(fileForm, n.IsFileForm);
        Assert.Equal(text, n.ToString());
    }

    [Theory]
    [InlineData("1,23,456")] // commas only in whole groups of three
    [InlineData("1,2345")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("12%")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-")]
    public void Refuses_what_is_not_a_printed_number(string text)
    {
        Assert.False(PrintedNumber.TryParse(text, out _));
        Assert.Contains("'" + text + "'", Assert.Throws<FormatException>(() => PrintedNumber.Parse(text)).Message);
    }
}
