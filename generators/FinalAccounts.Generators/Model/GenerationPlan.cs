namespace FinalAccounts.Generators.Model;

/// <summary>The outcome of joining every table of a compilation: the types to emit and the cross-table diagnostics.</summary>
internal sealed record GenerationPlan(EquatableArray<CodeTypeModel> Types, EquatableArray<DiagnosticInfo> Diagnostics);
