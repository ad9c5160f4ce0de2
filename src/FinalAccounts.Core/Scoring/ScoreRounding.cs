using System;

namespace FinalAccounts.Scoring;

/// <summary>How each indicator score is rounded before the scores are summed.</summary>
public sealed class ScoreRounding
{
    private ScoreRounding(string name, int decimals, MidpointRounding mode, bool none)
    {
        Name = name;
        Decimals = decimals;
        Mode = mode;
        IsNone = none;
    }

    /// <summary>
    /// 2 decimals, half up (四舍五入), per indicator, then sum: vendor code round(…, 2) [S]; no official rule found (domain-rules
    /// §1.6).
    /// </summary>
    public static ScoreRounding HalfUp2 { get; } = HalfUp(2);

    /// <summary>No rounding: exact scores are summed.</summary>
    public static ScoreRounding None { get; } = new("不舍入", 28, MidpointRounding.AwayFromZero, true);

    /// <summary>Rounding half up (四舍五入) to <paramref name="decimals"/> places.</summary>
    public static ScoreRounding HalfUp(int decimals) => new(decimals + "位小数四舍五入", Check(decimals), MidpointRounding.AwayFromZero, false);

    /// <summary>Rounding half to even (银行家舍入) to <paramref name="decimals"/> places.</summary>
    public static ScoreRounding HalfEven(int decimals) => new(decimals + "位小数银行家舍入", Check(decimals), MidpointRounding.ToEven, false);

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The decimals kept.</summary>
    public int Decimals { get; }

    /// <summary>The midpoint rule.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone { get; }

    /// <summary>Rounds a score.</summary>
    public decimal Round(decimal score) => IsNone ? score : decimal.Round(score, Decimals, Mode);

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    private static int Check(int decimals)
        => decimals >= 0 && decimals <= 6 ? decimals : throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Scores keep 0 to 6 decimals.");
}
