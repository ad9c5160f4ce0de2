using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Scoring;

/// <summary>
/// The rounding-aware verdict on a stated score: a score printed with fewer decimals than the policy keeps (an integer "5")
/// is a rounded score, so it agrees when some rounding of the policy's score prints it.
/// </summary>
internal static class ScoreCheck
{
    public static CheckResult Compare(StatedFigure stated, decimal exact, decimal rounded)
    {
        var value = stated.Points.Value;
        var decimals = stated.Points.Decimals;
        CheckOutcome outcome;
        if (DecimalMath.RoundsTo(rounded, decimals, value) || DecimalMath.RoundsTo(exact, decimals, value)) outcome = CheckOutcome.Consistent;
        else if (DecimalMath.Truncate(exact, decimals) == value) outcome = CheckOutcome.Truncated;
        else outcome = CheckOutcome.Inconsistent;
        var half = DecimalMath.HalfUlp(decimals);
        return new CheckResult(outcome, exact, new Interval(rounded - half, rounded + half), value - exact);
    }

    /// <summary>A 定性 score agrees with any policy while it lies in [0, 分值].</summary>
    public static CheckResult Within(StatedFigure stated, decimal weight)
    {
        var value = stated.Points.Value;
        var ok = value >= 0m && value <= weight;
        var nearest = value < 0m ? 0m : value > weight ? weight : value;
        return new CheckResult(ok ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, nearest, new Interval(0m, weight), value - nearest);
    }
}
