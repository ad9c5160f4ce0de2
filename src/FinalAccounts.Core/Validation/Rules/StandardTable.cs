using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One of the nine tables the 部门决算 template publishes, how a title names it, and — for the three a unit may have no
/// data for (三公, 政府性基金, 国有资本经营) — the figures it holds and the words by which a report says it has none.
/// </summary>
internal sealed class StandardTable
{
    private StandardTable(int number, string name, string[] aliases, string[] concepts, Regex? absence)
    {
        Number = number;
        Name = name;
        Names = new[] { name }.Concat(aliases).ToArray();
        PlainNames = Names.Select(Plain).ToArray();
        Concepts = concepts;
        Absence = absence;
    }

    public int Number { get; }

    /// <summary>The template's title, e.g. 财政拨款“三公”经费支出决算表.</summary>
    public string Name { get; }

    private string[] Names { get; }

    // The names as Of compares them, made once: each check of a report looks up every table title.
    private string[] PlainNames { get; }

    /// <summary>The 决算 concepts the table holds that the 说明 also states (三公经费 …); empty for tables 1–6.</summary>
    public IReadOnlyList<string> Concepts { get; }

    /// <summary>Words saying the unit has nothing for this table (无政府性基金预算财政拨款收入和支出), or null when it cannot be empty.</summary>
    public Regex? Absence { get; }

    public bool MayBeEmpty => Absence != null;

    public static IReadOnlyList<StandardTable> All { get; } = new[]
    {
        new StandardTable(1, "收入支出决算总表", new string[0], new string[0], null),
        new StandardTable(2, "收入决算表", new string[0], new string[0], null),
        new StandardTable(3, "支出决算表", new string[0], new string[0], null),
        new StandardTable(4, "财政拨款收入支出决算总表", new string[0], new string[0], null),
        new StandardTable(5, "一般公共预算财政拨款支出决算表", new string[0], new string[0], null),
        new StandardTable(6, "一般公共预算财政拨款基本支出决算表", new string[0], new string[0], null),
        new StandardTable(7, "财政拨款“三公”经费支出决算表", new string[0],
            new[] { "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费" },
            new Regex("(?:无|没有)[“\"]?三公[”\"]?经费|[“\"]?三公[”\"]?经费[^。]{0,12}(?:为0|为零|为空)", RegexOptions.CultureInvariant)),
        new StandardTable(8, "政府性基金预算财政拨款收入支出决算表", new[] { "政府性基金预算财政拨款支出决算表" },
            new[] { "政府性基金预算财政拨款支出", "政府性基金预算财政拨款收入" },
            new Regex("(?:无|没有)[^。，；]{0,8}政府性基金预算财政拨款|政府性基金预算财政拨款[^。]{0,12}(?:为0|为零|为空)", RegexOptions.CultureInvariant)),
        new StandardTable(9, "国有资本经营预算财政拨款收入支出决算表", new[] { "国有资本经营预算财政拨款支出决算表" },
            new[] { "国有资本经营预算财政拨款支出", "国有资本经营预算财政拨款收入" },
            new Regex("(?:无|没有)[^。，；]{0,8}国有资本经营预算财政拨款|国有资本经营预算财政拨款[^。]{0,12}(?:为0|为零|为空)", RegexOptions.CultureInvariant)),
    };

    // Every name, as printed and plain, to its table.
    private static readonly Dictionary<string, StandardTable> s_exact = ExactNames();

    private static Dictionary<string, StandardTable> ExactNames()
    {
        var names = new Dictionary<string, StandardTable>(System.StringComparer.Ordinal);
        foreach (var table in All)
        {
            foreach (var n in table.Names) names[n] = table;
            foreach (var n in table.PlainNames) names[n] = table;
        }
        return names;
    }

    /// <summary>The standard table a printed title names: the longest template name it contains (quotes and spaces aside).</summary>
    public static StandardTable? Of(string title)
    {
        // A title that is a template name as printed or plain (the common case) names that table: no longer name fits in it,
        // and a name as long as it that it contains is itself.
        if (s_exact.TryGetValue(title, out var exact)) return exact;
        var plain = Plain(title);
        StandardTable? best = null;
        var length = 0;
        foreach (var table in All)
        {
            foreach (var n in table.PlainNames)
            {
                if (n.Length > length && plain.Contains(n))
                {
                    best = table;
                    length = n.Length;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// True when the report says it has nothing for this table: the table's own note (故本表无数据), a 说明 sentence naming
    /// the absence (无政府性基金预算财政拨款收入和支出), or the 说明 stating the table's 决算 figures as 0.
    /// </summary>
    public bool IsDeclaredEmpty(FinalAccountsReport report, ReportTable? table)
    {
        if (Absence == null) return false;
        if (table != null && table.EmptyNote.Length > 0) return true;
        if (report.Statements.Any(s => Absence.IsMatch(Plain(s.Sentence)))) return true;
        var stated = NarrativeFigures(report).Where(f => f.Key.Concept == Concepts[0] && f.IsMoney).ToList();
        return stated.Count > 0 && stated.All(f => f.Amount.Value == 0m);
    }

    /// <summary>The 决算 figures of the 说明 (sentences and their breakdowns), not of tables.</summary>
    public static IEnumerable<StatedFigure> NarrativeFigures(FinalAccountsReport report)
    {
        foreach (var s in report.Statements)
        {
            foreach (var f in s.Figures) yield return f;
            foreach (var e in s.Explanations)
            {
                foreach (var p in e.Parts)
                {
                    if (p.Figure != null) yield return p.Figure;
                }
            }
        }
    }

    /// <summary>The text without white space, quotes and title marks (Regex \\s is char.IsWhiteSpace).</summary>
    private static string Plain(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var kept = 0;
        foreach (var c in text) kept += IsDropped(c) ? 0 : 1;
        if (kept == text.Length) return text;
        var chars = new char[kept];
        kept = 0;
        foreach (var c in text)
        {
            if (!IsDropped(c)) chars[kept++] = c;
        }
        return new string(chars);
    }

    private static bool IsDropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’' or '《' or '》';
}
