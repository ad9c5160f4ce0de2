namespace FinalAccounts.Import.Codes;

/// <summary>
/// A 支出功能分类 code printed with its name in a report's table: the code, the name as printed (white space removed,
/// wrapped cells joined), and where (file name and 1-based page; the sheet for XLSX, 0 when not known).
/// </summary>
public sealed record PrintedCode(string Code, string Name, string File, int Page)
{
    /// <summary>1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7).</summary>
    public int Level => (Code.Length - 1) / 2;

    /// <summary>The code one level up, or empty for a 类.</summary>
    public string ParentCode => Code.Length <= 3 ? string.Empty : Code.Substring(0, Code.Length - 2);

    /// <summary>"file p.N", the provenance written into a harvested table's <c>source</c> column.</summary>
    public string Source => Page > 0 ? File + " p." + Page : File;
}
