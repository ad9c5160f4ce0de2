using System.Collections.Generic;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// The standard tables of a 部门决算 and of a 部门/单位预算 in their usual printed order, with the id the report file gives
/// them. A 预算's tables are read by the same recognisers as the 决算's of the same layout; a title may have several
/// printed forms (收入预算总表 / 收入预算表), matched by ending, the longest first.
/// </summary>
internal static class StandardTables
{
    public static readonly IReadOnlyList<(string Id, string Title, TableKind Kind)> Budget = new[]
    {
        ("表1", "收支预算总表", TableKind.Summary),
        ("表2", "收入预算总表", TableKind.Income),
        ("表2", "收入预算表", TableKind.Income),
        ("表3", "支出预算总表", TableKind.Expenditure),
        ("表3", "支出预算表", TableKind.Expenditure),
        ("表4", "财政拨款收支预算总表", TableKind.AppropriationSummary),
        ("表5", "一般公共预算支出功能分类预算表", TableKind.GeneralBudget),
        ("表5", "一般公共预算支出预算表", TableKind.GeneralBudget),
        ("表6", "政府性基金预算支出功能分类预算表", TableKind.GovernmentFund),
        ("表6", "政府性基金预算支出预算表", TableKind.GovernmentFund),
        ("表7", "国有资本经营预算支出功能分类预算表", TableKind.StateCapital),
        ("表7", "国有资本经营预算支出预算表", TableKind.StateCapital),
        ("表8", "一般公共预算基本支出部门预算经济分类预算表", TableKind.BasicExpenditure),
        ("表8", "一般公共预算基本支出预算表", TableKind.BasicExpenditure),
        ("表9", "“三公”经费和机关运行经费预算表", TableKind.ThreePublic),
        ("表9", "“三公”经费预算表", TableKind.ThreePublic),
    };

    public static readonly IReadOnlyList<(string Id, string Title, TableKind Kind)> All = new[]
    {
        ("表1", "收入支出决算总表", TableKind.Summary),
        ("表2", "收入决算表", TableKind.Income),
        ("表3", "支出决算表", TableKind.Expenditure),
        ("表4", "财政拨款收入支出决算总表", TableKind.AppropriationSummary),
        ("表5", "一般公共预算财政拨款支出决算表", TableKind.GeneralBudget),
        ("表6", "一般公共预算财政拨款基本支出决算表", TableKind.BasicExpenditure),
        ("表7", "财政拨款“三公”经费支出决算表", TableKind.ThreePublic),
        ("表8", "政府性基金预算财政拨款收入支出决算表", TableKind.GovernmentFund),
        ("表9", "国有资本经营预算财政拨款收入支出决算表", TableKind.StateCapital),
    };

    /// <summary>A title with its quotation marks removed, for matching ("三公" is printed with “ ” or " ").</summary>
    public static string Normalise(string text)
        => text.Replace("“", string.Empty).Replace("”", string.Empty).Replace("\"", string.Empty).Replace(" ", string.Empty);
}
