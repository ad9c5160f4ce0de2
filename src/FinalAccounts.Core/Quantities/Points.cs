using System;
using System.Globalization;
using FinalAccounts.Money;

namespace FinalAccounts.Quantities;

/// <summary>
/// A number of points (分) as a 绩效自评表 prints a 分值 or a 得分: "20", "16.67", "19.5". A score is not money: it has no
/// currency unit, so no check can add it to an <see cref="Amount"/> by mistake; <see cref="RoundingCheck"/> checks a total of
/// points against its parts on its own overload. Printed with decimals, a score stands for every value that rounds to it.
/// </summary>
/// <remarks>
/// Invariants: 0 to <see cref="MaxDecimals"/> decimals, and no nonzero digit beyond them. <see cref="Parse"/> reads the one
/// grammar of a printed number (<see cref="PrintedNumber"/>) and <see cref="ToString"/> prints the value with its decimals,
/// so Parse(p.ToString()) gives p back with its decimals. Equality and ordering compare values only (19.5 equals 19.50).
/// </remarks>
public readonly struct Points : IEquatable<Points>, IComparable<Points>
{
    /// <summary>The most decimals a printed score may have (as for any printed figure).</summary>
    public const int MaxDecimals = Amount.MaxStatedDecimals;

    private Points(decimal value, int decimals)
    {
        Value = value;
        Decimals = decimals;
    }

    /// <summary>How many points.</summary>
    public decimal Value { get; }

    /// <summary>The decimals printed: 2 for "16.67", 0 for "20".</summary>
    public int Decimals { get; }

    /// <summary>A score printed with <paramref name="decimals"/> places, e.g. 16.67 with 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="decimals"/> is outside 0–6, or <paramref name="value"/> has a nonzero digit beyond that many places.
    /// </exception>
    public static Points Stated(decimal value, int decimals)
    {
        if (decimals < 0 || decimals > MaxDecimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A printed score has 0 to {MaxDecimals} decimals.");
        if (!DecimalMath.FitsDecimals(value, decimals))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.");
        return new Points(value, decimals);
    }

    /// <summary>Reads a score as printed ("20", "16.67", "-1"), taking its decimals from the digits after the point; false when it is not one.</summary>
    public static bool TryParse(string? text, out Points points)
    {
        points = default;
        if (!PrintedNumber.TryParse(text, out var number) || number.Decimals > MaxDecimals) return false;
        points = new Points(number.Value, number.Decimals);
        return true;
    }

    /// <summary>Reads a score as printed.</summary>
    /// <exception cref="FormatException">The text is not a number as printed, or has more than 6 decimals; the message quotes it.</exception>
    public static Points Parse(string text)
        => TryParse(text, out var points) ? points
            : throw new FormatException($"'{text}' is not a number of points as printed (digits, optional thousands commas, up to {MaxDecimals} decimals).");

    /// <summary>The score with its printed decimals, invariant digits, no unit: "16.67", "20".</summary>
    public override string ToString() => Value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>True when the values are equal; decimals do not matter.</summary>
    public bool Equals(Points other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Points other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Orders by value.</summary>
    public int CompareTo(Points other) => Value.CompareTo(other.Value);

    /// <summary>Equal values.</summary>
    public static bool operator ==(Points left, Points right) => left.Equals(right);

    /// <summary>Different values.</summary>
    public static bool operator !=(Points left, Points right) => !left.Equals(right);

    /// <summary>Smaller value.</summary>
    public static bool operator <(Points left, Points right) => left.CompareTo(right) < 0;

    /// <summary>Larger value.</summary>
    public static bool operator >(Points left, Points right) => left.CompareTo(right) > 0;

    /// <summary>Smaller or equal value.</summary>
    public static bool operator <=(Points left, Points right) => left.CompareTo(right) <= 0;

    /// <summary>Larger or equal value.</summary>
    public static bool operator >=(Points left, Points right) => left.CompareTo(right) >= 0;
}
