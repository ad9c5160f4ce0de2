using System;

namespace FinalAccounts.Money;

/// <summary>Decimal helpers that netstandard2.0 lacks, shared by the money types.</summary>
internal static class DecimalMath
{
    /// <summary>The most decimal places a <see cref="decimal"/> can carry.</summary>
    public const int MaxScale = 28;

    /// <summary>10^−<paramref name="decimals"/>: one unit in the last stated place.</summary>
    public static decimal Ulp(int decimals) => new decimal(1, 0, 0, false, (byte)decimals);

    /// <summary>Half a unit in the last stated place.</summary>
    public static decimal HalfUlp(int decimals) =>
        decimals < MaxScale ? new decimal(5, 0, 0, false, (byte)(decimals + 1)) : 0m;

    /// <summary>The number of decimal places stored in <paramref name="value"/> (trailing zeros included).</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary><paramref name="value"/> cut toward zero after <paramref name="decimals"/> places.</summary>
    public static decimal Truncate(decimal value, int decimals)
    {
        // decimal.Round has no ToZero mode on netstandard2.0: round, then step back when the rounding went outward.
        decimal rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) <= Math.Abs(value)) return rounded;
        decimal ulp = Ulp(decimals);
        return rounded > 0 ? rounded - ulp : rounded + ulp;
    }

    /// <summary>
    /// True when some preparer's rounding of <paramref name="exact"/> prints <paramref name="stated"/> at
    /// <paramref name="decimals"/> places: half away from zero (四舍五入), half to even, or either applied twice via one more place.
    /// </summary>
    public static bool RoundsTo(decimal exact, int decimals, decimal stated)
    {
        if (decimal.Round(exact, decimals, MidpointRounding.AwayFromZero) == stated) return true;
        if (decimal.Round(exact, decimals, MidpointRounding.ToEven) == stated) return true;
        if (decimals >= MaxScale) return false;
        // Tables print 88.57%, narratives repeat it as 88.6%: rounding the already rounded figure is common practice.
        decimal once = decimal.Round(exact, decimals + 1, MidpointRounding.AwayFromZero);
        if (decimal.Round(once, decimals, MidpointRounding.AwayFromZero) == stated) return true;
        decimal onceEven = decimal.Round(exact, decimals + 1, MidpointRounding.ToEven);
        return decimal.Round(onceEven, decimals, MidpointRounding.ToEven) == stated;
    }

    /// <summary>True when <paramref name="value"/> has no nonzero digit after <paramref name="decimals"/> places.</summary>
    public static bool FitsDecimals(decimal value, int decimals) => decimal.Round(value, decimals) == value;
}
