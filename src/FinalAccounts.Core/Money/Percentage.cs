using System;
using System.Globalization;

namespace FinalAccounts.Money;

/// <summary>
/// A percentage as a report states it (完成率, 占比, 增减%): the value in percent units (76.27 for 76.27%) and the decimals it
/// was printed with. Equality compares values only (88.6 equals 88.60).
/// </summary>
public readonly struct Percentage : IEquatable<Percentage>
{
    private Percentage(decimal value, int decimals)
    {
        Value = value;
        Decimals = decimals;
    }

    /// <summary>The value in percent units: 76.27 for 76.27%.</summary>
    public decimal Value { get; }

    /// <summary>The decimal places it is printed with, 0–6.</summary>
    public int Decimals { get; }

    /// <summary>The true percentages it may stand for: value ± ½·10^−decimals.</summary>
    public Interval Interval => Interval.Of(this);

    /// <summary>A percentage printed with <paramref name="decimals"/> places, e.g. 76.27 with 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="decimals"/> is outside 0–6, or <paramref name="value"/> has a nonzero digit beyond it.
    /// </exception>
    public static Percentage Stated(decimal value, int decimals)
    {
        if (decimals < 0 || decimals > Amount.MaxStatedDecimals)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A stated figure has 0 to {Amount.MaxStatedDecimals} decimals.");
        if (!DecimalMath.FitsDecimals(value, decimals))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.");
        return new Percentage(value, decimals);
    }

    /// <summary>Reads "76.27%", "88.6", "-33.17 ％" as printed, taking decimals from the digits after the point.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage as reports print it.</exception>
    public static Percentage Parse(string text)
    {
        if (text == null) throw new ArgumentNullException(nameof(text));
        string number = text.Trim();
        if (number.EndsWith("%", StringComparison.Ordinal) || number.EndsWith("％", StringComparison.Ordinal))
            number = number.Substring(0, number.Length - 1);
        if (!NumberText.TryParse(number, out decimal value, out int decimals) || decimals > Amount.MaxStatedDecimals)
            throw new FormatException($"\"{text}\" is not a percentage as reports print it (a number with up to {Amount.MaxStatedDecimals} decimals, optionally followed by %).");
        return new Percentage(value, decimals);
    }

    /// <summary>The percentage with its sign reversed, e.g. a stated 下降 33.17% as −33.17%.</summary>
    public static Percentage operator -(Percentage value) => new(-value.Value, value.Decimals);

    /// <summary>Equal values.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Different values.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>True when the values are equal; decimals do not matter.</summary>
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The percentage as reports print it: "76.27%".</summary>
    public override string ToString() =>
        Value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}
