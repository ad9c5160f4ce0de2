namespace FinalAccounts.Reports;

/// <summary>指标方向: how the actual value is compared with the target.</summary>
public enum IndicatorDirection
{
    /// <summary>大于等于 (≥): met when actual ≥ target.</summary>
    AtLeast = 0,

    /// <summary>小于等于 (≤): met when actual ≤ target.</summary>
    AtMost = 1,

    /// <summary>等于 (=): met when actual = target.</summary>
    Exactly = 2,

    /// <summary>定性: no numeric comparison; the evaluator grades it in bands.</summary>
    Qualitative = 3,
}
