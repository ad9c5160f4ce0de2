using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Generators.Model;

/// <summary>A table file after parsing: the rows that are sound, and a diagnostic for each row that is not.</summary>
internal sealed record ParsedTable(
    string Path,
    TableKind Kind,
    bool KindKnown,
    string TypeName,
    EquatableArray<CodeRow> Codes,
    EquatableArray<EvidenceRow> Evidence,
    EquatableArray<MappingRow> Mappings,
    EquatableArray<AliasRow> Aliases,
    EquatableArray<DiagnosticInfo> Diagnostics);
