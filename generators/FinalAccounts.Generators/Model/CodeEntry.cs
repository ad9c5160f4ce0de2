namespace FinalAccounts.Generators.Model;

/// <summary>
/// One code as it will be emitted. <see cref="ParentId"/> is the parent's 1-based position in the sorted table
/// (0 for a 类); <see cref="Identifier"/> is the generated member name.
/// </summary>
internal readonly record struct CodeEntry(
    string Code,
    string Name,
    int ParentId,
    int Level,
    bool Verified,
    string Source,
    string Identifier);
