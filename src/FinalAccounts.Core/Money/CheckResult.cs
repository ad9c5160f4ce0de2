using System.Globalization;

namespace FinalAccounts.Money;

/// <summary>The verdict on one stated figure, with the numbers behind it, in the stated figure's unit (or percent).</summary>
public readonly struct CheckResult
{
    /// <summary>Creates a result.</summary>
    public CheckResult(CheckOutcome outcome, decimal exact, Interval expected, decimal difference)
    {
        Outcome = outcome;
        Exact = exact;
        Expected = expected;
        Difference = difference;
    }

    /// <summary>The verdict.</summary>
    public CheckOutcome Outcome { get; }

    /// <summary>The recomputation from the inputs' printed values, unrounded.</summary>
    public decimal Exact { get; }

    /// <summary>The values the stated figure may take given the intervals of the inputs (rounding to nearest).</summary>
    public Interval Expected { get; }

    /// <summary>Stated − <see cref="Exact"/>.</summary>
    public decimal Difference { get; }

    /// <summary>For messages and test output: "WithinRounding: exact 1122.13, expected [1122.075, 1122.185], difference 0.01".</summary>
    public override string ToString() => Outcome + ": exact " + Exact.ToString(CultureInfo.InvariantCulture) + ", expected " + Expected +
        ", difference " + Difference.ToString(CultureInfo.InvariantCulture);
}
