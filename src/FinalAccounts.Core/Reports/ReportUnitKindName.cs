using System;
using FinalAccounts.Classification;

namespace FinalAccounts.Reports;

/// <summary>
/// How a <see cref="ReportUnitKind"/> is written — 行政单位, 参照公务员法管理事业单位, 事业单位, 其他 — read and written side by
/// side: the one place the four words are spelt. Parse where a file comes in (the reader), format where it goes out (the writer).
/// </summary>
public static class ReportUnitKindName
{
    private const string Administrative = "行政单位";
    private const string CivilServiceManagedInstitution = "参照公务员法管理事业单位";
    private const string Institution = "事业单位";
    private const string Other = "其他";

    /// <summary>The four words, in the order the format documents them.</summary>
    public static string Names => Administrative + "、" + CivilServiceManagedInstitution + "、" + Institution + "、" + Other;

    /// <summary>The word for <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string Format(ReportUnitKind kind) => kind switch
    {
        ReportUnitKind.Administrative => Administrative,
        ReportUnitKind.CivilServiceManagedInstitution => CivilServiceManagedInstitution,
        ReportUnitKind.Institution => Institution,
        ReportUnitKind.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
    };

    /// <summary>Reads one of the four words exactly (no spaces, no other spelling); false for anything else.</summary>
    public static bool TryParse(string? name, out ReportUnitKind kind)
    {
        switch (name)
        {
            case Administrative:
                kind = ReportUnitKind.Administrative;
                return true;
            case CivilServiceManagedInstitution:
                kind = ReportUnitKind.CivilServiceManagedInstitution;
                return true;
            case Institution:
                kind = ReportUnitKind.Institution;
                return true;
            case Other:
                kind = ReportUnitKind.Other;
                return true;
            default:
                kind = ReportUnitKind.Other;
                return false;
        }
    }

    /// <summary>
    /// The kind the 部门→政府 经济分类 mapping reads: 机关 for 行政单位 and 参照公务员法管理事业单位, 事业单位 for 事业单位;
    /// false for 其他, which the mapping cannot place.
    /// </summary>
    public static bool TryGetUnitKind(ReportUnitKind kind, out UnitKind unitKind)
    {
        switch (kind)
        {
            case ReportUnitKind.Administrative:
            case ReportUnitKind.CivilServiceManagedInstitution:
                unitKind = UnitKind.Agency;
                return true;
            case ReportUnitKind.Institution:
                unitKind = UnitKind.Institution;
                return true;
            default:
                unitKind = default;
                return false;
        }
    }
}
