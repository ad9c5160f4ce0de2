using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Generators.Model;

/// <summary>One row of an evidence table: how a code of a scheme is evidenced (an <see cref="EvidenceLevel"/>), and where.</summary>
internal readonly record struct EvidenceRow(TableKind Scheme, string Code, int Evidence, string Source, LocationInfo Location);
