using System;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

/// <summary>
/// The hand-written scanners of the grammar against independent readings of it: the file form against the regular expression
/// the schema documents, the value against decimal.Parse of the digits (commas and '+' dropped, U+2212 as '-').
/// </summary>
public sealed class PrintedNumberScannerTests
{
    private static readonly Regex s_fileForm = new("^-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\\.[0-9]+)?$", RegexOptions.CultureInvariant);

    private static Arbitrary<string> Texts(params char[] alphabet)
        => Gen.Elements(alphabet).ArrayOf().Where(a => a.Length <= 24).Select(a => new string(a)).ToArbitrary();

    /// Law: IsFileForm accepts exactly what the documented regular expression matches (a final line feed included).
    [Property(MaxTest = 5000)]
    public Property The_file_form_is_the_documented_expression()
        => Prop.ForAll(Texts('0', '1', '5', '9', ',', '.', '-', '+', ' ', '\n'), t => NumberText.IsFileForm(t) == s_fileForm.IsMatch(t));

    /// Law: a text TryParse reads has the value and the scale (decimal bits) decimal.Parse gives its plain digits.
    [Property(MaxTest = 5000)]
    public Property The_value_is_decimal_Parse_of_the_digits()
        => Prop.ForAll(Texts('0', '0', '1', '7', '9', ',', '.', '-', '\u2212', '+'), t =>
        {
            if (!PrintedNumber.TryParse(t, out var n)) return true;
            var plain = new string(t.Where(c => c != ',' && c != '+').Select(c => c == '\u2212' ? '-' : c).ToArray());
            var expected = decimal.Parse(plain, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture);
            return decimal.GetBits(n.Value).SequenceEqual(decimal.GetBits(expected)) && n.Decimals == (plain.Contains('.') ? plain.Length - plain.IndexOf('.') - 1 : 0);
        });

    [Theory]
    [InlineData("12\n", true)]       // .NET's $ matches before a final line feed
    [InlineData("12\n\n", false)]
    [InlineData("1,234,567.5", true)]
    [InlineData("1,234567", false)]
    [InlineData("1234,567", false)]
    [InlineData("0,123", false)]
    [InlineData("-0.0", true)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void The_file_form_by_hand(string text, bool fileForm) => Assert.Equal(fileForm, NumberText.IsFileForm(text));

    [Fact]
    public void The_file_form_of_null_is_refused()
        => Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => NumberText.IsFileForm(null!)).ParamName);

    [Theory]
    [InlineData("123456789012345678", "123456789012345678")]          // 18 digits
    [InlineData("1234567890123456.78", "1234567890123456.78")]        // 18 digits, the 18th after the point
    [InlineData("1234567890123456789.5", "1234567890123456789.5")]    // past 18 digits
    [InlineData("9,999,999,999,999,999,999,999,999", "9999999999999999999999999")]
    [InlineData("0.10", "0.10")]
    [InlineData("-0.00", "-0.00")]                                     // a negative zero, sign bit as decimal.Parse keeps it
    [InlineData("\u22121234567890123456789.5", "-1234567890123456789.5")] // U+2212 past 18 digits: read as '-'
    public void Long_numbers_and_zeros_read_as_decimal_Parse_reads_them(string text, string plain)
    {
        var n = PrintedNumber.Parse(text);
        var expected = decimal.Parse(plain, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(n.Value));
    }
}

/// <summary>The grammar as a pattern for running text, and the scanner built on it; expected values worked by hand.</summary>
public sealed class PrintedNumberInTextTests
{
    [Fact]
    public void Finds_each_printed_number_with_where_it_starts()
    {
        var found = PrintedNumber.FindAll("支出2,940.05万元，比上年减少920.8万元，下降23.85%。").Select(f => (f.Number.Text, f.Number.Value, f.Index)).ToList();
        Assert.Equal(new[] { ("2,940.05", 2940.05m, 2), ("920.8", 920.8m, 18), ("23.85", 23.85m, 28) }, found);
    }

    [Theory]
    [InlineData("共12,34人")]        // commas not in threes: no number, not 12 nor 34
    [InlineData("共12345,678人")]    // nor the 678 of a badly grouped run
    [InlineData("无数字")]
    public void A_run_that_is_no_printed_number_gives_none(string text) => Assert.Empty(PrintedNumber.FindAll(text));

    [Fact]
    public void A_sign_is_left_to_the_words_and_a_dash_is_no_minus()
        => Assert.Equal(new[] { "2023", "2024" }, PrintedNumber.FindAll("2023-2024年度").Select(f => f.Number.Text));

    [Fact]
    public void A_number_at_the_end_of_a_sentence_keeps_its_point_out() =>
        Assert.Equal(new[] { "12" }, PrintedNumber.FindAll("共12.").Select(f => f.Number.Text));

    [Fact]
    public void Null_text_is_refused() => Assert.Throws<ArgumentNullException>(() => PrintedNumber.FindAll(null!));

    /// Law: the pattern and the parser are one grammar — over digits, commas and points, a text the pattern matches whole is
    /// exactly a text TryParse reads.
    [Property(MaxTest = 2000)]
    public Property The_pattern_matches_whole_exactly_what_TryParse_reads()
    {
        var whole = new Regex("^" + PrintedNumber.Pattern + "$", RegexOptions.CultureInvariant);
        var texts = Gen.Elements('0', '1', '2', '9', ',', '.').ArrayOf().Where(a => a.Length is > 0 and <= 12).Select(a => new string(a)).ToArbitrary();
        return Prop.ForAll(texts, t => whole.IsMatch(t) == PrintedNumber.TryParse(t, out _)).Label("pattern ⇔ parser");
    }

    /// Law: a number printed in a sentence is found whole, whatever words stand around it.
    [Property]
    public Property A_number_between_words_is_found_whole()
    {
        var cases = Gen.Choose(0, 99_999_999).SelectMany(n => Gen.Choose(0, 3), (n, d) => (n, d))
            .SelectMany(c => Gen.Elements(true, false), (c, grouped) => (c.n, c.d, grouped)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var value = c.n / (decimal)Math.Pow(10, c.d);
            var printed = value.ToString((c.grouped ? "#,0." : "0.") + new string('0', c.d), System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.');
            var found = PrintedNumber.FindAll("支出" + printed + "万元。").ToList();
            return found.Count == 1 && found[0].Number.Text == printed && found[0].Number.Value == value && found[0].Index == 2;
        });
    }
}
