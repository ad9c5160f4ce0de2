namespace FinalAccounts.Classification;

/// <summary>The classification a code belongs to.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类 (类/款/项): what the money was spent for.</summary>
    Function = 0,

    /// <summary>部门预算支出经济分类 (类/款): what kind of spending it was, as departments budget it.</summary>
    Economic = 1,

    /// <summary>政府预算支出经济分类 (类/款): the economic classification of the government budget.</summary>
    GovernmentEconomic = 2,

    /// <summary>收入分类 (类/款/项/目).</summary>
    Revenue = 3,
}
