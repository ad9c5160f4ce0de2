namespace FinalAccounts.Generators.Model;

/// <summary>
/// One code as it will be emitted. <see cref="ParentId"/> is the parent's 1-based position in the sorted table
/// (0 for a 类); <see cref="Identifier"/> is the generated member name; <see cref="Evidence"/> is an
/// <see cref="Tables.EvidenceLevel"/>; <see cref="Aliases"/> are the code's other names by edition.
/// </summary>
internal readonly record struct CodeEntry(
    string Code,
    string Name,
    int ParentId,
    int Level,
    int Evidence,
    string Source,
    string Identifier,
    EquatableArray<AliasRow> Aliases)
{
    /// <summary>True for verified codes only (printed and unverified codes are not).</summary>
    public bool Verified => Evidence == Tables.EvidenceLevel.Verified;
}
