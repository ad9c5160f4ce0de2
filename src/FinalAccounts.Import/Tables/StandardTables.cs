using System.Collections.Generic;

namespace FinalAccounts.Import.Tables;

/// <summary>The standard tables of a 部门决算 in their usual printed order, with the id the report file gives them.</summary>
internal static class StandardTables
{
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
