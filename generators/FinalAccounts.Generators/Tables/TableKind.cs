namespace FinalAccounts.Generators.Tables;

/// <summary>What a table file given to the generator holds, named by its <c>FinalAccountsScheme</c> metadata.</summary>
internal enum TableKind
{
    /// <summary>支出功能分类 (类 3 / 款 5 / 项 7 digits).</summary>
    Function,

    /// <summary>部门预算支出经济分类 (类 3 / 款 5 digits).</summary>
    Economic,

    /// <summary>政府预算支出经济分类 (类 3 / 款 5 digits).</summary>
    GovernmentEconomic,

    /// <summary>收入分类 (类 3 / 款 5 / 项 7 / 目 9 digits).</summary>
    Revenue,

    /// <summary>Evidence rows (<c>scheme,code,status,…</c>) that say which codes of a code table were verified.</summary>
    Evidence,

    /// <summary>部门→政府 经济分类 mapping rows (<c>departmental_code,government_code,unit_kind</c>).</summary>
    EconomicMapping,

    /// <summary>
    /// Other names of codes by edition (<c>scheme,code,name,first_year,last_year[,current_code,source]</c>): a name a code
    /// had in older editions, or an old code a revision moved.
    /// </summary>
    Aliases,
}
