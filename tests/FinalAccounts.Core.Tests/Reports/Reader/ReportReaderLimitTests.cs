using System;
using System.IO;
using System.Linq;
using System.Text;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Reader;

/// <summary>
/// The reader throws nothing but ReportFormatException, and what it accepts no rule or score can overflow on
/// (seeds/schema/README.md, "Limits"). Each case is one edit of the seed file, found by fuzzing (issue 11.9); the line
/// numbers are those of the seed file.
/// </summary>
public sealed class ReportReaderLimitTests
{
    private const string File = "mutated.json";
    private static readonly Lazy<string> s_seed = new(() => System.IO.File.ReadAllText(SeedPath()));

    private static string Seed(string old, string replacement)
    {
        var text = s_seed.Value;
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, old + " is not in the seed");
        return text.Substring(0, at) + replacement + text.Substring(at + old.Length);
    }

    private static ReportFormatException Refused(byte[] utf8, string jsonPath, int line, params string[] words)
    {
        var path = Path.Combine(Path.GetTempPath(), "finacct-limit-" + Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllBytes(path, utf8);
        try
        {
            var ex = Assert.Throws<ReportFormatException>(() => ReportReader.ReadFile(path));
            Assert.Equal(path, ex.File);
            Assert.Equal(jsonPath, ex.JsonPath);
            Assert.Equal(line, ex.Line);
            foreach (var word in words) Assert.Contains(word, ex.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
            return ex;
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static ReportFormatException Refused(string json, string jsonPath, int line, params string[] words) => Refused(Encoding.UTF8.GetBytes(json), jsonPath, line, words);

    private const string Total = "{\"concept\": \"收入总计\", \"basis\": \"决算\", \"value\": \"2936.74\"";

    [Theory]
    [InlineData("2936.7412345678", "decimals")]                      // 10 decimals: Amount.Parse threw FormatException
    [InlineData("12345678901234567890123456789", "too large")]      // 29 digits: FormatException
    [InlineData("79228162514264337593543950335", "too large")]      // decimal.MaxValue: overflowed in RoundingCheck
    [InlineData("1000000000000000", "too large")]                   // 10^15: 16 digits
    public void An_amount_beyond_the_limits_is_refused_at_its_value(string value, string word)
        => Refused(Seed(Total, "{\"concept\": \"收入总计\", \"basis\": \"决算\", \"value\": \"" + value + "\""), "$.statements[0].figures[0].value", 20, word);

    [Fact]
    public void A_percentage_beyond_a_million_percent_is_refused()
        => Refused(Seed("\"value\": \"-23.87\"", "\"value\": \"-1234567.5\""), "$.statements[0].figures[4].value", 24, "percentage");

    [Theory]
    [InlineData("-0", "sign")]          // "-0" read, then FormatException in WeightTemplate
    [InlineData("-5", "sign")]          // a negative weight: ArgumentException (an inverted interval) in ScoreCheck.Within
    [InlineData("1,000", "0 to 100")]   // read, then FormatException in WeightTemplate
    [InlineData("100.5", "0 to 100")]
    [InlineData("10.1234567", "decimals")]
    public void A_weight_outside_0_to_100_is_refused(string weight, string word)
        => Refused(Seed("\"executed\": \"150\", \"weight\": \"10\"", "\"executed\": \"150\", \"weight\": \"" + weight + "\""), "$.evaluations[0].funds.rows[0].weight", 1493, word);

    [Fact]
    public void A_negative_executed_amount_is_refused()
        // ArgumentException from an inverted interval in ReviewerFlags.Costs before.
        => Refused(Seed("\"executed\": \"150\", \"weight\": \"10\"", "\"executed\": \"-150\", \"weight\": \"10\""), "$.evaluations[0].funds.rows[0].executed", 1493, "sign");

    [Fact]
    public void An_indicator_value_beyond_the_limits_is_refused()
        => Refused(Seed("\"target\": \"3\", \"actual\": \"3.00\"", "\"target\": \"3\", \"actual\": \"3.0000001\""), "$.evaluations[0].indicators[0].actual", 1501, "decimals");

    [Fact]
    public void A_raw_byte_that_is_not_UTF8_in_a_string_is_refused_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed("\"sentence\": \"", "\"sentence\": \"\u0001"));
        var at = Array.IndexOf(bytes, (byte)0x01);
        bytes[at] = 0xFF;
        var ex = Refused(bytes, "$.statements[0].sentence", 18, "UTF-8", "0xFF");
        Assert.IsType<DecoderFallbackException>(ex.InnerException);
    }

    [Fact]
    public void A_raw_byte_that_is_not_UTF8_in_a_property_name_is_refused()
    {
        // Read, then InvalidOperationException from JsonLineMap.Build when a line was looked up.
        var bytes = Encoding.UTF8.GetBytes(Seed("\"sentence\": \"", "\"sent\u0001ence\": \""));
        bytes[Array.IndexOf(bytes, (byte)0x01)] = 0xFF;
        Refused(bytes, "$.statements[0].sent\uFFFDence", 18, "UTF-8");
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00")]
    public void A_lone_surrogate_in_a_string_is_refused(string escape)
        => Refused(Seed("\"sentence\": \"", "\"sentence\": \"" + escape), "$.statements[0].sentence", 18, "surrogate");

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_refused()
        => Refused(Seed("\"sentence\": \"", "\"x\\ud800\": 1, \"sentence\": \""), "$.statements[0]", 15, "surrogate");

    [Fact]
    public void A_json_error_quoting_text_across_lines_is_one_line()
    {
        // Found by fuzzing the CLI: a string whose opening quote was lost reads as a literal starting with n, and
        // System.Text.Json quoted it with the rest of the line and the line break after it.
        var json = Seed("\"sentence\": \"", "\"sentence\": nope, \"x\": \"abc\",\n \"y\": \"");
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, File));
        Assert.Equal(18, ex.Line);
        Assert.Contains("not valid JSON", ex.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
        Assert.Contains("⏎", ex.Problem, StringComparison.Ordinal); // the quoted text did hold a line break
    }

    [Fact]
    public void Figures_at_the_limits_go_through_every_rule_and_every_policy()
    {
        // The largest accepted amount, percentage, weight and indicator values at once: nothing may overflow.
        var json = s_seed.Value
            .Replace("\"value\": \"2936.74\"", "\"value\": \"999999999999999.999999\"")
            .Replace("\"value\": \"-23.87\"", "\"value\": \"-999999.999999\"")
            .Replace("\"executed\": \"150\", \"weight\": \"10\"", "\"executed\": \"999999999999999.999999\", \"weight\": \"100\"")
            .Replace("\"target\": \"3\", \"actual\": \"3.00\"", "\"target\": \"0.000001\", \"actual\": \"999999999999999.999999\"")
            .Replace("\"target\": \"22\", \"actual\": \"22.00\"", "\"target\": \"999999999999999\", \"actual\": \"0.000001\"");
        var report = ReportReader.Parse(json, File);
        foreach (var policy in ScoringPolicy.Known.Cast<ScoringPolicy?>().Append(null))
        {
            var result = EvaluationChecker.CheckAll(report, policy);
            Assert.All(result.Findings, f => Assert.False(string.IsNullOrEmpty(f.Message + f.MessageEn)));
        }
        foreach (var e in report.Evaluations)
        {
            EvaluationVerifier.Verify(e);
            foreach (var policy in ScoringPolicy.Known) EvaluationScorer.Score(e, policy);
        }
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", "reports", "wuhai-hrss-2024.json");
            if (System.IO.File.Exists(path)) return path;
        }
        throw new FileNotFoundException("seeds/reports/wuhai-hrss-2024.json not found above " + AppContext.BaseDirectory);
    }
}
