using System.Collections.Generic;
using System.Globalization;

namespace FinalAccounts.Import.Xlsx;

/// <summary>The shared-strings table: the text of every string cell that refers to it by index.</summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(XlsxPackage package, string part)
    {
        var strings = new List<string>();
        using var xml = package.Open(part);
        while (xml.Read())
        {
            if (!xml.IsStart("si")) continue;
            if (strings.Count == XlsxLimits.MaxSharedStrings)
            {
                var max = XlsxLimits.MaxSharedStrings.ToString("N0", CultureInfo.InvariantCulture);
                throw new XlsxRefusal("共享字符串表超过 " + max + " 项", "the shared-strings table has more than " + max + " entries");
            }
            strings.Add(xml.ReadRichText());
        }
        return strings;
    }
}
