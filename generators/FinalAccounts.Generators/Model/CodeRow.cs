namespace FinalAccounts.Generators.Model;

/// <summary>
/// One readable row of a code table: the code, its Chinese name, parent, level (1 = 类 … 4 = 目), source, and the
/// evidence level its <c>evidence</c> column gives (-1 when the table has no such column: the source decides).
/// </summary>
internal readonly record struct CodeRow(string Code, string Name, string ParentCode, int Level, string Source, int Evidence, LocationInfo Location);
