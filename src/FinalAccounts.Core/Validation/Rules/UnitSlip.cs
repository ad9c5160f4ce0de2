using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A money figure that equals another × 10⁴ or ÷ 10⁴ within rounding: 元 written where 万元 is meant (or the reverse).
/// </summary>
internal static class UnitSlip
{
    private const decimal Factor = 10000m;

    /// <summary>
    /// True when <paramref name="stated"/>, read 10⁴ times smaller or larger, meets <paramref name="other"/> (in 万元) while
    /// as printed it does not.
    /// </summary>
    public static bool Explains(StatedFigure stated, StatedFigure other)
    {
        if (!stated.IsMoney || !other.IsMoney) return false;
        // A slip shows in the digits: both figures need 3 significant digits (0.3 "is" 2961.68 ÷ 10⁴ only by coarseness),
        // and neither may be 0 (5.00 ÷ 10⁴ fits in any printed 0.00).
        if (SignificantDigits(stated.Value) < 3 || SignificantDigits(other.Value) < 3) return false;
        var expected = Of(other);
        var s = RuleContext.AmountOf(stated).ConvertTo(CurrencyUnit.WanYuan);
        if (expected.Contains(0m) || s.Interval.Contains(0m) || s.Interval.Intersects(expected)) return false;
        if ((s.Interval * (1m / Factor)).Intersects(expected)) return true;
        try
        {
            return (s.Interval * Factor).Intersects(expected);
        }
        catch (System.OverflowException)
        {
            return false; // beyond decimal range × 10⁴: no stated figure is that large
        }
    }

    private static int SignificantDigits(string printed)
    {
        int count = 0;
        bool leading = true;
        foreach (char c in printed)
        {
            if (c < '0' || c > '9') continue;
            if (leading && c == '0') continue;
            leading = false;
            count++;
        }
        return count;
    }

    /// <summary>The 万元 interval of a figure.</summary>
    public static Interval Of(StatedFigure figure) => RuleContext.AmountOf(figure).ConvertTo(CurrencyUnit.WanYuan).Interval;
}
