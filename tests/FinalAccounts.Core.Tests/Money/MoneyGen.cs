using System;
using System.Linq;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Core.Tests.Money;

/// Generators for true (unrounded) figures and for the figures a publisher prints from them.
internal static class MoneyGen
{
    /// A true value in 万元 with 4 decimals (to the 元), 0 to 10 000.
    public static readonly Gen<decimal> TrueValue = Gen.Choose(0, 100_000_000).Select(i => i / 10000m);

    /// A true value at least 0.01, so it never prints as 0 at 2 decimals.
    public static readonly Gen<decimal> TruePositive = Gen.Choose(100, 100_000_000).Select(i => i / 10000m);

    public static readonly Gen<MidpointRounding> Mode = Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven);

    /// A printed figure at 2 decimals, 0 to 10 000.
    public static readonly Gen<Amount> Printed = Gen.Choose(0, 1_000_000).Select(i => Amount.Stated(i / 100m, CurrencyUnit.WanYuan, 2));

    public static Amount Print(decimal trueValue, int decimals, MidpointRounding mode, CurrencyUnit unit = CurrencyUnit.WanYuan) =>
        Amount.Stated(decimal.Round(trueValue, decimals, mode), unit, decimals);

    public static Percentage PrintPercent(decimal trueValue, int decimals, MidpointRounding mode) =>
        Percentage.Stated(decimal.Round(trueValue, decimals, mode), decimals);

    /// 1 to <paramref name="max"/> true values.
    public static Gen<decimal[]> TrueValues(int max) => Gen.Choose(1, max).SelectMany(n => TrueValue.ArrayOf(n));

    public static string Show(Amount[] parts) => string.Join(" + ", parts.Select(p => p.ToString()));
}
