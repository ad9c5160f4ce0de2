using System;
using System.Collections.Generic;
using FinalAccounts.Quantities;

namespace FinalAccounts.Money;

/// <summary>
/// Checks a stated figure against the stated figures it is computed from, reading every printed figure as the interval of
/// true values it may stand for (XBRL Calculations 1.1, extended to ratios and changes). The one place this logic lives.
/// </summary>
/// <remarks>
/// <para>Outcomes, first that applies: <see cref="CheckOutcome.Consistent"/> when the exact recomputation from the printed
/// inputs, rounded to the stated decimals (half away from zero or half to even, directly or via one more place as when a
/// table's 88.57% is repeated as 88.6%), gives the stated figure; <see cref="CheckOutcome.WithinRounding"/> when the stated
/// figure's interval meets the interval the inputs' intervals allow (closed bounds); <see cref="CheckOutcome.Truncated"/>
/// when cutting the exact recomputation gives the stated figure, or when reading every figure as truncated (values in
/// [v, v + 10^−d) for v ≥ 0) the intervals overlap; <see cref="CheckOutcome.Inconsistent"/> otherwise.</para>
/// <para>Figures in different units are compared in 万元, which loses no precision; results are in the stated figure's unit.</para>
/// <para>Every input interval is taken to vary independently, so each figure should appear once in a check.</para>
/// </remarks>
public static class RoundingCheck
{
    private static readonly Interval Anything = new(decimal.MinValue, decimal.MaxValue);

    /// <summary>Checks stated = Σ parts, e.g. 收入总计 = 本年收入 + 使用非财政拨款结余 + 年初结转和结余.</summary>
    public static CheckResult Sum(Amount stated, params Amount[] parts)
    {
        if (parts == null) throw new ArgumentNullException(nameof(parts));
        var weighted = new (Amount amount, int weight)[parts.Length];
        for (int i = 0; i < parts.Length; i++) weighted[i] = (parts[i], 1);
        return Sum(stated, weighted);
    }

    /// <summary>Checks stated = Σ weight · amount, for identities with differences (weights +1 and −1).</summary>
    public static CheckResult Sum(Amount stated, IReadOnlyList<(Amount amount, int weight)> parts)
    {
        if (parts == null) throw new ArgumentNullException(nameof(parts));
        // Loops by index: a foreach over an IReadOnlyList allocates an enumerator, and every finding's sum comes here.
        CurrencyUnit common = stated.Unit;
        for (int i = 0; i < parts.Count; i++)
            if (parts[i].amount.Unit == CurrencyUnit.WanYuan) common = CurrencyUnit.WanYuan;

        decimal exact = 0m;
        Interval expected = default, expectedTruncation = default;
        for (int i = 0; i < parts.Count; i++)
        {
            var (amount, weight) = parts[i];
            Amount a = amount.ConvertTo(common);
            // Nearly every weight is 1: a decimal times 1 is the same decimal (value, scale and sign), so the three
            // multiplications are skipped for it (RoundingCheckProperties' unit-weight law compares with the product).
            if (weight == 1)
            {
                exact += a.Value;
                expected += Interval.Of(a);
            }
            else
            {
                exact += weight * a.Value;
                expected += Interval.Of(a) * weight;
            }
        }

        // Most checks agree exactly or within rounding; the truncation reading only decides the rest, so it is computed
        // only for them (Decide ignores it otherwise).
        Amount s = stated.ConvertTo(common);
        bool consistent = s.IsExact ? exact == s.Value : DecimalMath.RoundsTo(exact, s.Decimals, s.Value);
        if (!consistent && !Interval.Of(s).Intersects(expected))
        {
            for (int i = 0; i < parts.Count; i++) expectedTruncation += Interval.Truncation(parts[i].amount.ConvertTo(common)) * parts[i].weight;
        }

        return Decide(stated, common, exact, expected, expectedTruncation);
    }

    /// <summary>
    /// Checks a stated total of points = Σ parts, e.g. 总分 = 执行率得分 + Σ 指标得分 of a 绩效自评表. Results are in points.
    /// </summary>
    public static CheckResult Sum(Points stated, IReadOnlyList<Points> parts)
    {
        if (parts == null) throw new ArgumentNullException(nameof(parts));
        var weighted = new (Amount amount, int weight)[parts.Count];
        for (int i = 0; i < parts.Count; i++) weighted[i] = (Figure(parts[i]), 1);
        return Sum(Figure(stated), weighted);
    }

