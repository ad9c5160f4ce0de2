using System;
using System.Collections.Generic;

namespace FinalAccounts.Quantities;

/// <summary>
/// A counting word a report prints after a number that is not money (辆, 人, 人次, 批次, 个 …). Counts are exact: they are
/// never rounded, so identities on them hold to the unit, and two counts add only when their units are the same.
/// 分 (a score) is not a count. One instance per unit, so reference equality is equality.
/// </summary>
public sealed class CountUnit
{
    private static readonly Dictionary<string, CountUnit> s_bySymbol = new(StringComparer.Ordinal);
    private static readonly List<CountUnit> s_all = new();

    /// <summary>个: items, groups (团组), projects.</summary>
    public static readonly CountUnit Items = Add("个", "items");

    /// <summary>人: persons.</summary>
    public static readonly CountUnit Persons = Add("人", "persons");

    /// <summary>人次: person-times (one person counted once per trip or visit).</summary>
    public static readonly CountUnit PersonTimes = Add("人次", "person-times");

    /// <summary>辆: vehicles.</summary>
    public static readonly CountUnit Vehicles = Add("辆", "vehicles");

    /// <summary>台（套）: pieces or sets of equipment.</summary>
    public static readonly CountUnit Sets = Add("台（套）", "pieces of equipment");

    /// <summary>批次: batches (of visitors received).</summary>
    public static readonly CountUnit Batches = Add("批次", "batches");

    /// <summary>项: tasks or items of work.</summary>
    public static readonly CountUnit Tasks = Add("项", "tasks");

    /// <summary>卷: files (archives).</summary>
    public static readonly CountUnit Files = Add("卷", "files");

    /// <summary>册: volumes.</summary>
    public static readonly CountUnit Volumes = Add("册", "volumes");

    /// <summary>次: times.</summary>
    public static readonly CountUnit Times = Add("次", "times");

    /// <summary>场次: sessions.</summary>
    public static readonly CountUnit Sessions = Add("场次", "sessions");

    /// <summary>户: households.</summary>
    public static readonly CountUnit Households = Add("户", "households");

    private CountUnit(string symbol, string nameEn)
    {
        Symbol = symbol;
        NameEn = nameEn;
    }

    /// <summary>The counting word as printed, e.g. 辆.</summary>
    public string Symbol { get; }

    /// <summary>What is counted, in English, e.g. vehicles.</summary>
    public string NameEn { get; }

    /// <summary>Every counting word of the report format, in the order above.</summary>
    public static IReadOnlyList<CountUnit> All => s_all;

    /// <summary>The unit printed as <paramref name="symbol"/>, or false when it is no counting word (万元, %, 分 …).</summary>
    public static bool TryParse(string? symbol, out CountUnit unit)
    {
        if (symbol != null && s_bySymbol.TryGetValue(symbol, out var found))
        {
            unit = found;
            return true;
        }
        unit = Items;
        return false;
    }

    /// <summary>The unit printed as <paramref name="symbol"/>.</summary>
    /// <exception cref="FormatException"><paramref name="symbol"/> is no counting word.</exception>
    public static CountUnit Parse(string symbol)
        => TryParse(symbol, out var unit) ? unit : throw new FormatException("'" + symbol + "' is not a counting word (" + string.Join("、", s_bySymbol.Keys) + ").");

    /// <summary>The counting word, e.g. 辆.</summary>
    public override string ToString() => Symbol;

    private static CountUnit Add(string symbol, string nameEn)
    {
        var unit = new CountUnit(symbol, nameEn);
        s_bySymbol.Add(symbol, unit);
        s_all.Add(unit);
        return unit;
    }
}
