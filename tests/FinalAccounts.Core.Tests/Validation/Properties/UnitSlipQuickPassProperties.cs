using System;
using System.Globalization;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// FA1140 counts a repeat that states the same amount in 万元 (<c>UnitSlipRule.SameAmount</c>) without its intervals: that
/// quick pass must never hide a slip the full test (<c>UnitSlip.Explains</c>) would report.
/// </summary>
public sealed class UnitSlipQuickPassProperties
{
    private static readonly FigureLocation s_here = new("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");

    // An amount in 分 (hundredths of a 元), printed in 元 or 万元 with the decimals it needs or more: the same amount printed
    // two ways, a slip (× or ÷ 10⁴), or an unrelated one.
    private static readonly Gen<(string Value, string Unit)> s_printed =
        from fen in Gen.Choose(-2_000_000_000, 2_000_000_000)
        from unit in Gen.Elements("万元", "元")
        from extra in Gen.Choose(0, 2)
        select Print(fen, unit, extra);

    private static (string, string) Print(long fen, string unit, int extra)
    {
        var value = unit == "元" ? fen / 100m : fen / 1_000_000m;
        var decimals = Math.Min(6, (unit == "元" ? 2 : 6) + extra - 2);
        var rounded = Math.Round(value, Math.Max(decimals, 0), MidpointRounding.AwayFromZero);
        return (rounded.ToString("F" + Math.Max(decimals, 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), unit);
    }

    private static readonly Gen<((string Value, string Unit) Stated, (string Value, string Unit) First)> s_pair =
        from fen in Gen.Choose(-2_000_000_000, 2_000_000_000)
        from kind in Gen.Choose(0, 3)
        from units in Gen.Elements(("万元", "万元"), ("元", "万元"), ("万元", "元"), ("元", "元"))
        from extra in Gen.Choose(0, 2)
        from other in s_printed
        select kind switch
        {
            0 => (Print(fen, units.Item1, extra), Print(fen, units.Item2, 2)), // the same amount, printed two ways
            1 => (Print(fen * 10_000L, units.Item1, extra), Print(fen, units.Item1, 2)), // a slip: 10⁴ times
            2 => ((fen.ToString(CultureInfo.InvariantCulture), units.Item1), Print(fen, units.Item1, extra)), // ÷ 10⁴ or the same digits
            _ => (Print(fen, units.Item1, extra), other),
        };

    private static StatedFigure Figure((string Value, string Unit) printed) => new(new FigureKey("本年支出合计", "决算"), printed.Value, printed.Unit, s_here);

    [Property(MaxTest = 1000)]
    public Property A_repeat_of_the_same_amount_is_never_a_unit_slip()
        => Prop.ForAll(s_pair.ToArbitrary(), c =>
        {
            var stated = Figure(c.Stated);
            var first = Figure(c.First);
            var quick = UnitSlipRule.SameAmount(stated, first);
            var slip = UnitSlip.Explains(stated, first);
            return (!quick || !slip).Label($"{c.Stated} against {c.First}: quick pass {quick}, slip {slip}");
        });

    [Fact]
    public void The_same_amount_in_yuan_and_wan_yuan_passes_at_once_and_a_slip_does_not()
    {
        // 1234.50 万元 is 12,345,000 元 (hand-converted); 12345000.00 "万元" is that 元 figure written under 万元.
        Assert.True(UnitSlipRule.SameAmount(Figure(("12345000.00", "元")), Figure(("1234.50", "万元"))));
        Assert.True(UnitSlipRule.SameAmount(Figure(("1234.5", "万元")), Figure(("1234.50", "万元"))));
        Assert.False(UnitSlipRule.SameAmount(Figure(("12345000.00", "万元")), Figure(("1234.50", "万元"))));
        Assert.True(UnitSlip.Explains(Figure(("12345000.00", "万元")), Figure(("1234.50", "万元"))));
    }
}
