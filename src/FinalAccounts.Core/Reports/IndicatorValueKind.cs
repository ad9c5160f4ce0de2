namespace FinalAccounts.Reports;

/// <summary>What a 年度指标值 or 实际完成值 cell holds.</summary>
public enum IndicatorValueKind
{
    /// <summary>The cell is empty.</summary>
    Empty = 0,

    /// <summary>A number with a unit, e.g. "≥95%", "134万元", "3.00".</summary>
    Number = 1,

    /// <summary>Words, e.g. "按时完成", "长期有效保障".</summary>
    Text = 2,
}
