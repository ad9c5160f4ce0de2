namespace FinalAccounts.Scoring;

/// <summary>The three grades of a 定性 indicator.</summary>
public enum QualitativeGrade
{
    /// <summary>达成年度指标: the upper band.</summary>
    Achieved = 0,

    /// <summary>部分达成年度指标并具有一定效果: the middle band.</summary>
    PartlyAchieved = 1,

    /// <summary>未达成年度指标且效果较差: the lower band.</summary>
    NotAchieved = 2,
}