    // Points reason like figures of one unit (value and printed decimals decide the interval): each enters the money
    // reasoning as an amount of one fixed unit that never leaves this class, so a score and an amount never meet.
    private static Amount Figure(Points points) => Amount.Stated(points.Value, CurrencyUnit.WanYuan, points.Decimals);

    /// <summary>
    /// Checks a stated change amount (增减额) = current − previous. The stated figure is signed: pass a stated "减少 920.80" as
    /// −920.80 (<c>-amount</c>), or swap current and previous to check its magnitude.
    /// </summary>
    public static CheckResult Difference(Amount stated, Amount current, Amount previous) =>
        Sum(stated, new[] { (current, 1), (previous, -1) });

    /// <summary>
    /// Checks a stated percentage = 100 · numerator / denominator: completion rates (决算/预算) and shares (占比).
    /// </summary>
    /// <remarks>
    /// A printed nonzero figure never has 0 in its interval, so the only ratio that cannot be bounded is one over a figure
    /// printed as 0: the rate is undefined and the result is a <see cref="VerdictKind.UndefinedRate"/> verdict without
    /// numbers. Reports print 0% for 0 spent against a budget of 0, so 0 ÷ 0 stated 0% is Consistent; any other stated
    /// value (or 0% over a nonzero numerator) is Inconsistent, since the report's own figures give no ground for it.
    /// </remarks>
    public static CheckResult Ratio(Percentage stated, Amount numerator, Amount denominator)
    {
        Align(ref numerator, ref denominator);
        if (denominator.Value == 0m) return CheckResult.UndefinedRate(stated, numerator.Value);
        decimal exact = RatioOf(numerator, denominator);
        Interval expected = Quotient(Interval.Of(numerator), Interval.Of(denominator), 0m);
        Interval truncation = Quotient(Interval.Truncation(numerator), Interval.Truncation(denominator), 0m);
        return Decide(stated, exact, expected, truncation);
    }

    /// <summary>
    /// Checks a stated change percentage (增减%) = 100 · (current − previous) / previous. Signed like
    /// <see cref="Difference"/>: pass a stated "下降 33.17%" as −33.17% (<c>-percentage</c>). A previous figure printed as 0 is
    /// treated as in <see cref="Ratio"/>.
    /// </summary>
    public static CheckResult Change(Percentage stated, Amount current, Amount previous)
    {
        Align(ref current, ref previous);
        if (previous.Value == 0m) return CheckResult.UndefinedRate(stated, current.Value);
        decimal exact = ChangeOf(current, previous);
        // current/previous − 1 rather than (current − previous)/previous: previous must enter the interval once.
        Interval expected = Quotient(Interval.Of(current), Interval.Of(previous), 1m);
        Interval truncation = Quotient(Interval.Truncation(current), Interval.Truncation(previous), 1m);
        return Decide(stated, exact, expected, truncation);
    }

    /// <summary>
    /// Checks a stated change percentage when the report states the change amount but not the base:
    /// 增减% = 100 · change / (current − change), e.g. "减少 1457.56 万元，下降 33.17%" beside a current 2936.74. Signed like
    /// <see cref="Change"/>. The change enters numerator and base, so the bounds come from the corners of both intervals
    /// (the function is monotone in each while the base keeps its sign).
    /// </summary>
    public static CheckResult ChangeFromDifference(Percentage stated, Amount current, Amount change)
    {
        Align(ref current, ref change);
        decimal previous = current.Value - change.Value;
        if (previous == 0m) return CheckResult.UndefinedRate(stated, change.Value);
        decimal exact = 100m * change.Value / previous;
        Interval expected = Corners(Interval.Of(current), Interval.Of(change));
        Interval truncation = Corners(Interval.Truncation(current), Interval.Truncation(change));
        return Decide(stated, exact, expected, truncation);
    }

    // The exact rates, one formula each for the full checks above and the quick passes below.
    private static decimal RatioOf(Amount numerator, Amount denominator) => 100m * numerator.Value / denominator.Value;

    private static decimal ChangeOf(Amount current, Amount previous) => 100m * (current.Value - previous.Value) / previous.Value;

    /// <summary>
    /// True when <see cref="Ratio"/> would say Consistent: most rates agree as printed, and that is decided from the exact rate
    /// alone, without the intervals. False (a zero base included) leaves the verdict to <see cref="Ratio"/>.
    /// </summary>
    internal static bool RatioAgrees(Percentage stated, Amount numerator, Amount denominator)
    {
        Align(ref numerator, ref denominator);
        return denominator.Value != 0m && DecimalMath.RoundsTo(RatioOf(numerator, denominator), stated.Decimals, stated.Value);
    }

