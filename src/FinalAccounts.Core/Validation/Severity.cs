namespace FinalAccounts.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>信息: the figures differ exactly, but rounding explains it; never an error.</summary>
    Info = 0,

    /// <summary>警告: only truncation (舍去) of the true values gives the printed figure, or a partial list looks odd.</summary>
    Warning = 1,

    /// <summary>错误: no rounding or truncation of true values gives the printed figures.</summary>
    Error = 2,
}
