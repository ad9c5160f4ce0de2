using System;

namespace FinalAccounts.Reports;

/// <summary>One indicator of a 绩效目标表: its 一级 / 二级 / 三级 names, 指标性质 and 方向, 指标值 and, where printed, 分值.</summary>
public sealed class PerformanceTarget
{
    /// <summary>Creates a target row.</summary>
    /// <exception cref="ArgumentNullException">A name, the target or the location is null.</exception>
    /// <exception cref="ArgumentException">The nature and direction do not go together (定性 has no direction, and only 定性).</exception>
    public PerformanceTarget(string level1, string level2, string level3, IndicatorNature nature, IndicatorDirection direction, IndicatorValue target,
        StatedFigure? weight, FigureLocation location, bool directionInferred = false)
    {
        Level1 = level1 ?? throw new ArgumentNullException(nameof(level1));
        Level2 = level2 ?? throw new ArgumentNullException(nameof(level2));
        Level3 = level3 ?? throw new ArgumentNullException(nameof(level3));
        if ((nature == IndicatorNature.Qualitative) != (direction == IndicatorDirection.Qualitative))
        {
            throw new ArgumentException($"{level3}: 指标性质 {nature} does not go with 指标方向 {direction}.", nameof(direction));
        }
        Nature = nature;
        Direction = direction;
        DirectionInferred = directionInferred;
        Target = target ?? throw new ArgumentNullException(nameof(target));
        Weight = weight;
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>一级指标.</summary>
    public string Level1 { get; }

    /// <summary>二级指标.</summary>
    public string Level2 { get; }

    /// <summary>三级指标.</summary>
    public string Level3 { get; }

    /// <summary>指标性质.</summary>
    public IndicatorNature Nature { get; }

    /// <summary>指标方向 (Qualitative for 定性).</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>True when the table prints no direction and it was inferred (from the value's ≥/≤, or the nature).</summary>
    public bool DirectionInferred { get; }

    /// <summary>指标值 (年度指标值 / 目标值) as printed.</summary>
    public IndicatorValue Target { get; }

    /// <summary>分值, or null when the table prints none (many 目标表 do not weigh their indicators).</summary>
    public StatedFigure? Weight { get; }

    /// <summary>Where the row stands: the table's id as statement, 二级 as subsection, 三级 as row.</summary>
    public FigureLocation Location { get; }

    /// <inheritdoc/>
    public override string ToString() => Level3 + " " + Target;
}
