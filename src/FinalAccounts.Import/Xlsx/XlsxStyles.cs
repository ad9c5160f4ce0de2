using System.Collections.Generic;
using System.Globalization;

namespace FinalAccounts.Import.Xlsx;

/// <summary>Each cell style's number format code (cellXfs → numFmtId → numFmts or a built-in format).</summary>
internal sealed class XlsxStyles
{
    /// <summary>The built-in formats a file refers to by id only (ECMA-376 §18.8.30) that reports use; others show as General.</summary>
    private static readonly Dictionary<int, string> s_builtIn = new()
    {
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [14] = "yyyy/m/d",
        [22] = "yyyy/m/d h:mm",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
    };

    public static readonly XlsxStyles None = new(new List<CellFormat>());

    private readonly List<CellFormat> _formats;

    private XlsxStyles(List<CellFormat> formats) => _formats = formats;

    /// <summary>The number format of cell style <paramref name="index"/> (General when absent or unknown).</summary>
    public CellFormat FormatOf(int index) => index >= 0 && index < _formats.Count ? _formats[index] : CellFormat.General;

    public static XlsxStyles Read(XlsxPackage package, string part)
    {
        var custom = new Dictionary<int, string>();
        var ids = new List<int>();
        using (var xml = package.Open(part))
        {
            var inCellXfs = false;
            while (xml.Read())
            {
                if (xml.IsStart("numFmt"))
                {
                    if (int.TryParse(xml.Attribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) custom[id] = xml.Attribute("formatCode") ?? string.Empty;
                }
                else if (xml.IsStart("cellXfs")) inCellXfs = !xml.IsEmptyElement;
                else if (xml.NodeType == System.Xml.XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
                else if (inCellXfs && xml.IsStart("xf"))
                {
                    ids.Add(int.TryParse(xml.Attribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0);
                }
            }
        }
        var formats = new List<CellFormat>(ids.Count);
        var byId = new Dictionary<int, CellFormat>();
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var format))
            {
                // ClosedXML writes numFmtId 0 with an empty code: General, like the built-in 0.
                var code = custom.TryGetValue(id, out var c) && c.Length > 0 ? c : s_builtIn.TryGetValue(id, out var b) ? b : "General";
                byId[id] = format = new CellFormat(code);
            }
            formats.Add(format);
        }
        return new XlsxStyles(formats);
    }
}
