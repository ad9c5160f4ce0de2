namespace FinalAccounts.Money;

/// <summary>
/// What a <see cref="CheckResult"/> says, and so which of its numbers mean anything. A message or writer reads the
/// numbers of an <see cref="Interval"/> verdict only.
/// </summary>
public enum VerdictKind
{
    /// <summary>
    /// A recomputation: the stated figure against the exact value and the interval rounding allows
    /// (<see cref="CheckResult.Exact"/>, <see cref="CheckResult.Expected"/>, <see cref="CheckResult.Difference"/>).
    /// </summary>
    Interval = 0,

    /// <summary>
    /// A yes/no verdict with no number to recompute: two places disagree, a code does not match its row, a count or a
    /// grade differs. There is no expected interval.
    /// </summary>
    Match = 1,

    /// <summary>
    /// A rate (占比, 完成率, 增减%) whose base is 0: the rate is undefined, so there is nothing to compare the stated rate
    /// with. 0 ÷ 0 stated as 0% is consistent (the reports' convention); any other stated rate has no ground in the report.
    /// </summary>
    UndefinedRate = 2,
}