    /// <summary>True when <see cref="Change"/> would say Consistent (see <see cref="RatioAgrees"/>).</summary>
    internal static bool ChangeAgrees(Percentage stated, Amount current, Amount previous)
    {
        Align(ref current, ref previous);
        return previous.Value != 0m && DecimalMath.RoundsTo(ChangeOf(current, previous), stated.Decimals, stated.Value);
    }

    /// <summary>True when <see cref="ChangeFromDifference"/> would say Consistent (see <see cref="RatioAgrees"/>).</summary>
    internal static bool ChangeFromDifferenceAgrees(Percentage stated, Amount current, Amount change)
    {
        Align(ref current, ref change);
        decimal previous = current.Value - change.Value;
        return previous != 0m && DecimalMath.RoundsTo(100m * change.Value / previous, stated.Decimals, stated.Value);
    }

    private static Interval Corners(Interval current, Interval change)
    {
        // A base interval that reaches 0 leaves the ratio unbounded.
        if (current.Min - change.Max <= 0m && current.Max - change.Min >= 0m) return Anything;
        // The four corners, without an array per corner pair.
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        Corner(current.Min, change.Min, ref min, ref max);
        Corner(current.Min, change.Max, ref min, ref max);
        Corner(current.Max, change.Min, ref min, ref max);
        Corner(current.Max, change.Max, ref min, ref max);
        return new Interval(min, max);
    }

    private static void Corner(decimal x, decimal c, ref decimal min, ref decimal max)
    {
        decimal r = 100m * c / (x - c);
        if (r < min) min = r;
        if (r > max) max = r;
    }

    private static void Align(ref Amount a, ref Amount b)
    {
        if (a.Unit == b.Unit) return;
        a = a.ConvertTo(CurrencyUnit.WanYuan);
        b = b.ConvertTo(CurrencyUnit.WanYuan);
    }

    private static Interval Quotient(Interval numerator, Interval denominator, decimal minus)
    {
        // Unreachable for figures made by Amount (a nonzero printed figure's interval excludes 0); unbounded if it happens.
        if (!numerator.TryDivide(denominator, out Interval q)) return Anything;
        return new Interval(q.Min - minus, q.Max - minus) * 100m;
    }

    private static CheckResult Decide(Amount stated, CurrencyUnit common, decimal exact, Interval expected, Interval truncation)
    {
        Amount s = stated.ConvertTo(common);
        bool consistent = s.IsExact ? exact == s.Value : DecimalMath.RoundsTo(exact, s.Decimals, s.Value);
        bool truncated = !s.IsExact && DecimalMath.Truncate(exact, s.Decimals) == s.Value;
        CheckOutcome outcome = Classify(consistent, Interval.Of(s), expected, truncated, Interval.Truncation(s), truncation);

        // Back to the stated figure's unit: only 元 → 万元 happens above, and × 10000 is exact.
        decimal factor = stated.Unit == common ? 1m : 10000m;
        return new CheckResult(outcome, exact * factor, expected * factor, stated.Value - exact * factor);
    }

    private static CheckResult Decide(Percentage stated, decimal exact, Interval expected, Interval truncation)
    {
        bool consistent = DecimalMath.RoundsTo(exact, stated.Decimals, stated.Value);
        bool truncated = DecimalMath.Truncate(exact, stated.Decimals) == stated.Value;
        CheckOutcome outcome = Classify(consistent, stated.Interval, expected, truncated, Interval.Truncation(stated), truncation);
        return new CheckResult(outcome, exact, expected, stated.Value - exact);
    }

    private static CheckOutcome Classify(bool consistent, Interval stated, Interval expected, bool truncated,
        Interval statedTruncation, Interval expectedTruncation)
    {
        if (consistent) return CheckOutcome.Consistent;
        if (stated.Intersects(expected)) return CheckOutcome.WithinRounding;
        if (truncated || Overlap(statedTruncation, expectedTruncation)) return CheckOutcome.Truncated;
        return CheckOutcome.Inconsistent;
    }

    /// <summary>
    /// Truncation intervals are half-open ([v, v + 10^−d) for v ≥ 0, (v − 10^−d, v] below), so two of them meet only when
    /// they overlap by more than a point, and a single-point interval (an exact figure) only when it lies strictly inside
    /// the other: the one closed end is the printed value itself, which the rounding reading has already accepted.
    /// </summary>
    private static bool Overlap(Interval a, Interval b)
    {
        if (a.Width == 0m) return b.Min < a.Min && a.Min < b.Max;
        if (b.Width == 0m) return a.Min < b.Min && b.Min < a.Max;
        return Math.Max(a.Min, b.Min) < Math.Min(a.Max, b.Max);
    }
}
