using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import;

/// <summary>
/// The report header from the cover: the first lines of page 1 up to the one naming the year (上海市普陀区财政局 /
/// 2024年度部门决算). The unit kind is not printed in a 部门决算; it is inferred from the unit's name (…局, …委员会,
/// …办公室 → 行政单位; else 其他) and an FA4006 note says so.
/// </summary>
internal static class ReportHeaderReader
{
    private static readonly Regex s_year = new(@"(20\d\d|19\d\d)年度?", RegexOptions.CultureInvariant);

    public static HeaderDraft Read(LayoutDocument document, IReadOnlyList<TableRegion> tables, List<ImportNote> notes)
    {
        var header = new HeaderDraft { Source = Path.GetFileName(document.Source) };
        var cover = document.Lines.Where(l => l.Page == document.Lines[0].Page).Take(4).ToList();
        var title = string.Empty;
        foreach (var line in cover)
        {
            title += line.Text;
            if (s_year.IsMatch(line.Text)) break;
        }
        var year = s_year.Match(title);
        if (!year.Success)
        {
            // No year on the cover: look for the first "NNNN年度" anywhere.
            var anywhere = document.Lines.Select(l => s_year.Match(l.Text)).FirstOrDefault(m => m.Success);
            year = anywhere ?? year;
            notes.Add(new ImportNote(ImportNotes.HeaderInferred, "the cover names no year; " + (year.Success ? "took " + year.Groups[1].Value + " from the text" : "2000 is a placeholder: correct it"), 1, "report"));
        }
        header.Year = year.Success ? int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 2000;
        header.Title = title.Length > 0 ? title : Path.GetFileNameWithoutExtension(document.Source);
        var at = title.IndexOf(year.Success ? year.Value : "\u0000", System.StringComparison.Ordinal);
        header.UnitName = at > 0 ? title.Substring(0, at) : header.Title;
        header.Level = title.Contains("单位决算") ? "单位" : "部门";
        if (tables.Count > 0 && tables[0].IsBudget) BudgetImport.Header(document, header, notes);
        if (Regex.IsMatch(header.UnitName, "(局|委员会|委|办公室|厅|政府|法院|检察院)$"))
        {
            header.UnitKind = Reports.ReportUnitKind.Administrative;
            notes.Add(new ImportNote(ImportNotes.HeaderInferred, "the unit kind is not printed; 行政单位 was inferred from the name " + header.UnitName, 1, "report"));
        }
        else
        {
            notes.Add(new ImportNote(ImportNotes.HeaderInferred, "the unit kind is not printed and the name does not tell it; written as 其他: correct it", 1, "report"));
        }
        header.CurrencyUnit = tables.Count > 0 ? tables[0].Unit : "万元";
        if (tables.Count == 0) notes.Add(new ImportNote(ImportNotes.HeaderInferred, "no table gives the currency unit; 万元 assumed", 0, "report"));
        header.Notes = "Imported by FinalAccounts.Import from " + header.Source + "; review the figures against the source before relying on them.";
        return header;
    }
}
