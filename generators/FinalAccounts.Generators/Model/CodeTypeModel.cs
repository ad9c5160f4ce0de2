using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Generators.Model;

/// <summary>
/// Everything needed to emit one code type: its namespace and name, scheme, the tables it came from, its codes in
/// code order, and (for 部门预算 economic codes) the 政府预算 mapping.
/// </summary>
internal sealed record CodeTypeModel(
    string Namespace,
    string Name,
    TableKind Kind,
    EquatableArray<string> Files,
    EquatableArray<CodeEntry> Entries,
    string MappingTarget,
    EquatableArray<string> AgencyMapping,
    EquatableArray<string> InstitutionMapping)
{
    /// <summary>The fully qualified type name, e.g. FinalAccounts.Classification.FunctionCode.</summary>
    public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;
}
