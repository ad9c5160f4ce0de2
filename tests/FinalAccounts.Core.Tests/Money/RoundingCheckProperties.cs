using System;
using System.Linq;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Core.Tests.Money;

public class RoundingCheckProperties
{
    private static bool Quiet(CheckOutcome o) => o == CheckOutcome.Consistent || o == CheckOutcome.WithinRounding;

    [Property]
    public Property A_correctly_rounded_sum_is_never_Inconsistent()
    {
        var cases = MoneyGen.TrueValues(12)
            .SelectMany(parts => Gen.Choose(0, 3).ArrayOf(parts.Length + 1), (parts, decimals) => (parts, decimals))
            .SelectMany(c => MoneyGen.Mode, (c, mode) => (c.parts, c.decimals, mode))
            .ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            Amount[] printed = c.parts.Select((t, i) => MoneyGen.Print(t, c.decimals[i], c.mode)).ToArray();
            Amount total = MoneyGen.Print(c.parts.Sum(), c.decimals[c.parts.Length], c.mode);
            return Quiet(RoundingCheck.Sum(total, printed).Outcome);
        });
    }

    [Property]
    public Property A_correctly_rounded_weighted_sum_is_never_Inconsistent()
    {
        var cases = MoneyGen.TrueValues(8)
            .SelectMany(parts => Gen.Elements(1, -1).ArrayOf(parts.Length), (parts, weights) => (parts, weights))
            .SelectMany(c => MoneyGen.Mode, (c, mode) => (c.parts, c.weights, mode))
            .ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var printed = c.parts.Select((t, i) => (MoneyGen.Print(t, 2, c.mode), c.weights[i])).ToArray();
            decimal truth = c.parts.Select((t, i) => t * c.weights[i]).Sum();
            return Quiet(RoundingCheck.Sum(MoneyGen.Print(truth, 2, c.mode), printed).Outcome);
        });
    }

    /// Tolerance for n parts and a total, all at 2 decimals: 0.005 · (n + 1), i.e. more than ⌊(n+1)/2⌋ cents.
    private static int CentsBeyondTolerance(int n) => (n + 1) / 2 + 1;

    private static Gen<(Amount[] parts, int cents)> Moved(int maxParts, Func<int, Gen<int>> cents) =>
        Gen.Choose(1, maxParts).SelectMany(n => MoneyGen.Printed.ArrayOf(n)).SelectMany(parts => cents(parts.Length), (parts, c) => (parts, c));

    private static Amount MovedTotal(Amount[] parts, int cents) =>
        Amount.Stated(parts.Sum(p => p.Value) + cents / 100m, CurrencyUnit.WanYuan, 2);

    private static Gen<int> EitherSign(Gen<int> magnitude) => magnitude.SelectMany(m => Gen.Elements(m, -m));

    [Property]
    public Property Moving_the_total_by_more_than_the_tolerance_is_Inconsistent()
    {
        // Up to 3 parts the truncation reading admits nothing rounding does not (n − 1 cents up, none down).
        var cases = Moved(3, n => EitherSign(Gen.Choose(CentsBeyondTolerance(n), CentsBeyondTolerance(n) + 100))).ToArbitrary();
        return Prop.ForAll(cases, c =>
            RoundingCheck.Sum(MovedTotal(c.parts, c.cents), c.parts).Outcome == CheckOutcome.Inconsistent);
    }

    [Property]
    public Property Moving_the_total_by_more_than_the_tolerance_is_never_Consistent_or_WithinRounding()
    {
        var cases = Moved(12, n => EitherSign(Gen.Choose(CentsBeyondTolerance(n), CentsBeyondTolerance(n) + 100))).ToArbitrary();
        return Prop.ForAll(cases, c =>
            !Quiet(RoundingCheck.Sum(MovedTotal(c.parts, c.cents), c.parts).Outcome));
    }

    [Property]
    public Property Moving_the_total_beyond_both_the_rounding_and_the_truncation_envelope_is_Inconsistent()
    {
        // Truncated parts can fall short of their true sum by up to n cents (exclusive), so a total n cents above is unexplained.
        var cases = Moved(12, n => Gen.OneOf(
                Gen.Choose(CentsBeyondTolerance(n), CentsBeyondTolerance(n) + 100).Select(m => -m),
                Gen.Choose(Math.Max(CentsBeyondTolerance(n), n), n + 100)))
            .ToArbitrary();
        return Prop.ForAll(cases, c =>
            RoundingCheck.Sum(MovedTotal(c.parts, c.cents), c.parts).Outcome == CheckOutcome.Inconsistent);
    }

    [Property]
    public Property A_sum_of_truncated_figures_is_never_Inconsistent()
    {
        var cases = MoneyGen.TrueValues(12).ToArbitrary();
        return Prop.ForAll(cases, parts =>
        {
            Amount[] printed = parts.Select(t => Amount.Stated(decimal.Truncate(t * 100m) / 100m, CurrencyUnit.WanYuan, 2)).ToArray();
            Amount total = Amount.Stated(decimal.Truncate(parts.Sum() * 100m) / 100m, CurrencyUnit.WanYuan, 2);
            return RoundingCheck.Sum(total, printed).Outcome != CheckOutcome.Inconsistent;
        });
    }

    [Property]
    public Property The_order_of_the_parts_does_not_matter()
    {
        var cases = Moved(8, _ => Gen.Choose(-5, 5)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            Amount total = MovedTotal(c.parts, c.cents);
            CheckResult forward = RoundingCheck.Sum(total, c.parts), backward = RoundingCheck.Sum(total, Enumerable.Reverse(c.parts).ToArray());
            return forward.Outcome == backward.Outcome && forward.Exact == backward.Exact && forward.Expected == backward.Expected;
        });
    }

    [Property]
    public Property Restating_yuan_figures_in_wanyuan_gives_the_same_outcome()
    {
        var cases = Moved(8, _ => Gen.Choose(-5, 5)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            // The generated figures read as 元 at 2 decimals; in 万元 they have 6 and stand for the same intervals.
            Amount[] yuan = c.parts.Select(p => Amount.Stated(p.Value, CurrencyUnit.Yuan, 2)).ToArray();
            Amount total = Amount.Stated(MovedTotal(c.parts, c.cents).Value, CurrencyUnit.Yuan, 2);
            CheckResult inYuan = RoundingCheck.Sum(total, yuan);
            CheckResult inWan = RoundingCheck.Sum(total.ConvertTo(CurrencyUnit.WanYuan), yuan.Select(p => p.ConvertTo(CurrencyUnit.WanYuan)).ToArray());
            CheckResult mixed = RoundingCheck.Sum(total, yuan.Select((p, i) => i % 2 == 0 ? p.ConvertTo(CurrencyUnit.WanYuan) : p).ToArray());
            return inYuan.Outcome == inWan.Outcome && mixed.Outcome == inYuan.Outcome && mixed.Exact == inYuan.Exact
                && inWan.Exact * 10000m == inYuan.Exact;
        });
    }

    private static Gen<(decimal numerator, decimal denominator, int decimals, MidpointRounding mode)> TrueRatios =>
        MoneyGen.TrueValue.SelectMany(n => MoneyGen.TruePositive, (n, d) => (n, d))
            .SelectMany(c => Gen.Choose(0, 3), (c, k) => (c.n, c.d, k))
            .SelectMany(c => MoneyGen.Mode, (c, mode) => (c.n, c.d, c.k, mode));

    [Property]
    public Property A_correctly_rounded_ratio_is_never_Inconsistent()
    {
        return Prop.ForAll(TrueRatios.ToArbitrary(), c =>
        {
            Percentage stated = MoneyGen.PrintPercent(100m * c.numerator / c.denominator, c.decimals, c.mode);
            CheckResult r = RoundingCheck.Ratio(stated, MoneyGen.Print(c.numerator, 2, c.mode), MoneyGen.Print(c.denominator, 2, c.mode));
            return Quiet(r.Outcome).Label(r.ToString());
        });
    }

    [Property]
    public Property A_correctly_rounded_change_is_never_Inconsistent()
    {
        return Prop.ForAll(TrueRatios.ToArbitrary(), c =>
        {
            decimal current = c.numerator, previous = c.denominator;
            Percentage stated = MoneyGen.PrintPercent(100m * (current - previous) / previous, c.decimals, c.mode);
            CheckResult r = RoundingCheck.Change(stated, MoneyGen.Print(current, 2, c.mode), MoneyGen.Print(previous, 2, c.mode));
            return Quiet(r.Outcome).Label(r.ToString());
        });
    }

    [Property]
    public Property A_truncated_ratio_is_never_Inconsistent()
    {
        return Prop.ForAll(TrueRatios.ToArbitrary(), c =>
        {
            Amount n = Amount.Stated(decimal.Truncate(c.numerator * 100m) / 100m, CurrencyUnit.WanYuan, 2);
            Amount d = Amount.Stated(decimal.Truncate(c.denominator * 100m) / 100m, CurrencyUnit.WanYuan, 2);
            decimal scale = c.decimals switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };
            Percentage stated = Percentage.Stated(decimal.Truncate(100m * c.numerator / c.denominator * scale) / scale, c.decimals);
            return RoundingCheck.Ratio(stated, n, d).Outcome != CheckOutcome.Inconsistent;
        });
    }

    [Property]
    public Property Percentage_stated_at_one_decimal_agrees_with_two_decimal_rounding()
    {
        var cases = MoneyGen.Printed.SelectMany(n => MoneyGen.Printed.Where(d => d.Value != 0m), (n, d) => (n, d))
            .SelectMany(c => MoneyGen.Mode, (c, mode) => (c.n, c.d, mode)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            decimal exact = 100m * c.n.Value / c.d.Value;
            decimal twoPlaces = decimal.Round(exact, 2, c.mode);
            Percentage two = Percentage.Stated(twoPlaces, 2);
            Percentage oneFromTwo = Percentage.Stated(decimal.Round(twoPlaces, 1, c.mode), 1);
            Percentage one = Percentage.Stated(decimal.Round(exact, 1, c.mode), 1);
            return RoundingCheck.Ratio(two, c.n, c.d).Outcome == CheckOutcome.Consistent
                && RoundingCheck.Ratio(oneFromTwo, c.n, c.d).Outcome == CheckOutcome.Consistent
                && RoundingCheck.Ratio(one, c.n, c.d).Outcome == CheckOutcome.Consistent;
        });
    }

    [Property]
    public Property A_percentage_off_by_more_than_rounding_allows_is_caught()
    {
        // Two-decimal inputs of at least 100 with a ratio of at most 100% keep the ratio's interval narrower than
        // 0.01 percentage points, so a stated rate moved by 0.1 points is neither rounding nor truncation.
        var big = Gen.Choose(10_000, 1_000_000).Select(i => Amount.Stated(i / 100m, CurrencyUnit.WanYuan, 2));
        var cases = big.SelectMany(a => big, (a, b) => a <= b ? (n: a, d: b) : (n: b, d: a)).SelectMany(c => Gen.Elements(-1, 1), (c, s) => (c.n, c.d, s)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            decimal moved = decimal.Round(100m * c.n.Value / c.d.Value, 2) + c.s * 0.1m;
            return RoundingCheck.Ratio(Percentage.Stated(moved, 2), c.n, c.d).Outcome == CheckOutcome.Inconsistent;
        });
    }

    // RoundingCheck.Sum adds a part of weight 1 without multiplying it by 1: the law that makes this exact is that a decimal
    // times 1 is the same decimal, bit for bit (value, scale and sign, negative zero included).
    [Property(MaxTest = 1000)]
    public Property Unit_weight_law_a_decimal_times_one_is_the_same_decimal()
    {
        var cases = (from lo in Gen.Choose(int.MinValue, int.MaxValue)
                     from mid in Gen.Choose(int.MinValue, int.MaxValue)
                     from hi in Gen.Choose(int.MinValue, int.MaxValue)
                     from negative in Gen.Elements(true, false)
                     from scale in Gen.Choose(0, 28)
                     from zero in Gen.Choose(0, 9)
                     select zero == 0 ? new decimal(0, 0, 0, negative, (byte)scale) : new decimal(lo, mid, hi, negative, (byte)scale)).ToArbitrary();
        return Prop.ForAll(cases, x => decimal.GetBits(1 * x).SequenceEqual(decimal.GetBits(x)) && decimal.GetBits(x * 1m).SequenceEqual(decimal.GetBits(x)));
    }

    // The sum of weight-1 parts as RoundingCheck.Sum made it before (every part multiplied by its weight, in the common
    // unit), computed here as the oracle: the same exact value and expected interval, bit for bit, and the same outcome.
    [Property(MaxTest = 500)]
    public Property Unit_weight_law_a_sum_of_weight_one_parts_is_the_product_sum()
    {
        var amount = from cents in Gen.Choose(-100_000_000, 100_000_000)
                     from decimals in Gen.Choose(0, 4)
                     from yuan in Gen.Elements(false, false, true)
                     select Amount.Stated(decimal.Round(cents / 100m, decimals), yuan ? CurrencyUnit.Yuan : CurrencyUnit.WanYuan, decimals);
        var cases = (from parts in amount.ArrayOf().Select(a => a.Take(20).ToArray())
                     from weights in Gen.Elements(1, 1, 1, -1, 2).ArrayOf(parts.Length)
                     from total in amount
                     select (parts, weights, total)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var common = c.parts.Any(p => p.Unit == CurrencyUnit.WanYuan) ? CurrencyUnit.WanYuan : c.total.Unit;
            decimal exact = 0m;
            FinalAccounts.Money.Interval expected = default;
            for (var i = 0; i < c.parts.Length; i++)
            {
                var a = c.parts[i].ConvertTo(common);
                exact += c.weights[i] * a.Value;
                expected += FinalAccounts.Money.Interval.Of(a) * c.weights[i];
            }
            decimal factor = c.total.Unit == common ? 1m : 10000m;
            var result = RoundingCheck.Sum(c.total, c.parts.Select((p, i) => (p, c.weights[i])).ToArray());
            return (decimal.GetBits(result.Exact).SequenceEqual(decimal.GetBits(exact * factor))
                && decimal.GetBits(result.Expected.Min).SequenceEqual(decimal.GetBits((expected * factor).Min))
                && decimal.GetBits(result.Expected.Max).SequenceEqual(decimal.GetBits((expected * factor).Max)))
                .Label(result + " vs exact " + exact * factor + ", expected " + expected * factor);
        });
    }
}
