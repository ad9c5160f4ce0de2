using System;
using System.Globalization;

namespace FinalAccounts.Money;

/// <summary>
/// The verdict on one stated figure. Its <see cref="Kind"/> says which shape it has: a recomputation with numbers
/// (in the stated figure's unit, or percent), a yes/no match, or a rate on a zero base. The numbers exist only for
/// <see cref="VerdictKind.Interval"/> (like NodaTime's <c>ZoneInterval.Start</c> beside <c>HasStart</c>), so no message can
/// print an expected interval for a verdict that has none.
/// </summary>
public readonly struct CheckResult
{
    private readonly decimal _exact;
    private readonly Interval _expected;
    private readonly decimal _difference;

    /// <summary>Creates a recomputation result (<see cref="VerdictKind.Interval"/>).</summary>
    public CheckResult(CheckOutcome outcome, decimal exact, Interval expected, decimal difference)
    {
        Outcome = outcome;
        Kind = VerdictKind.Interval;
        _exact = exact;
        _expected = expected;
        _difference = difference;
    }

    private CheckResult(CheckOutcome outcome, VerdictKind kind)
    {
        Outcome = outcome;
        Kind = kind;
        _exact = 0m;
        _expected = default;
        _difference = 0m;
    }

    /// <summary>A yes/no verdict: Consistent when <paramref name="agrees"/>, else Inconsistent; no numbers.</summary>
    public static CheckResult Match(bool agrees) => new(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, VerdictKind.Match);

    /// <summary>
    /// A rate over a base of 0: Consistent only for 0 ÷ 0 printed as 0% (the reports' convention when there is nothing
    /// to compare), else Inconsistent, since the report's own figures give no ground for the stated rate; no numbers.
    /// </summary>
    /// <param name="stated">The stated rate.</param>
    /// <param name="numerator">The rate's numerator (the part, the actual, or the change) in the base's terms.</param>
    public static CheckResult UndefinedRate(Percentage stated, decimal numerator) =>
        new(stated.Value == 0m && numerator == 0m ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, VerdictKind.UndefinedRate);

    /// <summary>The verdict.</summary>
    public CheckOutcome Outcome { get; }

    /// <summary>The shape of the verdict; the numbers below exist only for <see cref="VerdictKind.Interval"/>.</summary>
    public VerdictKind Kind { get; }

    /// <summary>True when the verdict carries an exact value, an expected interval and a difference.</summary>
    public bool HasNumbers => Kind == VerdictKind.Interval;

    /// <summary>The recomputation from the inputs' printed values, unrounded.</summary>
    /// <exception cref="InvalidOperationException">The verdict is not a recomputation (<see cref="HasNumbers"/> is false).</exception>
    public decimal Exact => HasNumbers ? _exact : throw NoNumbers();

    /// <summary>The values the stated figure may take given the intervals of the inputs (rounding to nearest).</summary>
    /// <exception cref="InvalidOperationException">The verdict is not a recomputation (<see cref="HasNumbers"/> is false).</exception>
    public Interval Expected => HasNumbers ? _expected : throw NoNumbers();

    /// <summary>Stated − <see cref="Exact"/>.</summary>
    /// <exception cref="InvalidOperationException">The verdict is not a recomputation (<see cref="HasNumbers"/> is false).</exception>
    public decimal Difference => HasNumbers ? _difference : throw NoNumbers();

    private InvalidOperationException NoNumbers() => new("A " + Kind + " verdict has no exact value, expected interval or difference.");

    /// <summary>
    /// For messages and test output: "WithinRounding: exact 1122.13, expected [1122.075, 1122.185], difference 0.01",
    /// "Inconsistent: match" or "Inconsistent: undefined rate (base 0)".
    /// </summary>
    public override string ToString() => Kind switch
    {
        VerdictKind.Match => Outcome + ": match",
        VerdictKind.UndefinedRate => Outcome + ": undefined rate (base 0)",
        _ => Outcome + ": exact " + _exact.ToString(CultureInfo.InvariantCulture) + ", expected " + _expected +
            ", difference " + _difference.ToString(CultureInfo.InvariantCulture),
    };
}
