namespace FinalAccounts.Reports;

/// <summary>Which row of the 项目资金 block of a 项目支出绩效自评表 a row is, from its printed name.</summary>
public enum FundsRowKind
{
    /// <summary>A row whose name is none of the known ones.</summary>
    Other = 0,

    /// <summary>年度资金总额: the sum of the 其中 rows.</summary>
    Total = 1,

    /// <summary>其中：本年财政拨款 / 财政拨款 / 当年财政拨款.</summary>
    FiscalAppropriation = 2,

    /// <summary>上年结转资金.</summary>
    CarriedOver = 3,

    /// <summary>其他资金.</summary>
    OtherFunds = 4,
}
