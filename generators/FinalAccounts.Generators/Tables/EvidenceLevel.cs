namespace FinalAccounts.Generators.Tables;

/// <summary>
/// The evidence levels of <c>FinalAccounts.Classification.ClassificationEvidence</c> as the generator counts them, and
/// the words a table may use for each.
/// </summary>
internal static class EvidenceLevel
{
    /// <summary>Not seen in any cited source.</summary>
    public const int Unverified = 0;

    /// <summary>Seen printed in a real report, not in an official edition.</summary>
    public const int Printed = 1;

    /// <summary>Seen in an official edition or a cited source of equal weight.</summary>
    public const int Verified = 2;

    /// <summary>
    /// Reads an <c>evidence</c> column or an evidence table's <c>status</c>: verified (also V25, VOLD, yes, 已核实),
    /// printed (报表所列), unverified (also UNV, NAME, no, 未核实). Case-insensitive.
    /// </summary>
    public static bool TryParse(string text, out int level)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "VERIFIED":
            case "V25":
            case "VOLD":
            case "YES":
            case "已核实":
                level = Verified;
                return true;
            case "PRINTED":
            case "报表所列":
                level = Printed;
                return true;
            case "UNVERIFIED":
            case "UNV":
            case "NAME":
            case "NO":
            case "未核实":
                level = Unverified;
                return true;
            default:
                level = Unverified;
                return false;
        }
    }

    /// <summary>The member of <c>ClassificationEvidence</c>.</summary>
    public static string EnumMember(int level) => level switch
    {
        Verified => "Verified",
        Printed => "Printed",
        _ => "Unverified",
    };
}
