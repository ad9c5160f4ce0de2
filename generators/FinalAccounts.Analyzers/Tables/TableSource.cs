namespace FinalAccounts.Analyzers.Tables;

/// <summary>One table as the generator would see it: path (or resource name), FinalAccountsScheme and TypeName metadata, text.</summary>
internal readonly record struct TableSource(string Path, string Scheme, string TypeName, string Text);
