using System;
using System.Globalization;

namespace FinalAccounts.Money;

/// <summary>A closed interval [<see cref="Min"/>, <see cref="Max"/>] of decimals: the values a printed figure may stand for.</summary>
public readonly struct Interval : IEquatable<Interval>
{
    /// <summary>Creates [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public Interval(decimal min, decimal max)
    {
        if (min > max) throw new ArgumentException($"The interval [{min}, {max}] has its lower bound above its upper bound.", nameof(min));
        Min = min;
        Max = max;
    }

    /// <summary>The lower bound (included).</summary>
    public decimal Min { get; }

    /// <summary>The upper bound (included).</summary>
    public decimal Max { get; }

    /// <summary>Max − Min.</summary>
    public decimal Width => Max - Min;

    /// <summary>The centre of the interval.</summary>
    public decimal Midpoint => Min / 2 + Max / 2;

    /// <summary>
    /// The values a stated amount may stand for when rounded to nearest (XBRL Calculations 1.1): value ± ½·10^−decimals;
    /// a single point for an exact amount.
    /// </summary>
    public static Interval Of(Amount amount) => amount.IsExact
        ? new Interval(amount.Value, amount.Value)
        : Around(amount.Value, amount.Decimals);

    /// <summary>The values a stated percentage may stand for when rounded to nearest: value ± ½·10^−decimals.</summary>
    public static Interval Of(Percentage percentage) => Around(percentage.Value, percentage.Decimals);

    /// <summary>
    /// The values a stated amount may stand for when its digits were cut rather than rounded (Calculations 1.1 truncation):
    /// [v, v + 10^−d] for v ≥ 0 and [v − 10^−d, v] for v &lt; 0; a single point for an exact amount.
    /// </summary>
    public static Interval Truncation(Amount amount) => amount.IsExact
        ? new Interval(amount.Value, amount.Value)
        : Truncated(amount.Value, amount.Decimals);

    /// <summary>The values a stated percentage may stand for when its digits were cut: as <see cref="Truncation(Amount)"/>.</summary>
    public static Interval Truncation(Percentage percentage) => Truncated(percentage.Value, percentage.Decimals);

    /// <summary>True when <paramref name="value"/> lies in the interval, bounds included.</summary>
    public bool Contains(decimal value) => Min <= value && value <= Max;

    /// <summary>True when the two intervals share at least one point, bounds included.</summary>
    public bool Intersects(Interval other) => Min <= other.Max && other.Min <= Max;

    /// <summary>The quotient interval, or false when <paramref name="divisor"/> contains 0.</summary>
    /// <remarks>Bounds are widened outward by a few units in the 26th significant digit, so decimal rounding never
    /// excludes the true quotient.</remarks>
    public bool TryDivide(Interval divisor, out Interval quotient)
    {
        if (divisor.Contains(0m))
        {
            quotient = default;
            return false;
        }

        decimal a = Min / divisor.Min, b = Min / divisor.Max, c = Max / divisor.Min, d = Max / divisor.Max;
        decimal lo = Math.Min(Math.Min(a, b), Math.Min(c, d));
        decimal hi = Math.Max(Math.Max(a, b), Math.Max(c, d));
        quotient = new Interval(lo - Slack(lo), hi + Slack(hi));
        return true;
    }

    /// <summary>The endpoint-wise sum.</summary>
    public static Interval operator +(Interval left, Interval right) => new(left.Min + right.Min, left.Max + right.Max);

    /// <summary>The values left − right can take.</summary>
    public static Interval operator -(Interval left, Interval right) => new(left.Min - right.Max, left.Max - right.Min);

    /// <summary>The interval negated.</summary>
    public static Interval operator -(Interval value) => new(-value.Max, -value.Min);

    /// <summary>The interval scaled; a negative factor swaps the bounds.</summary>
    public static Interval operator *(Interval interval, decimal factor) => factor >= 0
        ? new Interval(interval.Min * factor, interval.Max * factor)
        : new Interval(interval.Max * factor, interval.Min * factor);

    /// <summary>The interval scaled; a negative factor swaps the bounds.</summary>
    public static Interval operator *(decimal factor, Interval interval) => interval * factor;

    /// <summary>Equal when both bounds are equal.</summary>
    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    /// <summary>Not equal when either bound differs.</summary>
    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Interval other) => Min == other.Min && Max == other.Max;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Min.GetHashCode() * 397) ^ Max.GetHashCode());

    /// <summary>The interval as "[min, max]", invariant culture.</summary>
    public override string ToString() =>
        "[" + Min.ToString(CultureInfo.InvariantCulture) + ", " + Max.ToString(CultureInfo.InvariantCulture) + "]";

    internal static Interval Around(decimal value, int decimals)
    {
        decimal half = DecimalMath.HalfUlp(decimals);
        return new Interval(value - half, value + half);
    }

    internal static Interval Truncated(decimal value, int decimals)
    {
        decimal ulp = DecimalMath.Ulp(decimals);
        return value >= 0 ? new Interval(value, value + ulp) : new Interval(value - ulp, value);
    }

    private static decimal Slack(decimal value) => Math.Abs(value) * 0.00000000000000000000000001m + 0.0000000000000000000000000001m;
}
