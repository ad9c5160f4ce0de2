using System;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>What a printed number may be, beyond the grammar of digits.</summary>
internal enum NumberLimit
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

/// <summary>
/// The bounds a report's printed numbers stay within, so that no rule, check or score can overflow on an accepted report
/// (decimal holds 28–29 digits): money and counts below 10^15 (a trillion 万元 is a thousand times any national budget),
/// percentages below 10^6 % (products of an amount and a share stay below 10^25 even after 万元 → 元), 分值 0–100, and at
/// most <see cref="Amount.MaxStatedDecimals"/> (6) decimals everywhere. seeds/schema/README.md ("Limits") says the same.
/// </summary>
internal static class FigureLimits
{
    public const int MaxAmountDigits = 15;
    public const int MaxPercentDigits = 6;
    private const decimal MaxWeight = 100m;

    /// <summary>What is wrong with <paramref name="text"/> (a number in the format's grammar) under <paramref name="limit"/>, or null.</summary>
    public static string? Problem(string text, NumberLimit limit)
    {
        var negative = text.StartsWith("-", StringComparison.Ordinal);
        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var integerDigits = 0;
        for (var i = 0; i < (point < 0 ? text.Length : point); i++)
        {
            if (text[i] >= '0' && text[i] <= '9') integerDigits++;
        }
        if (decimals > Amount.MaxStatedDecimals)
        {
            return "'" + text + "' has " + decimals + " decimals; a printed figure has at most " + Amount.MaxStatedDecimals;
        }
        var percent = limit == NumberLimit.Percent || limit == NumberLimit.NonNegativePercent;
        var maxDigits = percent ? MaxPercentDigits : MaxAmountDigits;
        if (integerDigits > maxDigits)
        {
            return "'" + text + "' is too large: " + (percent ? "a percentage" : "a figure") + " has at most " + maxDigits + " digits before the point";
        }
        if (negative && limit != NumberLimit.Amount && limit != NumberLimit.Percent)
        {
            return "'" + text + "' has a sign; expected a number of 0 or more (a 项目资金 amount, 执行率, 分值 or 得分 is never negative)";
        }
        if (limit == NumberLimit.Weight && NumberText.TryParse(text, out var points, out _) && points > MaxWeight)
        {
            return "'" + text + "' is not a 分值: expected 0 to 100";
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="text"/> (a number in the format's grammar) has more digits before the point than
    /// <paramref name="limit"/> allows (commas and sign aside): the one limit an honest printing can break, which an
    /// importer leaves out with a note instead of refusing the whole report.
    /// </summary>
    public static bool IsTooLarge(string text, NumberLimit limit)
    {
        var integerDigits = 0;
        foreach (var c in text)
        {
            if (c == '.') break;
            if (c >= '0' && c <= '9') integerDigits++;
        }
        return integerDigits > (limit == NumberLimit.Percent || limit == NumberLimit.NonNegativePercent ? MaxPercentDigits : MaxAmountDigits);
    }

    /// <summary>What is wrong with a number in a 年度指标值 or 实际完成值, or null.</summary>
    public static string? Problem(IndicatorValue value)
    {
        if (!value.IsNumber) return null;
        if (value.Decimals > Amount.MaxStatedDecimals) return "'" + value.Text + "' has " + value.Decimals + " decimals; a printed figure has at most " + Amount.MaxStatedDecimals;
        if (Math.Abs(value.Number) >= 1_000_000_000_000_000m) return "'" + value.Text + "' is too large: a figure has at most " + MaxAmountDigits + " digits before the point";
        return null;
    }
}
