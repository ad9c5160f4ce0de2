using System;

namespace FinalAccounts.Reports;

/// <summary>
/// Which ends of a 项目支出绩效自评表 the reader does not have: a table that starts or ends on a page not obtained (a cut
/// excerpt, a missing page). Weights and totals are never judged from rows that are not there.
/// </summary>
[Flags]
public enum EvaluationCut
{
    /// <summary>The whole table.</summary>
    None = 0,

    /// <summary>The start is missing (the heading, 项目资金 block and possibly the first indicator rows).</summary>
    Start = 1,

    /// <summary>The end is missing (the last indicator rows and possibly the 总分 row).</summary>
    End = 2,
}
