using System.Collections.Generic;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import.Evaluations;

/// <summary>
/// Finds each 项目支出绩效自评表 by its title line (…绩效自评表, a short line without an ordinal or leader dots, so not a
/// line of the table of contents) followed within four lines by the 项目名称 row. A table's lines run to the next
/// 自评表 title, a standard table's title or a 第…部分 heading, whichever comes first. The lines before the first title and
/// after a standard table's title or a 第…部分 heading (up to the next title) are returned too, without a title: where an
/// excerpt starts inside a 自评表 whose first page was not obtained, its orphan rows stand there.
/// </summary>
internal static class EvaluationLocator
{
    private static readonly Regex s_part = new(@"^第[一二三四五六七八九十]+部分", RegexOptions.CultureInvariant);

    /// <summary>True for a line that is a 自评表 title as printed above the table.</summary>
    public static bool IsTitle(LayoutLine line)
    {
        var text = StandardTables.Normalise(line.Text);
        if (text.Length > 40 || !text.Contains("绩效自评表")) return false;
        var prefix = text.Substring(0, text.IndexOf("绩效自评表", System.StringComparison.Ordinal));
        return !Regex.IsMatch(prefix, "[、.．…]") && !Regex.IsMatch(text, "[.．…]{2,}");
    }

    /// <summary>
    /// Each table's title line and the lines after it that may belong to it, in document order; with a null title, a run
    /// of lines under no 自评表 title (from the document's start or a standard table's title or 第…部分 heading to the next
    /// title), where the rows of a table whose first page is missing would stand.
    /// </summary>
    public static List<(LayoutLine? Title, List<LayoutLine> Lines)> Locate(LayoutDocument document, ISet<LayoutLine> stops)
    {
        var lines = document.Lines;
        var found = new List<(LayoutLine?, List<LayoutLine>)>();
        // The untitled run being gathered, or null after a title (a title's lines, located or not, belong to no orphan run).
        List<LayoutLine>? untitled = new();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsTitle(lines[i]))
            {
                if (stops.Contains(lines[i]) || s_part.IsMatch(lines[i].Text))
                {
                    Flush(found, untitled);
                    untitled = new List<LayoutLine>();
                }
                untitled?.Add(lines[i]);
                continue;
            }
            Flush(found, untitled);
            untitled = null;
            var named = false;
            for (var j = i + 1; j < lines.Count && j <= i + 4; j++)
            {
                if (StandardTables.Normalise(lines[j].Text).StartsWith("项目名称", System.StringComparison.Ordinal)) named = true;
            }
            if (!named) continue;
            var body = new List<LayoutLine>();
            var k = i + 1;
            for (; k < lines.Count; k++)
            {
                if (IsTitle(lines[k]) || stops.Contains(lines[k]) || s_part.IsMatch(lines[k].Text)) break;
                body.Add(lines[k]);
            }
            found.Add((lines[i], body));
            i = k - 1;
        }
        Flush(found, untitled);
        return found;
    }

    private static void Flush(List<(LayoutLine?, List<LayoutLine>)> found, List<LayoutLine>? untitled)
    {
        if (untitled != null && untitled.Count > 0) found.Add((null, untitled));
    }
}
