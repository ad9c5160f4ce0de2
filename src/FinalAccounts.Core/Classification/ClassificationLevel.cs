namespace FinalAccounts.Classification;

/// <summary>The level of a code in the 政府收支分类科目: 类, 款, 项 or 目, each two digits longer than the one above.</summary>
public enum ClassificationLevel
{
    /// <summary>类: the top level, 3 digits (e.g. 208 社会保障和就业支出).</summary>
    Class = 1,

    /// <summary>款: 5 digits (e.g. 20801 人力资源和社会保障管理事务).</summary>
    Section = 2,

    /// <summary>项: 7 digits (e.g. 2080101 行政运行).</summary>
    Item = 3,

    /// <summary>目: 9 digits, used by the 收入分类 only.</summary>
    Subitem = 4,
}
