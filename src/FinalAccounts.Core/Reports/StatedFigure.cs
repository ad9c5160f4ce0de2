using System;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>One figure a report states: what it measures, its value as printed and its unit, and where it stands.</summary>
public sealed class StatedFigure
{
    /// <summary>Creates a figure. <paramref name="value"/> is the text as printed (a leading '-' for 减少/下降).</summary>
    public StatedFigure(FigureKey key, string value, string unit, FigureLocation location, string? code = null, FigureKey? shareOf = null)
    {
        Key = key;
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Code = code ?? string.Empty;
        ShareOf = shareOf;
    }

    /// <summary>What the figure measures.</summary>
    public FigureKey Key { get; }

    /// <summary>The value as printed, e.g. "920.80"; negative for a stated decrease.</summary>
    public string Value { get; }

    /// <summary>The unit as printed: 万元, 元, %, 个, 人 ….</summary>
    public string Unit { get; }

    /// <summary>A classification code the report prints or the transcription resolved (e.g. 30101), or empty.</summary>
    public string Code { get; }

    /// <summary>For a share (占比), the figure it is a share of, when the sentence names it.</summary>
    public FigureKey? ShareOf { get; }

    /// <summary>Where the figure stands.</summary>
    public FigureLocation Location { get; }

    /// <summary>True for money (万元 or 元).</summary>
    public bool IsMoney => Unit == "万元" || Unit == "元";

    /// <summary>True for a percentage.</summary>
    public bool IsPercentage => Unit == "%";

    /// <summary>The money figure with the decimals it was printed with.</summary>
    /// <exception cref="InvalidOperationException">The figure is not money.</exception>
    public Amount Amount => IsMoney
        ? Amount.Parse(Value, Unit == "万元" ? CurrencyUnit.WanYuan : CurrencyUnit.Yuan)
        : throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in 万元 or 元.");

    /// <summary>The percentage figure with the decimals it was printed with.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a percentage.</exception>
    public Percentage Percentage => IsPercentage
        ? Percentage.Parse(Value)
        : throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in %.");

    /// <summary>The value with its unit, e.g. "2936.74万元".</summary>
    public override string ToString() => Value + Unit;
}
