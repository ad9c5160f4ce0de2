using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Generators.Model;

/// <summary>One row of an evidence table: whether a code of a scheme was seen in an official source, and where.</summary>
internal readonly record struct EvidenceRow(TableKind Scheme, string Code, bool Verified, string Source, LocationInfo Location);
