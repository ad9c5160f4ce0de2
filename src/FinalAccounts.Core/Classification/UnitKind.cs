namespace FinalAccounts.Classification;

/// <summary>The kind of budget unit, which decides how 部门预算 economic codes map to 政府预算 ones.</summary>
public enum UnitKind
{
    /// <summary>机关: administrative units, and 事业单位 managed under the 公务员法 (参公).</summary>
    Agency = 1,

    /// <summary>事业单位: public institutions.</summary>
    Institution = 2,
}
