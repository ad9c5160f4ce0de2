namespace FinalAccounts.Generators.Model;

/// <summary>A table file as the build gave it: its path, the scheme and type name from its metadata, and its text.</summary>
internal readonly record struct TableFile(string Path, string Scheme, string TypeName, string Text);
