using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Generators.Model;

/// <summary>
/// One row of an alias table: code <see cref="Code"/> of <see cref="Scheme"/> was printed as <see cref="Name"/> in the
/// editions of <see cref="FirstYear"/> to <see cref="LastYear"/> (0 = not known), and is today
/// <see cref="CurrentCode"/> (the same code unless a revision moved it).
/// </summary>
internal readonly record struct AliasRow(TableKind Scheme, string Code, string Name, int FirstYear, int LastYear, string CurrentCode, string Source, LocationInfo Location);
