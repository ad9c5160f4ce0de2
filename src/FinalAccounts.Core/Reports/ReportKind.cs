namespace FinalAccounts.Reports;

/// <summary>
/// Which publication a report is: the 决算 (the year's actual accounts, published after the year) or the 预算 (the
/// year's budget, published at its start). Together with <see cref="ReportInfo.Level"/> (部门 or 单位) and
/// <see cref="ReportInfo.Year"/> it says what a report is; the rules declare the kinds they apply to
/// (<see cref="FinalAccounts.Validation.RuleDescriptor.ReportKinds"/>): a 预算 has no 年末结转 actuals, it has 上年 comparisons.
/// </summary>
public enum ReportKind
{
    /// <summary>决算: the year's actual figures, stated on basis 决算 against 年初预算, 全年预算 and 上年决算.</summary>
    FinalAccounts = 0,

    /// <summary>预算: the year's budget, stated on basis 预算 against 上年预算.</summary>
    Budget = 1,
}
