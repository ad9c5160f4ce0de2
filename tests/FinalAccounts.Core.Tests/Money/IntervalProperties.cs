using System.Linq;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Interval = FinalAccounts.Money.Interval;

namespace FinalAccounts.Core.Tests.Money;

public class IntervalProperties
{
    [Property]
    public Property Interval_of_a_sum_contains_the_sum_of_true_values()
    {
        var figure = MoneyGen.TrueValue
            .SelectMany(t => Gen.Choose(0, 4), (t, d) => (t, d))
            .SelectMany(f => Gen.Elements(1, -1), (f, w) => (f.t, f.d, w));
        var cases = Gen.Choose(1, 12).SelectMany(n => figure.ArrayOf(n))
            .SelectMany(fs => MoneyGen.Mode, (fs, mode) => (fs, mode)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            Interval sum = c.fs.Aggregate(new Interval(0m, 0m), (acc, f) => acc + MoneyGen.Print(f.t, f.d, c.mode).Interval * f.w);
            return sum.Contains(c.fs.Sum(f => f.t * f.w));
        });
    }

    [Property]
    public Property Interval_of_a_ratio_contains_the_ratio_of_true_values()
    {
        var cases = MoneyGen.TrueValue.SelectMany(n => MoneyGen.TruePositive, (n, d) => (n, d))
            .SelectMany(c => MoneyGen.Mode, (c, mode) => (c.n, c.d, mode)).ToArbitrary();
        return Prop.ForAll(cases, c =>
            MoneyGen.Print(c.n, 2, c.mode).Interval.TryDivide(MoneyGen.Print(c.d, 2, c.mode).Interval, out Interval q)
            && q.Contains(c.n / c.d));
    }

    [Property]
    public Property Conversion_round_trips_yuan_and_wanyuan()
    {
        var cases = Gen.Choose(-1_000_000_000, 1_000_000_000)
            .SelectMany(i => Gen.Choose(0, 6), (i, d) => (i, d))
            .SelectMany(c => Gen.Elements(CurrencyUnit.Yuan, CurrencyUnit.WanYuan), (c, u) => Amount.Stated(c.i / 10000m * 10000m / Pow10(c.d), u, c.d))
            .ToArbitrary();
        return Prop.ForAll(cases, a =>
        {
            CurrencyUnit other = a.Unit == CurrencyUnit.Yuan ? CurrencyUnit.WanYuan : CurrencyUnit.Yuan;
            Amount there = a.ConvertTo(other), back = there.ConvertTo(a.Unit);
            bool sameValue = back == a && back.Value == a.Value && there == a;
            // 元 → 万元 keeps the printed precision (4 more decimals); 万元 → 元 keeps it when 4 or more decimals were stated.
            bool sameDecimals = a.Unit == CurrencyUnit.Yuan || a.Decimals >= 4 ? back.Decimals == a.Decimals : back.Decimals == 4;
            bool sameInterval = a.Unit == CurrencyUnit.WanYuan || there.Interval * 10000m == a.Interval;
            return sameValue && sameDecimals && sameInterval;
        });
    }

    private static decimal Pow10(int n) => n switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, 4 => 10000m, 5 => 100000m, _ => 1000000m };
}
