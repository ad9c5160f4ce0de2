namespace FinalAccounts.Generators.Model;

/// <summary>What the consuming compilation supports: nullable annotations (C# 8) and <c>System.ReadOnlySpan&lt;T&gt;</c>.</summary>
internal readonly record struct EmitOptions(bool Nullable, bool Span);
