using System;
using System.Text;
using System.Text.Json;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    // The reader bounds what it accepts so that no rule, check or score can overflow on an accepted file (decimal holds
    // 28–29 digits): money and counts below 10^15 (a trillion 万元 is a thousand times any national budget), percentages
    // below 10^6 % (products of an amount and a share stay below 10^25 even after 万元 → 元), 分值 0–100, and at most
    // Amount.MaxStatedDecimals (6) decimals everywhere. seeds/schema/README.md ("Limits") says the same.
    private const int MaxAmountDigits = 15;
    private const int MaxPercentDigits = 6;
    private const decimal MaxWeight = 100m;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What a printed number may be, beyond the grammar of digits.</summary>
    private enum NumberLimit
    {
        /// <summary>Money or a count: signed, |v| &lt; 10^15.</summary>
        Amount,

        /// <summary>A percentage: signed, |v| &lt; 10^6.</summary>
        Percent,

        /// <summary>A 项目资金 amount or a score: not negative, &lt; 10^15.</summary>
        NonNegativeAmount,

        /// <summary>An 执行率: not negative, &lt; 10^6.</summary>
        NonNegativePercent,

        /// <summary>A 分值 (weight): 0 to 100.</summary>
        Weight,
    }

    /// <summary>A raw byte that is not UTF-8 is refused before JSON parsing, where it would read and fail later.</summary>
    private static void RequireUtf8(byte[] utf8, string file)
    {
        try
        {
            s_strictUtf8.GetCharCount(utf8);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Max(0, Math.Min(ex.Index, utf8.Length - 1));
            var line = 1;
            for (var i = 0; i < at; i++)
            {
                if (utf8[i] == (byte)'\n') line++;
            }
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : utf8[at];
            throw new ReportFormatException(file, JsonLineMap.PathAt(utf8, at), line,
                "not valid UTF-8: byte 0x" + bad.ToString("X2") + " at offset " + at + "; expected a file saved as UTF-8", ex);
        }
    }

    private sealed partial class Reader
    {
        /// <summary>
        /// Every property name and string decodes: JSON allows an escaped lone surrogate ("\ud800") that .NET strings cannot
        /// hold, and JsonElement throws InvalidOperationException only when the text is read.
        /// </summary>
        public void RequireText(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = p.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            Fail(path, "a property name has an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800); expected text");
                            throw;
                        }
                        RequireText(p.Value, path + "." + name);
                    }
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray()) RequireText(item, path + "[" + i++ + "]");
                    break;
                case JsonValueKind.String:
                    try
                    {
                        e.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        Fail(path, "the text has an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800); expected text");
                    }
                    break;
            }
        }

        /// <summary>Refuses a printed number the rules could not reason with exactly (see the limits above).</summary>
        private void RequireWithinLimits(string text, string path, NumberLimit limit)
        {
            var negative = text.StartsWith("-", StringComparison.Ordinal);
            var point = text.IndexOf('.');
            var decimals = point < 0 ? 0 : text.Length - point - 1;
            var integerDigits = 0;
            for (var i = 0; i < (point < 0 ? text.Length : point); i++)
            {
                if (text[i] >= '0' && text[i] <= '9') integerDigits++;
            }
            if (decimals > Money.Amount.MaxStatedDecimals)
            {
                Fail(path, "'" + text + "' has " + decimals + " decimals; a printed figure has at most " + Money.Amount.MaxStatedDecimals);
            }
            var percent = limit == NumberLimit.Percent || limit == NumberLimit.NonNegativePercent;
            var maxDigits = percent ? MaxPercentDigits : MaxAmountDigits;
            if (integerDigits > maxDigits)
            {
                Fail(path, "'" + text + "' is too large: " + (percent ? "a percentage" : "a figure") + " has at most " + maxDigits + " digits before the point");
            }
            if (negative && limit != NumberLimit.Amount && limit != NumberLimit.Percent)
            {
                Fail(path, "'" + text + "' has a sign; expected a number of 0 or more (a 项目资金 amount, 执行率, 分值 or 得分 is never negative)");
            }
            if (limit == NumberLimit.Weight && Money.Amount.Parse(text, Money.CurrencyUnit.WanYuan).Value > MaxWeight)
            {
                Fail(path, "'" + text + "' is not a 分值: expected 0 to 100");
            }
        }

        /// <summary>A number in a 年度指标值 or 实际完成值 within the figures' limits.</summary>
        private void RequireWithinLimits(IndicatorValue value, string path)
        {
            if (!value.IsNumber) return;
            if (value.Decimals > Money.Amount.MaxStatedDecimals) Fail(path, "'" + value.Text + "' has " + value.Decimals + " decimals; a printed figure has at most " + Money.Amount.MaxStatedDecimals);
            if (Math.Abs(value.Number) >= 1_000_000_000_000_000m) Fail(path, "'" + value.Text + "' is too large: a figure has at most " + MaxAmountDigits + " digits before the point");
        }
    }
}
