using System;
using System.Globalization;
using FinalAccounts.Money;

namespace FinalAccounts.Quantities;

/// <summary>
/// A whole number of things in a <see cref="CountUnit"/>: "8辆", "72人次", "-3人" (a stated decrease). Printed counts are
/// exact, so a count has no interval: 8辆 means 8, and a breakdown of counts adds up to the unit or not at all. Parse and
/// <see cref="ToString"/> are inverse for every whole number as printed.
/// </summary>
public sealed class Count : IEquatable<Count>
{
    /// <summary>Creates a count.</summary>
    public Count(long value, CountUnit unit)
    {
        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    /// <summary>How many.</summary>
    public long Value { get; }

    /// <summary>Of what.</summary>
    public CountUnit Unit { get; }

    /// <summary>True when <paramref name="text"/> is a whole number as printed ("8", "-3", "1,024", "3.00"), never "1.5" or "8辆".</summary>
    public static bool IsWhole(string text) => Whole(text) is not null;

    /// <summary>Reads a count printed as <paramref name="text"/> (digits, an optional leading '-', no unit) in <paramref name="unit"/>.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a whole number as printed, or too large.</exception>
    public static Count Parse(string text, CountUnit unit)
        => TryParse(text, unit, out var count) ? count : throw new FormatException("'" + text + "' is not a whole number of " + unit?.Symbol + " as printed.");

    /// <summary>Reads a count, or false when <paramref name="text"/> is not a whole number as printed.</summary>
    public static bool TryParse(string text, CountUnit unit, out Count count)
    {
        if (unit == null) throw new ArgumentNullException(nameof(unit));
        count = null!;
        if (Whole(text) is not long value) return false;
        count = new Count(value, unit);
        return true;
    }

    /// <summary>
    /// A printed number (<see cref="PrintedNumber"/>, the one grammar) in the file's form — an optional '-', a table's thousands
    /// commas — that is whole: an all-zero fraction ("3.00", as 绩效 tables print counts) is whole; null otherwise.
    /// </summary>
    private static long? Whole(string? text)
    {
        if (!PrintedNumber.TryParse(text, out var number) || !number.IsFileForm) return null;
        var value = number.Value;
        if (value != decimal.Truncate(value) || value < long.MinValue || value > long.MaxValue) return null;
        return (long)value;
    }

    /// <inheritdoc />
    public bool Equals(Count? other) => other is not null && Value == other.Value && ReferenceEquals(Unit, other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Count);

    /// <inheritdoc />
    public override int GetHashCode() => (Value.GetHashCode() * 31) + StringComparer.Ordinal.GetHashCode(Unit.Symbol);

    /// <summary>The count with its unit, e.g. "8辆".</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit.Symbol;
}
