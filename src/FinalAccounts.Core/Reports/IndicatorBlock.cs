using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// The indicators of one 一级指标 (产出指标, 效益指标, 满意度指标, 成本指标 …) in printed order, with the weight the 一级 cell prints
/// ("产出指标(50分)") when it prints one.
/// </summary>
public sealed class IndicatorBlock
{
    internal IndicatorBlock(string name, StatedFigure? statedWeight, IReadOnlyList<PerformanceIndicator> indicators, bool complete)
    {
        Name = name;
        StatedWeight = statedWeight;
        Indicators = indicators;
        IsComplete = complete;
        decimal sum = 0m;
        foreach (var i in indicators) sum += i.WeightPoints;
        WeightSum = sum;
    }

    /// <summary>The 一级指标 name without its printed weight, e.g. 产出指标.</summary>
    public string Name { get; }

    /// <summary>The weight printed in the 一级 cell ("产出指标(50分)" → 50), or null when the cell prints none.</summary>
    public StatedFigure? StatedWeight { get; }

    /// <summary>The block's indicators in printed order.</summary>
    public IReadOnlyList<PerformanceIndicator> Indicators { get; }

    /// <summary>Σ 分值 of the block's indicators.</summary>
    public decimal WeightSum { get; }

    /// <summary>
    /// False when the block may continue beyond a cut (<see cref="EvaluationCut"/>): the first block of a table cut at its
    /// start, the last of a table cut at its end. Weights are judged only on complete blocks.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>"产出指标 (n rows)".</summary>
    public override string ToString() => Name + " (" + Indicators.Count + ")";
}
