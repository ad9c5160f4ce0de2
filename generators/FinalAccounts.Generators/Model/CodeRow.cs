namespace FinalAccounts.Generators.Model;

/// <summary>One readable row of a code table: the code, its Chinese name, parent, level (1 = 类 … 4 = 目) and source.</summary>
internal readonly record struct CodeRow(string Code, string Name, string ParentCode, int Level, string Source, LocationInfo Location);
