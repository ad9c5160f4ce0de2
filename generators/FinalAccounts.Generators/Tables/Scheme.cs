namespace FinalAccounts.Generators.Tables;

/// <summary>Facts about each kind of table: its metadata name, Chinese name and which levels it allows.</summary>
internal static class Scheme
{
    /// <summary>Reads the <c>FinalAccountsScheme</c> metadata value (case-insensitive).</summary>
    public static bool TryParse(string value, out TableKind kind)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "function": kind = TableKind.Function; return true;
            case "economic": kind = TableKind.Economic; return true;
            case "governmenteconomic": kind = TableKind.GovernmentEconomic; return true;
            case "revenue": kind = TableKind.Revenue; return true;
            case "evidence": kind = TableKind.Evidence; return true;
            case "economicmapping": kind = TableKind.EconomicMapping; return true;
            case "aliases": kind = TableKind.Aliases; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>True for the kinds that become a code type.</summary>
    public static bool IsCodeTable(TableKind kind) => kind <= TableKind.Revenue;

    /// <summary>The Chinese name users know the scheme by.</summary>
    public static string ChineseName(TableKind kind) => kind switch
    {
        TableKind.Function => "支出功能分类",
        TableKind.Economic => "部门预算支出经济分类",
        TableKind.GovernmentEconomic => "政府预算支出经济分类",
        TableKind.Revenue => "收入分类",
        TableKind.Evidence => "证据表",
        TableKind.Aliases => "科目沿革表",
        _ => "部门预算与政府预算经济分类对照表",
    };

    /// <summary>The member of <c>FinalAccounts.Classification.ClassificationScheme</c> for a code table.</summary>
    public static string EnumMember(TableKind kind) => kind.ToString();

    /// <summary>Maps an evidence row's <c>scheme</c> value (ours, or the shared table's departmental/government) to a kind.</summary>
    public static bool TryParseEvidenceScheme(string value, out TableKind kind)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "departmental": kind = TableKind.Economic; return true;
            case "government": kind = TableKind.GovernmentEconomic; return true;
            default: return TryParse(value, out kind) && IsCodeTable(kind);
        }
    }

    /// <summary>The level number (1 = 类 … 4 = 目) of a level name, or 0 when the scheme does not allow it.</summary>
    public static int LevelOf(TableKind kind, string level)
    {
        var max = kind switch
        {
            TableKind.Function => 3,
            TableKind.Revenue => 4,
            _ => 2,
        };
        var number = level.Trim() switch
        {
            "类" => 1,
            "款" => 2,
            "项" => 3,
            "目" => 4,
            _ => 0,
        };
        return number <= max ? number : 0;
    }

    /// <summary>How many digits a code of level <paramref name="level"/> has: 3, 5, 7, 9.</summary>
    public static int DigitsOf(int level) => 1 + (2 * level);

    /// <summary>The Chinese level name: 类, 款, 项, 目.</summary>
    public static string LevelName(int level) => level switch
    {
        1 => "类",
        2 => "款",
        3 => "项",
        _ => "目",
    };

    /// <summary>The allowed level names of a scheme, for messages.</summary>
    public static string AllowedLevels(TableKind kind) => kind switch
    {
        TableKind.Function => "类/款/项",
        TableKind.Revenue => "类/款/项/目",
        _ => "类/款",
    };
}
