using System;
using System.Linq;

namespace FinalAccounts.Import.Tables;

/// <summary>What a printed column means: the concept and scope its cells state (basis 决算 unless said otherwise).</summary>
internal sealed class ColumnMap
{
    private readonly (string Key, string Concept, string? Scope, string Basis)[] _entries;

    public ColumnMap(params (string Key, string Concept, string? Scope, string Basis)[] entries) => _entries = entries;

    /// <summary>The entry whose key is the longest ending of the label (本年收入合计 before 合计), or null.</summary>
    public (string Key, string Concept, string? Scope, string Basis)? Find(string label)
    {
        var text = StandardTables.Normalise(label);
        var match = _entries.Where(e => text.EndsWith(e.Key, StringComparison.Ordinal)).OrderByDescending(e => e.Key.Length).ToList();
        return match.Count > 0 ? match[0] : null;
    }

    public static readonly ColumnMap Income = new(
        ("本年收入合计", "本年收入合计", null, "决算"), ("财政拨款收入", "财政拨款收入", null, "决算"),
        ("上级补助收入", "上级补助收入", null, "决算"), ("事业收入", "事业收入", null, "决算"), ("经营收入", "经营收入", null, "决算"),
        ("附属单位上缴收入", "附属单位上缴收入", null, "决算"), ("其他收入", "其他收入", null, "决算"),
        // A 预算's 收入预算表 heads its total 合计 (under 收入预算).
        ("合计", "本年收入合计", null, "决算"));

    public static readonly ColumnMap Expenditure = new(
        ("本年支出合计", "本年支出合计", null, "决算"), ("基本支出", "基本支出", null, "决算"), ("项目支出", "项目支出", null, "决算"),
        ("上缴上级支出", "上缴上级支出", null, "决算"), ("经营支出", "经营支出", null, "决算"),
        ("对附属单位补助支出", "对附属单位补助支出", null, "决算"),
        // A 预算's 支出预算表 heads its total 合计 (under 支出预算).
        ("合计", "本年支出合计", null, "决算"));

    public static readonly ColumnMap GeneralBudget = new(
        ("合计", "一般公共预算财政拨款支出", null, "决算"),
        ("基本支出", "基本支出", "一般公共预算财政拨款", "决算"), ("项目支出", "项目支出", "一般公共预算财政拨款", "决算"));

    public static ColumnMap Fund(string fund) => new(
        ("年初结转和结余", "年初结转和结余", fund, "决算"), ("本年收入", fund + "收入", null, "决算"),
        ("小计", fund + "支出", null, "决算"), ("基本支出", "基本支出", fund, "决算"), ("项目支出", "项目支出", fund, "决算"),
        ("年末结转和结余", "年末结转和结余", fund, "决算"),
        // A 预算's fund table: 合计 | 基本支出 | 项目支出 (no 结转 columns).
        ("合计", fund + "支出", null, "决算"));
}
