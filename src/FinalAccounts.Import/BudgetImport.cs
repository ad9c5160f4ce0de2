using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import;

/// <summary>
/// What makes an imported 预算 differ from a 决算 once its tables are read by the shared recognisers: its own figures are
/// on basis 预算 (the recognisers write 决算), and its cover names the unit on a line of its own (预算主管部门：… for a
/// 部门预算, 预算单位：… for a 单位预算) under a title that names the region, not the unit.
/// </summary>
internal static class BudgetImport
{
    private static readonly Regex s_unitLine = new(@"^(预算主管部门|预算单位|编制部门|编制单位)[：:]\s*(\S+)", RegexOptions.CultureInvariant);

    /// <summary>Every cell the recognisers wrote on basis 决算 states the 预算.</summary>
    public static void OwnBasis(IEnumerable<TableDraft> tables)
    {
        foreach (var cell in tables.SelectMany(t => t.Cells))
        {
            if (cell.Basis == "决算") cell.Basis = "预算";
        }
    }

    /// <summary>Kind 预算; unit and level from the cover's 预算主管部门 / 预算单位 line (else a table's 编制部门 line).</summary>
    public static void Header(LayoutDocument document, HeaderDraft header, List<ImportNote> notes)
    {
        header.Kind = "预算";
        var firstPage = document.Lines.Count > 0 ? document.Lines[0].Page : 1;
        var cover = document.Lines.Where(l => l.Page == firstPage).Take(8).Select(l => s_unitLine.Match(l.Text.Trim())).FirstOrDefault(m => m.Success)
            ?? document.Lines.Select(l => s_unitLine.Match(l.Text.Trim())).FirstOrDefault(m => m.Success);
        if (cover == null)
        {
            notes.Add(new ImportNote(ImportNotes.HeaderInferred, "no 预算主管部门 / 预算单位 / 编制部门 line names the unit; the title's text before the year is taken: correct it", 1, "report"));
        }
        else
        {
            header.UnitName = cover.Groups[2].Value;
            header.Level = cover.Groups[1].Value is "预算单位" or "编制单位" ? "单位" : "部门";
        }
        if (header.Title.Contains("单位预算")) header.Level = "单位";
        else if (header.Title.Contains("部门预算")) header.Level = "部门";
    }
}
