namespace FinalAccounts.Reports;

/// <summary>
/// The publishing unit's kind as a report file states it (<c>report.unitKind</c>); read and written by
/// <see cref="ReportUnitKindName"/>. The 部门→政府 经济分类 mapping needs only 机关 or 事业单位
/// (<see cref="Classification.UnitKind"/>, see <see cref="ReportUnitKindName.TryGetUnitKind"/>); the report keeps the
/// four words so that a file reads and writes back unchanged.
/// </summary>
public enum ReportUnitKind
{
    /// <summary>其他: a kind the report does not state, or none of the others.</summary>
    Other = 0,

    /// <summary>行政单位: an administrative unit (机关).</summary>
    Administrative = 1,

    /// <summary>参照公务员法管理事业单位: a 事业单位 managed under the 公务员法 (参公), mapped as a 机关.</summary>
    CivilServiceManagedInstitution = 2,

    /// <summary>事业单位: a public institution.</summary>
    Institution = 3,
}
