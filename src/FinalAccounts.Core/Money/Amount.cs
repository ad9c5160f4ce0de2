using System;
using System.Globalization;

namespace FinalAccounts.Money;

/// <summary>
/// A money figure as a report states it (金额): a value, its unit (元 / 万元), and the decimals it was printed with, which
/// decide the <see cref="Interval"/> of true values it may stand for.
/// </summary>
/// <remarks>
/// Equality and ordering compare values only (2.8 equals 2.80; 1 万元 equals 10000 元). The default value is 0 元 stated with
/// 0 decimals.
/// </remarks>
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable, IFormattable
{
    /// <summary>The most decimals a stated figure may have.</summary>
    public const int MaxStatedDecimals = 6;

    private const decimal WanYuanInYuan = 10000m;

    private Amount(decimal value, CurrencyUnit unit, int decimals, bool isExact)
    {
        Value = value;
        Unit = unit;
        Decimals = decimals;
        IsExact = isExact;
    }

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit the value is in.</summary>
    public CurrencyUnit Unit { get; }

    /// <summary>
    /// The decimal places the figure is printed with: 0–6 for a stated figure; after conversion to 万元 or arithmetic it may be
    /// up to 28. For an exact amount, the decimals its value carries.
    /// </summary>
    public int Decimals { get; }

    /// <summary>True for a figure that is not rounded (a count, a computed value): its interval is a single point.</summary>
    public bool IsExact { get; }

    /// <summary>The true values the figure may stand for: see <see cref="Money.Interval.Of(Amount)"/>.</summary>
    public Interval Interval => Interval.Of(this);

    /// <summary>A figure printed with <paramref name="decimals"/> places, e.g. 2936.74 万元 with 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="decimals"/> is outside 0–6, <paramref name="unit"/> is undefined, or <paramref name="value"/> has a
    /// nonzero digit beyond <paramref name="decimals"/> places (12.345 is not a figure stated with 2 decimals).
    /// </exception>
    public static Amount Stated(decimal value, CurrencyUnit unit, int decimals)
    {
        CheckUnit(unit);
        if (decimals < 0 || decimals > MaxStatedDecimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A stated figure has 0 to {MaxStatedDecimals} decimals.");
        if (!DecimalMath.FitsDecimals(value, decimals))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.");
        return new Amount(value, unit, decimals, isExact: false);
    }

    /// <summary>
    /// This stated figure read at <paramref name="decimals"/> places, unchecked: for a caller that made the same figure
    /// through <see cref="Stated"/> before (a <c>StatedFigure</c> keeps the places it is read at, not a second amount).
    /// </summary>
    internal Amount AtStatedDecimals(int decimals) => new(Value, Unit, decimals, isExact: false);

    /// <summary>A figure that is not rounded: <see cref="IsExact"/> is true and <see cref="Decimals"/> is the scale of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is undefined.</exception>
    public static Amount Exact(decimal value, CurrencyUnit unit)
    {
        CheckUnit(unit);
        return new Amount(value, unit, DecimalMath.Scale(value), isExact: true);
    }

    /// <summary>
    /// Reads a figure as printed ("2936.74", "0.7", "150", "1,234.50", "-920.80"), taking its decimals from the digits after
    /// the point.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number as reports print it, or has more than 6 decimals.</exception>
    public static Amount Parse(string text, CurrencyUnit unit)
    {
        if (text == null) throw new ArgumentNullException(nameof(text));
        CheckUnit(unit);
        if (!NumberText.TryParse(text, out decimal value, out int decimals) || decimals > MaxStatedDecimals)
            throw new FormatException($"\"{text}\" is not an amount as reports print it (digits, optional thousands commas, up to {MaxStatedDecimals} decimals).");
        return new Amount(value, unit, decimals, isExact: false);
    }

    /// <summary>
    /// The same figure in <paramref name="unit"/>, exactly (1 万元 = 10000 元). Decimals shift by 4: up when going to 万元, down
    /// (not below 0) when going to 元, so a 万元 figure with fewer than 4 decimals gets a narrower interval in 元 than it had;
    /// compare figures of mixed units in 万元, which loses nothing.
    /// </summary>
    public Amount ConvertTo(CurrencyUnit unit)
    {
        CheckUnit(unit);
        if (unit == Unit) return this;
        return unit == CurrencyUnit.Yuan
            ? new Amount(Value * WanYuanInYuan, unit, Math.Max(0, Decimals - 4), IsExact)
            : new Amount(Value / WanYuanInYuan, unit, Math.Min(DecimalMath.MaxScale, Decimals + 4), IsExact);
    }

    /// <summary>The unrounded sum; decimals are the larger of the two, exact only when both are.</summary>
    /// <exception cref="ArgumentException">The units differ (convert first).</exception>
    public static Amount operator +(Amount left, Amount right)
    {
        CheckSameUnit(left, right);
        return new Amount(left.Value + right.Value, left.Unit, Math.Max(left.Decimals, right.Decimals), left.IsExact && right.IsExact);
    }

    /// <summary>The unrounded difference; decimals are the larger of the two, exact only when both are.</summary>
    /// <exception cref="ArgumentException">The units differ (convert first).</exception>
    public static Amount operator -(Amount left, Amount right)
    {
        CheckSameUnit(left, right);
        return new Amount(left.Value - right.Value, left.Unit, Math.Max(left.Decimals, right.Decimals), left.IsExact && right.IsExact);
    }

    /// <summary>The figure with its sign reversed, e.g. a stated 减少 920.80 as −920.80.</summary>
    public static Amount operator -(Amount value) => new(-value.Value, value.Unit, value.Decimals, value.IsExact);

    /// <summary>The unrounded product; decimals grow when the factor has more places.</summary>
    /// <remarks>The result's <see cref="Interval"/> is that of a figure stated as the product, not the spread of true
    /// values: propagate uncertainty with <see cref="Money.Interval"/> arithmetic.</remarks>
    public static Amount operator *(Amount amount, decimal factor)
    {
        decimal product = amount.Value * factor;
        int decimals = Math.Max(amount.IsExact ? 0 : amount.Decimals, DecimalMath.Scale(product));
        return new Amount(product, amount.Unit, decimals, amount.IsExact);
    }

    /// <summary>The unrounded product; decimals grow when the factor has more places.</summary>
    public static Amount operator *(decimal factor, Amount amount) => amount * factor;

    /// <summary>Equal values, after conversion when the units differ.</summary>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Different values, after conversion when the units differ.</summary>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Smaller value, after conversion when the units differ.</summary>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Larger value, after conversion when the units differ.</summary>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Smaller or equal value, after conversion when the units differ.</summary>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Larger or equal value, after conversion when the units differ.</summary>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>True when the values are equal, after conversion when the units differ; decimals do not matter.</summary>
    public bool Equals(Amount other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Unit == CurrencyUnit.WanYuan ? Value : Value / WanYuanInYuan).GetHashCode();

    /// <summary>Orders by value, after conversion when the units differ.</summary>
    public int CompareTo(Amount other)
    {
        if (Unit == other.Unit) return Value.CompareTo(other.Value);
        return Unit == CurrencyUnit.WanYuan ? CompareWanToYuan(Value, other.Value) : -CompareWanToYuan(other.Value, Value);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException("Not an Amount.", nameof(obj)),
    };

    /// <summary>The figure as reports print it: its stated decimals, invariant culture, no thousands separators ("2936.74").</summary>
    public override string ToString() => Value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>As <see cref="ToString()"/> for null, "" or "G"; with the unit appended for "U" ("2936.74万元").</summary>
    /// <exception cref="FormatException">Any other format.</exception>
    public string ToString(string? format) => format switch
    {
        null or "" or "G" => ToString(),
        "U" => ToString() + CurrencyUnitSymbol.Format(Unit),
        _ => throw new FormatException($"Unknown Amount format \"{format}\": use \"G\" or \"U\"."),
    };

    /// <summary>As <see cref="ToString(string)"/>; reports print invariant digits, so the provider is ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(format);

    private static int CompareWanToYuan(decimal wan, decimal yuan)
    {
        try
        {
            return (wan * WanYuanInYuan).CompareTo(yuan);
        }
        catch (OverflowException)
        {
            // Beyond decimal range in 元, so beyond every 元 value.
            return wan > 0 ? 1 : -1;
        }
    }

    private static void CheckUnit(CurrencyUnit unit)
    {
        if (unit != CurrencyUnit.Yuan && unit != CurrencyUnit.WanYuan)
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown currency unit.");
    }

    private static void CheckSameUnit(Amount left, Amount right)
    {
        if (left.Unit != right.Unit)
            throw new ArgumentException($"Cannot combine {left.ToString("U")} and {right.ToString("U")}: convert to one unit first.", nameof(right));
    }
}
