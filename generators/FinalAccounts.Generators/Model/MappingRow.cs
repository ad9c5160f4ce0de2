namespace FinalAccounts.Generators.Model;

/// <summary>
/// One 部门→政府 经济分类 mapping row. <see cref="UnitKinds"/> is a bit set: 1 = 机关, 2 = 事业单位, 3 = any.
/// </summary>
internal readonly record struct MappingRow(string DepartmentalCode, string GovernmentCode, int UnitKinds, LocationInfo Location);
