using System;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

/// <summary>The printed symbols of a currency unit, read and written side by side; expected symbols as reports print them.</summary>
public sealed class CurrencyUnitSymbolTests
{
    [Theory]
    [InlineData("元", CurrencyUnit.Yuan)]
    [InlineData("万元", CurrencyUnit.WanYuan)]
    public void Reads_and_prints_the_two_symbols(string symbol, CurrencyUnit unit)
    {
        Assert.Equal(unit, CurrencyUnitSymbol.Parse(symbol));
        Assert.Equal(symbol, CurrencyUnitSymbol.Format(unit));
    }

    [Theory]
    [InlineData("千元")]
    [InlineData("万")]
    [InlineData(" 万元")] // the file spells it exactly
    [InlineData("%")]
    [InlineData("")]
    public void Refuses_any_other_text(string symbol)
    {
        Assert.False(CurrencyUnitSymbol.TryParse(symbol, out _));
        Assert.Contains("'" + symbol + "'", Assert.Throws<FormatException>(() => CurrencyUnitSymbol.Parse(symbol)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_no_unit() => Assert.False(CurrencyUnitSymbol.TryParse(null, out _));

    [Fact]
    public void An_undefined_unit_has_no_symbol()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CurrencyUnitSymbol.Format((CurrencyUnit)2));
        Assert.Equal("unit", e.ParamName);
        Assert.Contains("Unknown currency unit", e.Message, StringComparison.Ordinal);
    }

    /// Law: Parse inverts Format for every defined unit.
    [Property]
    public Property Parse_inverts_Format()
        => Prop.ForAll(Gen.Elements(CurrencyUnit.Yuan, CurrencyUnit.WanYuan).ToArbitrary(), u => CurrencyUnitSymbol.Parse(CurrencyUnitSymbol.Format(u)) == u);

    /// Law: Amount's "U" format prints the value and then the unit's symbol.
    [Property]
    public Property An_amount_prints_its_unit_symbol()
        => Prop.ForAll(Gen.Elements(CurrencyUnit.Yuan, CurrencyUnit.WanYuan).ToArbitrary(), u => Amount.Parse("12.30", u).ToString("U") == "12.30" + (u == CurrencyUnit.Yuan ? "元" : "万元"));
}
