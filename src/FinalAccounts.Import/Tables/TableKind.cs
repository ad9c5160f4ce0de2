namespace FinalAccounts.Import.Tables;

/// <summary>The layouts of the standard 部门决算 tables, each read by its own recogniser.</summary>
internal enum TableKind
{
    /// <summary>收入支出决算总表: 收入 and 支出 blocks side by side.</summary>
    Summary,

    /// <summary>收入决算表: 功能分类 rows × revenue columns.</summary>
    Income,

    /// <summary>支出决算表: 功能分类 rows × 基本/项目 columns.</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总表: two blocks, the 支出 block by fund.</summary>
    AppropriationSummary,

    /// <summary>一般公共预算财政拨款支出决算表.</summary>
    GeneralBudget,

    /// <summary>一般公共预算财政拨款基本支出决算表: 经济分类 rows in side-by-side blocks.</summary>
    BasicExpenditure,

    /// <summary>财政拨款"三公"经费支出决算表: one row of 预算数/决算数 pairs.</summary>
    ThreePublic,

    /// <summary>政府性基金预算财政拨款收入支出决算表.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款收入支出决算表.</summary>
    StateCapital,
}
