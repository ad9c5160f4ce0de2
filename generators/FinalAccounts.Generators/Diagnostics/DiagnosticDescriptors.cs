using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace FinalAccounts.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the classification generator reports (FA0xxx). An ID never changes meaning once released;
/// each is listed in AnalyzerReleases.*.md and documented in README.md under its anchor.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "FinalAccounts.Classification";

    /// <summary>FA0001: the header lacks a required column.</summary>
    public static readonly DiagnosticDescriptor BadHeader = Error(
        "FA0001", "Classification table header is malformed",
        "分类表表头缺少必需列 '{0}'（表头为 '{1}'）; the header must contain the column '{0}' (found '{1}')");

    /// <summary>FA0002: the code's digits do not match its level.</summary>
    public static readonly DiagnosticDescriptor WrongDigits = Error(
        "FA0002", "Code does not have the digit count of its level",
        "代码 '{0}' 的级次为 {1}，应为 {2} 位数字; code '{0}' is a {1} code and must be {2} digits");

    /// <summary>FA0003: the parent code is not in the table.</summary>
    public static readonly DiagnosticDescriptor MissingParent = Error(
        "FA0003", "Parent code is missing",
        "代码 '{0}' 的上级代码 '{1}' 不在分类表中; the parent '{1}' of code '{0}' is not in the table");

    /// <summary>FA0004: the parent code is not the code's prefix.</summary>
    public static readonly DiagnosticDescriptor ParentNotPrefix = Error(
        "FA0004", "Parent code is not the code's prefix",
        "代码 '{0}' 的上级代码应为 '{2}'，表中写作 '{1}'; the parent of code '{0}' must be '{2}' (its code less two digits), the table says '{1}'");

    /// <summary>FA0005: the same code appears twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "FA0005", "Duplicate code",
        "代码 '{0}' 重复，首次出现于 {1}; code '{0}' is already defined at {1}");

    /// <summary>FA0006: the name is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyName = Error(
        "FA0006", "Code has no name",
        "代码 '{0}' 的名称为空; code '{0}' has an empty name");

    /// <summary>FA0007: the FinalAccountsScheme metadata names no known scheme.</summary>
    public static readonly DiagnosticDescriptor UnknownScheme = Error(
        "FA0007", "Unknown classification scheme",
        "未知的分类方案 '{0}'，应为 Function、Economic、GovernmentEconomic、Revenue、Evidence、EconomicMapping 或 Aliases; unknown FinalAccountsScheme '{0}'");

    /// <summary>FA0008: one type name is claimed by tables of different schemes.</summary>
    public static readonly DiagnosticDescriptor DuplicateTypeName = Error(
        "FA0008", "Type name used by two schemes",
        "类型名 '{0}' 已由 {1} 分类表使用，不能再用于 {2}; type name '{0}' is already generated from a {1} table and cannot also hold {2} codes");

    /// <summary>FA0009: the TypeName metadata is missing or not a C# type name.</summary>
    public static readonly DiagnosticDescriptor InvalidTypeName = Error(
        "FA0009", "Missing or invalid type name",
        "TypeName '{0}' 不是有效的 C# 类型名（形如 MyRegion.LocalFunctionCode）; TypeName '{0}' is not a valid C# type name such as MyRegion.LocalFunctionCode");

    /// <summary>FA0010: the level is not one the scheme allows.</summary>
    public static readonly DiagnosticDescriptor UnknownLevel = Error(
        "FA0010", "Unknown level",
        "代码 '{0}' 的级次 '{1}' 无效，{2} 允许 {3}; code '{0}' has level '{1}', {2} allows {3}");

    /// <summary>FA0011: a row cannot be read as CSV.</summary>
    public static readonly DiagnosticDescriptor MalformedRow = Error(
        "FA0011", "Malformed CSV row",
        "该行无法读取：{0}; this row cannot be read: {0}");

    /// <summary>FA0012: an evidence or mapping row names a code the tables do not have.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Warning(
        "FA0012", "Row refers to an unknown code",
        "{0} '{1}' 不在 {2} 中，该行已忽略; {0} '{1}' is not in the {2} table; the row is ignored");

    /// <summary>FA0013: a mapping row names an unknown unit kind.</summary>
    public static readonly DiagnosticDescriptor UnknownUnitKind = Error(
        "FA0013", "Unknown unit kind",
        "单位类型 '{0}' 无效，应为 机关、事业单位 或 any; unit_kind '{0}' must be 机关, 事业单位 or any");

    /// <summary>FA0014: a table file has no rows.</summary>
    public static readonly DiagnosticDescriptor EmptyTable = Warning(
        "FA0014", "Empty classification table",
        "分类表为空（没有表头或数据行）; the table has no header or no rows");

    /// <summary>FA0015: a mapping cannot be attached because the code types it needs are missing or ambiguous.</summary>
    public static readonly DiagnosticDescriptor MappingTarget = Error(
        "FA0015", "Mapping has no single target type",
        "对照表需要恰好一个 {0} 类型，实际找到 {1} 个; the mapping needs exactly one {0} type, found {1}");

    /// <summary>FA0016: an evidence value is none of verified, printed, unverified.</summary>
    public static readonly DiagnosticDescriptor UnknownEvidence = Warning(
        "FA0016", "Unknown evidence level",
        "代码 '{0}' 的证据等级 '{1}' 无效，应为 verified、printed 或 unverified，按未核实处理; code '{0}' has evidence '{1}', which is none of verified, printed, unverified; it is treated as unverified");

    /// <summary>FA0017: an alias row's code, name or years cannot be read.</summary>
    public static readonly DiagnosticDescriptor BadAlias = Error(
        "FA0017", "Malformed alias row",
        "沿革行 '{0}' 无效：{1}，该行已忽略; alias row '{0}' is invalid: {1}; the row is ignored");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        BadHeader, WrongDigits, MissingParent, ParentNotPrefix, DuplicateCode, EmptyName, UnknownScheme,
        DuplicateTypeName, InvalidTypeName, UnknownLevel, MalformedRow, UnknownReference, UnknownUnitKind,
        EmptyTable, MappingTarget, UnknownEvidence, BadAlias);

    /// <summary>Every descriptor, for documentation tests.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    /// <summary>The descriptor with <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in descriptors) map.Add(d.Id, d);
        return map;
    }
}
