using System;
using System.Globalization;

namespace FinalAccounts.Reports;

/// <summary>
/// One indicator row of a 项目支出绩效自评表: its place in the 一级 / 二级 / 三级 hierarchy, 指标性质 and 方向, 年度指标值 and
/// 实际完成值 as typed values, 分值 and 得分 as stated figures (so findings can point at them), and the 偏差原因.
/// </summary>
public sealed class PerformanceIndicator
{
    /// <summary>Creates an indicator from stated figures, as the report reader does.</summary>
    /// <exception cref="ArgumentException">A direction that contradicts the nature, or a weight or score not in 分.</exception>
    public PerformanceIndicator(string level1, bool level1Inferred, string level2, string level3, IndicatorNature nature, IndicatorDirection direction,
        IndicatorValue target, IndicatorValue actual, StatedFigure weight, StatedFigure? score, string? deviation, FigureLocation location,
        StatedFigure? level1Weight = null, bool directionInferred = false)
    {
        Level1Weight = level1Weight;
        DirectionInferred = directionInferred;
        Level1 = level1 ?? throw new ArgumentNullException(nameof(level1));
        Level1Inferred = level1Inferred;
        Level2 = level2 ?? throw new ArgumentNullException(nameof(level2));
        Level3 = level3 ?? throw new ArgumentNullException(nameof(level3));
        Nature = nature;
        Direction = direction;
        Target = target ?? throw new ArgumentNullException(nameof(target));
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
        Weight = weight ?? throw new ArgumentNullException(nameof(weight));
        Score = score;
        Deviation = deviation?.Trim() ?? string.Empty;
        Location = location ?? throw new ArgumentNullException(nameof(location));
        if ((nature == IndicatorNature.Qualitative) != (direction == IndicatorDirection.Qualitative))
        {
            throw new ArgumentException($"{level3}: 指标性质 {nature} does not go with 指标方向 {direction}.", nameof(direction));
        }
        WeightPoints = Points(weight, nameof(weight));
        ScorePoints = score == null ? null : Points(score, nameof(score));
    }

    /// <summary>
    /// Creates an indicator from printed text, for tests and tables built in code; figures are located at <paramref name="row"/>.
    /// An empty <paramref name="score"/> is a 得分 cell the table leaves blank: not printed, never 0.
    /// </summary>
    public PerformanceIndicator(string level1, string level2, string level3, IndicatorDirection direction, IndicatorValue target, IndicatorValue actual,
        string weight, string score, string? deviation = null, string row = "")
        : this(level1, false, level2, level3, NatureOf(direction), direction, target, actual,
            Figure(level3, "分值", weight, row), score.Length == 0 ? null : Figure(level3, "得分", score, row), deviation,
            new FigureLocation(row, string.Empty, string.Empty, string.Empty, string.Empty, level3, string.Empty))
    {
    }

    /// <summary>一级指标: 产出指标, 效益指标, 满意度指标 (or 成本指标 in templates that make it first-level).</summary>
    public string Level1 { get; }

    /// <summary>True when the table prints no 一级指标 for the row and it was inferred from the 二级指标.</summary>
    public bool Level1Inferred { get; }

    /// <summary>
    /// The weight the 一级指标 cell prints ("产出指标(50分)" → 50, unit 分), on the rows of its block; null when the cell prints
    /// none.
    /// </summary>
    public StatedFigure? Level1Weight { get; }

    /// <summary>
    /// True when the table prints no 指标方向 for a quantitative row and <see cref="Direction"/> was inferred (from a comparator in
    /// the 年度指标值, else 正向 → ≥ and 反向 → ≤).
    /// </summary>
    public bool DirectionInferred { get; }

    /// <summary>二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益 …</summary>
    public string Level2 { get; }

    /// <summary>三级指标: the indicator's own name.</summary>
    public string Level3 { get; }

    /// <summary>指标性质.</summary>
    public IndicatorNature Nature { get; }

    /// <summary>指标方向.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>年度指标值.</summary>
    public IndicatorValue Target { get; }

    /// <summary>实际完成值.</summary>
    public IndicatorValue Actual { get; }

    /// <summary>分值 as stated (unit 分).</summary>
    public StatedFigure Weight { get; }

    /// <summary>得分 as stated (unit 分); null when the table leaves the cell blank (not printed, never 0).</summary>
    public StatedFigure? Score { get; }

    /// <summary>分值 as a number.</summary>
    public decimal WeightPoints { get; }

    /// <summary>得分 as a number; null when it is not printed.</summary>
    public decimal? ScorePoints { get; }

    /// <summary>偏差原因分析及改进措施 as printed, or empty.</summary>
    public string Deviation { get; }

    /// <summary>Where the row stands (evaluation id, row, JSON path, line).</summary>
    public FigureLocation Location { get; }

    /// <summary>
    /// True for a 正向 / 反向 row whose 年度指标值 and 实际完成值 are both numbers: its score follows from them. A quantitative row
    /// printed with words ("按期完成") or a blank actual is not computable: met words earn full marks, anything else is taken as
    /// stated within [0, 分值].
    /// </summary>
    public bool IsComputable => Direction != IndicatorDirection.Qualitative && Target.IsNumber && Actual.IsNumber;

    /// <summary>True for a 定性 indicator.</summary>
    public bool IsQualitative => Direction == IndicatorDirection.Qualitative;

    /// <summary>True for a 成本指标 row (二级指标 names 成本, or 一级指标 is 成本指标).</summary>
    public bool IsCost => Level2.IndexOf("成本", StringComparison.Ordinal) >= 0 || Level1.IndexOf("成本", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// True when the actual meets the target in the indicator's direction, or a quantitative row's 实际完成值 is words that say
    /// so ("完成", "达标", "按期完成": <see cref="IndicatorValue.ReadsAsMet"/>); null for a 定性 indicator (its grade is the
    /// evaluator's judgment) and for a quantitative row whose actual is other words or not printed.
    /// </summary>
    public bool? IsMet => Direction != IndicatorDirection.Qualitative && !(Target.IsNumber && Actual.IsNumber)
        ? (Actual.ReadsAsMet ? true : null)
        : Direction switch
    {
        IndicatorDirection.AtLeast => Actual.Number >= Target.Number,
        IndicatorDirection.AtMost => Actual.Number <= Target.Number,
        IndicatorDirection.Exactly => Actual.Number == Target.Number,
        _ => null,
    };

    /// <summary>"三级指标 (二级指标)".</summary>
    public override string ToString() => Level3 + " (" + Level2 + ")";

    private static IndicatorNature NatureOf(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.AtMost => IndicatorNature.Reverse,
        IndicatorDirection.Qualitative => IndicatorNature.Qualitative,
        _ => IndicatorNature.Positive,
    };

    private static StatedFigure Figure(string level3, string column, string value, string row)
        => new(new FigureKey(level3, column, item: row), value, "分",
            new FigureLocation(row, string.Empty, string.Empty, string.Empty, string.Empty, level3, column));

    private static decimal Points(StatedFigure figure, string name)
        => figure.IsPoints ? figure.Points.Value : throw new ArgumentException($"{name} '{figure}' is not in 分 (points).", name);

    internal static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
