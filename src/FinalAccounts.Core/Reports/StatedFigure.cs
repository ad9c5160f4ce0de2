using System;
using System.Runtime.InteropServices;
using FinalAccounts.Classification;
using FinalAccounts.Money;
using FinalAccounts.Quantities;

namespace FinalAccounts.Reports;

/// <summary>One figure a report states: what it measures, its value as printed and its unit, and where it stands.</summary>
public sealed class StatedFigure
{
    /// <summary>Creates a figure. <paramref name="value"/> is the text as printed (a leading '-' for 减少/下降).</summary>
    /// <exception cref="FormatException">A money, percentage or points (分) value is not a number as printed, or a count (unit 辆, 人 …) is not a whole number.</exception>
    /// <exception cref="ArgumentException">The key's 功能分类 path names no code.</exception>
    public StatedFigure(FigureKey key, string value, string unit, FigureLocation location, string? code = null, FigureKey? shareOf = null)
    {
        if (key.FunctionPath.Length > 0)
        {
            Function = FunctionCode.TryFindByNamePath(key.FunctionPath, out var function)
                ? function
                : throw new ArgumentException("'" + key.FunctionPath + "' is not a 支出功能分类 name path.", nameof(key));
        }
        Key = key;
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Code = code ?? string.Empty;
        _shareOf = shareOf is FigureKey of ? new ShareOfKey(of) : null;
        // Parsed once here: rules read these figures many times, and a value that does not parse is caught at once.
        if (CurrencyUnitSymbol.TryParse(unit, out var currency))
        {
            _kind = NumberKind.Money;
            var amount = Amount.Parse(value, currency);
            _number.Amount = amount;
            _readAt = (byte)(amount.Decimals >= 2 ? amount.Decimals : Amount.Stated(amount.Value, amount.Unit, 2).Decimals);
        }
        else if (unit == "%")
        {
            _kind = NumberKind.Percentage;
            _number.Percentage = Percentage.Parse(value);
        }
        else if (unit == "分")
        {
            _kind = NumberKind.Points;
            _number.Points = Points.Parse(value);
        }
        else if (CountUnit.TryParse(unit, out var countUnit)) _count = Count.Parse(value, countUnit);
    }

    private readonly Count? _count;

    // A figure is money, a percentage or points, never two: the three share their bytes (none holds a reference), and
    // the kind, read from the unit once, says which is there. A report holds hundreds of figures.
    private readonly NumberKind _kind;
    private readonly StatedNumber _number;

    private enum NumberKind : byte
    {
        Other,
        Money,
        Percentage,
        Points,
    }

    [StructLayout(LayoutKind.Explicit)]
    private struct StatedNumber
    {
        [FieldOffset(0)]
        public Amount Amount;

        [FieldOffset(0)]
        public Percentage Percentage;

        [FieldOffset(0)]
        public Points Points;
    }

    /// <summary>What the figure measures.</summary>
    public FigureKey Key { get; }

    /// <summary>The value as printed, e.g. "920.80"; negative for a stated decrease.</summary>
    public string Value { get; }

    /// <summary>The unit as printed: 万元, 元, %, 个, 人 ….</summary>
    public string Unit { get; }

    /// <summary>A classification code the report prints or the transcription resolved (e.g. 30101), or empty.</summary>
    public string Code { get; }

    /// <summary>The 支出功能分类 code of the figure's row (its <see cref="FigureKey.FunctionPath"/>), or null.</summary>
    public FunctionCode? Function { get; }

    /// <summary>For a share (占比), the figure it is a share of, when the sentence names it.</summary>
    public FigureKey? ShareOf => _shareOf?.Key;

    // Few figures are shares: the key they are a share of is kept apart rather than in every figure (56 bytes each).
    private readonly ShareOfKey? _shareOf;

    private sealed class ShareOfKey
    {
        public ShareOfKey(FigureKey key) => Key = key;

        public FigureKey Key { get; }
    }

    /// <summary>Where the figure stands.</summary>
    public FigureLocation Location { get; }

    /// <summary>True for money (万元 or 元).</summary>
    public bool IsMoney => _kind == NumberKind.Money;

    /// <summary>True for a percentage.</summary>
    public bool IsPercentage => _kind == NumberKind.Percentage;

    /// <summary>True for points (分): a 绩效自评 分值 or 得分.</summary>
    public bool IsPoints => _kind == NumberKind.Points;

    /// <summary>True for a count of things (辆, 人, 人次, 批次, 个 …: a <see cref="CountUnit"/>), which is exact.</summary>
    public bool IsCount => _count is not null;

    /// <summary>The count as printed (whole, exact).</summary>
    /// <exception cref="InvalidOperationException">The figure is not a count.</exception>
    public Count Count => _count ?? throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in a counting word (辆, 人, 人次 …).");

    /// <summary>The money figure with the decimals it was printed with.</summary>
    /// <exception cref="InvalidOperationException">The figure is not money.</exception>
    public Amount Amount => IsMoney
        ? _number.Amount
        : throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in 万元 or 元.");

    /// <summary>
    /// The money figure as checks read it: at the precision <see cref="PrintedPrecision"/> infers when the figure belongs
    /// to a report (a copy whose trailing zeros were dropped at its original precision, a rounded figure as printed);
    /// outside a report, a figure printed with fewer than 2 decimals is read at 2. Default for figures that are not money.
    /// </summary>
    internal Amount ReasoningAmount
    {
        get
        {
            if (_kind != NumberKind.Money) return default;
            var amount = _number.Amount;
            return _readAt == amount.Decimals ? amount : amount.AtStatedDecimals(_readAt);
        }
    }

    // The places the money figure is read at (ReasoningAmount): set through Amount.Stated, which checks them, and kept
    // as a number rather than a second amount (32 bytes a figure).
    private byte _readAt;

    /// <summary>Reads the money figure at <paramref name="decimals"/> places (never fewer than it prints).</summary>
    internal void ReadAt(int decimals)
    {
        if (!IsMoney) return;
        var amount = _number.Amount;
        if (decimals < amount.Decimals) decimals = amount.Decimals;
        _readAt = (byte)(decimals == amount.Decimals ? decimals : Amount.Stated(amount.Value, amount.Unit, decimals).Decimals);
    }

    /// <summary>The percentage figure with the decimals it was printed with.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a percentage.</exception>
    public Percentage Percentage => IsPercentage
        ? _number.Percentage
        : throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in %.");

    /// <summary>The points (分) with the decimals they were printed with.</summary>
    /// <exception cref="InvalidOperationException">The figure is not in 分.</exception>
    public Points Points => IsPoints
        ? _number.Points
        : throw new InvalidOperationException(Key + " is stated in " + Unit + ", not in 分.");

    /// <summary>The value with its unit, e.g. "2936.74万元".</summary>
    public override string ToString() => Value + Unit;
}
