using System;

namespace FinalAccounts.Scoring;

/// <summary>
/// The score bands of a 定性 indicator, as shares of its 分值: 达成 [upper, 100%], 部分达成 [lower, upper), 未达成 [0, lower).
/// Band edges are rounded to 2 decimals, as the vendor system does (domain-rules §1.4).
/// </summary>
public sealed class QualitativeBands
{
    /// <summary>Creates bands with the two edges in percent of 分值 (0 &lt; lower &lt; upper &lt; 100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edges are not 0 &lt; lower &lt; upper &lt; 100.</exception>
    public QualitativeBands(decimal lowerPercent, decimal upperPercent)
    {
        if (!(lowerPercent > 0m && lowerPercent < upperPercent && upperPercent < 100m))
            throw new ArgumentOutOfRangeException(nameof(lowerPercent), "Qualitative band edges must satisfy 0 < lower < upper < 100.");
        LowerPercent = lowerPercent;
        UpperPercent = upperPercent;
    }

    /// <summary>
    /// 100%-80%（含）、80%-60%（含）、60%-0%: central wording [U], vendor enforcement rule [S] (domain-rules §1.4).
    /// </summary>
    public static QualitativeBands National { get; } = new(60m, 80m);

    /// <summary>The lower edge in percent (60).</summary>
    public decimal LowerPercent { get; }

    /// <summary>The upper edge in percent (80).</summary>
    public decimal UpperPercent { get; }

    /// <summary>The lowest score of <paramref name="grade"/> for an indicator of <paramref name="weight"/> points.</summary>
    public decimal Minimum(QualitativeGrade grade, decimal weight) => grade switch
    {
        QualitativeGrade.Achieved => Edge(UpperPercent, weight),
        QualitativeGrade.PartlyAchieved => Edge(LowerPercent, weight),
        _ => 0m,
    };

    /// <summary>The grade a score of <paramref name="score"/> out of <paramref name="weight"/> falls in.</summary>
    public QualitativeGrade GradeOf(decimal score, decimal weight)
        => score >= Edge(UpperPercent, weight) ? QualitativeGrade.Achieved
        : score >= Edge(LowerPercent, weight) ? QualitativeGrade.PartlyAchieved
        : QualitativeGrade.NotAchieved;

    /// <summary>The Chinese label of a grade.</summary>
    public static string Label(QualitativeGrade grade) => grade switch
    {
        QualitativeGrade.Achieved => "达成年度指标",
        QualitativeGrade.PartlyAchieved => "部分达成年度指标并具有一定效果",
        _ => "未达成年度指标且效果较差",
    };

    private static decimal Edge(decimal percent, decimal weight) => decimal.Round(weight * percent / 100m, 2, MidpointRounding.AwayFromZero);
}
