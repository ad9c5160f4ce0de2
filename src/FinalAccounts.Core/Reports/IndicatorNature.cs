namespace FinalAccounts.Reports;

/// <summary>指标性质: whether a larger actual is better, a smaller one, or the indicator is judged in words.</summary>
public enum IndicatorNature
{
    /// <summary>正向: more is better (数量, 质量, 满意度).</summary>
    Positive = 0,

    /// <summary>反向: less is better (成本, 时限).</summary>
    Reverse = 1,

    /// <summary>定性: judged in words (社会效益, 可持续影响).</summary>
    Qualitative = 2,
}
