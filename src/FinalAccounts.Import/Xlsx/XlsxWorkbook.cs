using System;
using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Import.Xlsx;

/// <summary>The workbook part: its sheets in tab order, where the shared strings and styles are, the date system.</summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(IReadOnlyList<XlsxSheetEntry> sheets, string? sharedStrings, string? styles, bool date1904)
    {
        Sheets = sheets;
        SharedStrings = sharedStrings;
        Styles = styles;
        Date1904 = date1904;
    }

    public IReadOnlyList<XlsxSheetEntry> Sheets { get; }

    public string? SharedStrings { get; }

    public string? Styles { get; }

    public bool Date1904 { get; }

    public static XlsxWorkbook Read(XlsxPackage package)
    {
        // Relationship types end the same in transitional (schemas.openxmlformats.org) and strict (purl.oclc.org) files.
        var root = package.Relationships(string.Empty).FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
        var related = package.Relationships(root);
        string? Of(string type) => related.FirstOrDefault(r => r.Type.EndsWith("/" + type, StringComparison.Ordinal)).Target;
        var worksheets = related.Where(r => r.Type.EndsWith("/worksheet", StringComparison.Ordinal)).ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        var sheets = new List<XlsxSheetEntry>();
        var date1904 = false;
        using (var part = package.Open(root))
        {
            while (part.Read())
            {
                if (part.IsStart("workbookPr")) date1904 = part.Attribute("date1904") is "1" or "true";
                else if (part.IsStart("sheet"))
                {
                    var state = part.Attribute("state");
                    var id = part.Attribute("id");
                    var target = id is not null && worksheets.TryGetValue(id, out var t) && package.Has(t) ? t : null;
                    sheets.Add(new XlsxSheetEntry(part.Attribute("name") ?? "?", target, state is "hidden" or "veryHidden"));
                }
            }
        }
        var strings = Of("sharedStrings");
        var styles = Of("styles");
        return new XlsxWorkbook(sheets, strings is not null && package.Has(strings) ? strings : null, styles is not null && package.Has(styles) ? styles : null, date1904);
    }
}
