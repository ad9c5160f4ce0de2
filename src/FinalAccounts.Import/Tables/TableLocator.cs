using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Finds the standard tables by their title line followed (within three lines) by a unit line 单位：万元 / 单位：元. A line
/// in a table of contents ("一、收入支出决算总表") has no unit line below it and is not taken. When two titles fit a line
/// (支出决算表 is the end of 一般公共预算财政拨款支出决算表) the longer wins. A table runs to the next table's title, or
/// to a 第…部分 heading; pages in between continue it. A footnote under the table (注：本表反映…, 说明：…) ends it: its
/// words are no row's label. So does a heading of the 说明 that follows the last table (其他相关情况说明, 一、…预算情况说明):
/// its sentences' numbers are no cells.
/// </summary>
internal static class TableLocator
{
    private static readonly Regex s_unit = new(@"单位[：:](万元|元)", RegexOptions.CultureInvariant);
    private static readonly Regex s_part = new(@"^第[一二三四五六七八九十]+部分", RegexOptions.CultureInvariant);
    private static readonly Regex s_footnote = new(@"^(注\d*|说明|备注)[：:]", RegexOptions.CultureInvariant);
    private static readonly Regex s_heading = new(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?[^：:，,。]{0,28}说明$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<TableRegion> Locate(LayoutDocument document, List<ImportNote> notes)
        => Locate(document, notes, out _);

    /// <summary>
    /// Locates the tables of a 决算 or of a 预算, whichever the document has more of (a tie is a 决算, as before 预算
    /// existed); <paramref name="isBudget"/> says which. Only the chosen family's missing tables are noted.
    /// </summary>
    public static IReadOnlyList<TableRegion> Locate(LayoutDocument document, List<ImportNote> notes, out bool isBudget)
    {
        var finalNotes = new List<ImportNote>();
        var budgetNotes = new List<ImportNote>();
        var final = Locate(document, finalNotes, StandardTables.All, false);
        var budget = Locate(document, budgetNotes, StandardTables.Budget, true);
        isBudget = budget.Count > final.Count;
        notes.AddRange(isBudget ? budgetNotes : finalNotes);
        return isBudget ? budget : final;
    }

    private static IReadOnlyList<TableRegion> Locate(LayoutDocument document, List<ImportNote> notes, IReadOnlyList<(string Id, string Title, TableKind Kind)> standard, bool budget)
    {
        var lines = document.Lines;
        var found = new List<(int Line, int UnitLine, string Unit, (string Id, string Title, TableKind Kind) Table)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = StandardTables.Normalise(lines[i].Text);
            if (text.Length > 60 || text.Contains("单位：")) continue;
            var match = standard.Where(t => text.EndsWith(StandardTables.Normalise(t.Title), System.StringComparison.Ordinal))
                .OrderByDescending(t => t.Title.Length).FirstOrDefault();
            if (match.Id == null || found.Any(f => f.Table.Id == match.Id)) continue;
            // A title with an ordinal or page number in front is a line of the table of contents.
            var prefix = text.Substring(0, text.Length - StandardTables.Normalise(match.Title).Length);
            if (Regex.IsMatch(prefix, "[、.．…]")) continue;
            for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
            {
                var unit = s_unit.Match(lines[j].Text);
                if (!unit.Success) continue;
                found.Add((i, j, unit.Groups[1].Value, match));
                break;
            }
        }
        var regions = new List<TableRegion>();
        for (var k = 0; k < found.Count; k++)
        {
            var (line, unitLine, unit, table) = found[k];
            var end = k + 1 < found.Count ? found[k + 1].Line : lines.Count;
            var body = new List<LayoutLine>();
            var i = unitLine + 1;
            for (; i < end; i++)
            {
                if (EndsTable(lines[i]) || IsFootnote(lines[i])) break;
                body.Add(lines[i]);
            }
            // The footnote and what follows it up to the next table: where a table without data says so (故本表无数据).
            var below = new List<LayoutLine>();
            for (; i < end && !EndsTable(lines[i]); i++) below.Add(lines[i]);
            regions.Add(new TableRegion(table.Id, lines[line].Text, table.Kind, unit, WithoutRepeatedHeaders(body), lines[line].Page) { IsBudget = budget, Below = below });
        }
        foreach (var missing in standard.GroupBy(t => t.Id).Select(g => g.First()).Where(t => regions.All(r => r.Id != t.Id)))
        {
            notes.Add(new ImportNote(ImportNotes.TableNotFound, "no title line " + missing.Title + " followed by a unit line (单位：万元) was found; the table is not imported", 0, missing.Id));
        }
        return regions;
    }

    /// <summary>
    /// The body without the header a long table repeats at the top of each continuation page (一般公共预算支出 / 功能分类科目编码
    /// / 类 款 项 again): on a later page, leading lines without a value whose words all stand in the first page's header
    /// are that header, not names of the rows below (before, they were read as part of the first row's name).
    /// </summary>
    private static IReadOnlyList<LayoutLine> WithoutRepeatedHeaders(List<LayoutLine> body)
    {
        if (body.Count == 0) return body;
        var firstPage = body[0].Page;
        var headerWords = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var line in body.TakeWhile(l => l.Page == firstPage && !l.Words.Any(w => Numbers.IsValue(w.Text))))
        {
            foreach (var w in line.Words) headerWords.Add(w.Text);
        }
        if (headerWords.Count == 0) return body;
        var kept = new List<LayoutLine>(body.Count);
        var page = firstPage;
        var leading = false;
        foreach (var line in body)
        {
            if (line.Page != page)
            {
                page = line.Page;
                leading = true;
            }
            if (leading && line.Words.All(w => headerWords.Contains(w.Text))) continue;
            leading = false;
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>
    /// A heading of the 说明 (其他相关情况说明, 一、2025年“三公”经费预算情况说明, （二）项目经费情况说明): a short line that ends in
    /// 说明, with no value and no sentence punctuation. The 说明 of a 预算 may start right under its last table, on the same or
    /// the next page; without this its letter-spaced numbers (援 滇 干 部 工 作 经 费 3.00 万 元) stood under the table's
    /// columns. The same holds for the title of a 项目支出绩效目标表 or 自评表 (or the 目标表's first line 项目名称 …) after the
    /// last table, and for a 第…部分 heading: no table runs past any of them.
    /// </summary>
    private static bool EndsTable(LayoutLine line)
    {
        if (s_part.IsMatch(line.Text) || Evaluations.EvaluationLocator.IsTitle(line)) return true;
        var text = StandardTables.Normalise(line.Text).Trim();
        return (!line.Words.Any(w => Numbers.IsValue(w.Text)) && s_heading.IsMatch(text)) || Targets.TargetTableReader.IsTitle(text) || text.StartsWith("项目名称", System.StringComparison.Ordinal);
    }

    /// <summary>A line starting with 注：/ 说明：/ 备注： (spaces ignored) at the table's left: the table has ended.</summary>
    private static bool IsFootnote(LayoutLine line) => s_footnote.IsMatch(StandardTables.Normalise(line.Text).TrimStart());
}
