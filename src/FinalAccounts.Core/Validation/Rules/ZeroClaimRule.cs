using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A 说明 clause saying the unit had none of a named item — "因公出国（境）费未发生", "没有发生公务用车购置",
/// "本年度无“三公”经费财政拨款支出", "无政府性基金预算财政拨款收入和支出", "公务接待费：无此项支出" — claims its 决算 is 0.
/// The tables must agree: a blank cell or a 0 is consistent, a nonzero cell of that item is an error.
/// </summary>
/// <remarks>
/// Precision first. A clause (between ，。；) is read only when it names one item, or one list of items joined by 和/、/及/与 (each
/// claimed 0 and judged on its own cell; 均/都 only after a list), of
/// <see cref="ReportVocabulary.NamedItems"/> (the longest words win: 公务用车购置 inside 公务用车购置及运行维护费 is that
/// one item), the words of absence stand right before it (无, 没有, 未发生 …) or right after it (…未发生, …无此项支出, and
/// nothing but 支出/费用 after them), and nothing in the clause moves the claim to another year, another budget or other
/// units, or makes it a claim about a change: 上年, 预算, 安排, 变化, 增减, 相比, 除…外, 所属, 机关, 本级, 全区 …, or a printed
/// amount (a department's "机关本级未发生…" says nothing of its units, whose spending its tables include).
/// Only table cells of the item's concept with basis 决算 and no 功能分类 path or item are compared; a clause about an item
/// whose table the report does not publish, and that no cell states, is not judged.
/// </remarks>
internal sealed partial class ZeroClaimRule : IReportRule
{
    private static readonly string[] s_before = { "没有发生", "未发生", "没有产生", "未产生", "没有", "无" };
    private static readonly string[] s_after = { "均没有发生", "均未发生", "没有发生", "未发生", "没有产生", "未产生", "无此项支出", "无此项经费", "无此项", "为零" };
    private static readonly string[] s_between = { "财政拨款支出", "支出决算", "支出", "经费", "费用", "决算", "：", ":" };
    private static readonly string[] s_tail = { "支出", "费用", "的情况", "情况" };

    // Words that move the claim elsewhere (another year, a budget, other units) or make it one about a change.
    private static readonly string[] s_elsewhere =
    {
        "上年", "去年", "以前年度", "往年", "下年", "明年", "预算", "安排", "计划", "变化", "变动", "增减", "增加", "减少", "增长", "下降",
        "相比", "比较", "较", "持平", "差异", "调整", "除", "以外", "所属", "下属", "机关", "本级", "部分", "全区", "全市", "全县", "全省", "各部门", "各单位", "万元", "%", "％",
    };

    private static readonly StatedFigure s_passed = new(new FigureKey("无此项支出", "文字"), string.Empty, string.Empty,
        new FigureLocation("report", string.Empty, string.Empty, string.Empty, "$"));

    public ZeroClaimRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var statements = report.Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            var sentence = statements[i].Sentence;
            if (!MayClaim(sentence)) continue;
            // The clauses in order (Split's, empty ones dropped); one is taken out as a string only when it names an item.
            var plain = Plain(sentence);
            var start = 0;
            for (var end = 0; end <= plain.Length; end++)
            {
                if (end < plain.Length && !IsClauseEnd(plain[end])) continue;
                if (end > start && NamesAnItem(plain.AsSpan(start, end - start)))
                {
                    var clause = plain.Substring(start, end - start);
                    if (Claim(clause) is { } concepts)
                    {
                        foreach (var concept in concepts) Judge(context, report, i, clause, concept);
                    }
                }
                start = end + 1;
            }
        }
    }

    // Every item of ReportVocabulary.NamedItems contains one of these; checked before a sentence is taken apart.
    private static readonly string[] s_itemAnchors = { "三公", "因公出国", "公务用车", "公务接待", "机关运行经费", "政府性基金", "国有资本经营" };

    /// <summary>The words one of which every item's words contain (a test holds <see cref="ReportVocabulary.NamedItems"/> to it).</summary>
    internal static IReadOnlyList<string> ItemAnchors => s_itemAnchors;

    /// <summary>Every claim needs 无, 没有 or 未 (未发生, 未产生) and an item's words: most sentences are passed over at once.</summary>
    private static bool MayClaim(string sentence)
    {
        // One pass for the three characters; a 没 counts only in 没有.
        var at = sentence.AsSpan().IndexOfAny('无', '未', '没');
        while (at >= 0 && sentence[at] == '没' && !sentence.AsSpan(at).StartsWith("没有".AsSpan()))
        {
            var next = sentence.AsSpan(at + 1).IndexOfAny('无', '未', '没');
            at = next < 0 ? -1 : at + 1 + next;
        }
        if (at < 0) return false;
        return HasAnchor(sentence.AsSpan());
    }

    private static bool HasAnchor(ReadOnlySpan<char> text) => Anchors(text) != 0;

    /// <summary>Which anchors the text contains, one bit each.</summary>
    private static int Anchors(ReadOnlySpan<char> text)
    {
        var mask = 0;
        for (var a = 0; a < s_itemAnchors.Length; a++)
        {
            if (text.IndexOf(s_itemAnchors[a].AsSpan()) >= 0) mask |= 1 << a;
        }
        return mask;
    }

    // The anchor each item's words contain (-1 for none: then the item is always looked for). An item whose anchor the
    // clause lacks cannot be in it, so it is not searched for.
    private static readonly int[] s_anchorOfItem = ReportVocabulary.NamedItems
        .Select(item => Array.FindIndex(s_itemAnchors, anchor => item.Words.IndexOf(anchor, StringComparison.Ordinal) >= 0)).ToArray();

    private static bool MayHold(int item, int anchors) => s_anchorOfItem[item] < 0 || (anchors & (1 << s_anchorOfItem[item])) != 0;

    private static void Judge(RuleContext context, FinalAccountsReport report, int statementIndex, string clause, string concept)
    {
        StatedFigure? zero = null, nonzero = null;
        foreach (var table in report.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var key = cell.Key;
                if (key.Concept != concept || key.Basis != ReportVocabulary.Actual || key.FunctionPath.Length > 0 || key.Item.Length > 0 || !cell.IsMoney) continue;
                if (cell.Amount.Value != 0m)
                {
                    nonzero ??= cell;
                }
                else zero ??= cell;
            }
        }
        if (nonzero == null)
        {
            // A 0 printed, or a blank in a table that holds the item: the claim stands. No table for it: nothing to judge.
            if (zero != null || HoldsTable(report, concept)) context.Record(s_passed, CheckResult.Match(true), Array.Empty<StatedFigure>(), RuleContext.NoMessage);
            return;
        }
        var s = report.Statements[statementIndex];
        var at = new FigureLocation(s.Id, s.Section, s.Subsection, s.Sentence, "$.statements[" + statementIndex + "]",
            page: s.Figures.Count > 0 ? s.Figures[0].Location.Page : 0);
        var claim = new StatedFigure(new FigureKey(concept, ReportVocabulary.Actual, nonzero.Key.Scope), "0", nonzero.Unit, at);
        var cellFound = nonzero;
        context.Record(claim, CheckResult.Match(false), new[] { cellFound }, () => (
            "说明称「" + clause + "」，即" + concept + "（决算）为0，而表“" + cellFound.Location.Section + "”" + cellFound.Location.Row + " · " + cellFound.Location.Column
            + " 列示 " + cellFound.Value + cellFound.Unit + "，两处矛盾。",
            "the 说明 says \"" + clause + "\", i.e. " + concept + " is 0, but table " + cellFound.Location.Section + " states " + cellFound.Value + cellFound.Unit
            + " at " + cellFound.Location.Row + " · " + cellFound.Location.Column + "."));
    }

    private static bool HoldsTable(FinalAccountsReport report, string concept)
    {
        foreach (var table in report.Tables)
        {
            if (StandardTable.Of(table.Title) is { } standard && standard.Concepts.Contains(concept)) return true;
        }
        return false;
    }

    /// <summary>The concepts a clause says the unit had none of, or null when it says no such thing for certain.</summary>
    internal static string[]? Claim(string clause)
    {
        // Most clauses name no item: found first, they are passed over without searching for the other words.
        var found = Items(clause);
        if (found == null || found.Count == 0 || (found.Count > 1 && !Joined(clause, found))) return null;
        if (ElsewhereOutsideItems(clause, found)) return null;
        // Several items joined into one list ("因公出国（境）费和公务接待费均未发生") are claimed together, as one item is.
        var (start, _, concepts) = found[0];
        var length = found[found.Count - 1].Start + found[found.Count - 1].Length - start;
        if (found.Count > 1) concepts = found.SelectMany(f => f.Concepts).Distinct().ToArray();
        var before = clause.Substring(0, start);
        var after = clause.Substring(start + length);
        foreach (var word in s_before)
        {
            if (before.EndsWith(word, StringComparison.Ordinal)) return Only(after, s_tail) ? concepts : TailAfterBefore(after) ? concepts : null;
        }
        var rest = Skip(after, s_between);
        // 均/都 says the claim holds for each item of a list, and only a list may say it.
        if (found.Count > 1 && (rest.StartsWith("均", StringComparison.Ordinal) || rest.StartsWith("都", StringComparison.Ordinal))) rest = rest.Substring(1);
        foreach (var word in s_after)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal)) return Only(rest.Substring(word.Length), s_tail) ? concepts : null;
        }
        return null;
    }

    private static readonly string[] s_joins = { "以及", "和", "、", "及", "与" };

    /// <summary>
    /// True when the items (in printed order, none inside another) form one list: between each two stand only a word saying
    /// which spending it is (支出, 经费 …) and one joining word (和, 、, 及, 与, 以及) — nothing that could make it two claims.
    /// </summary>
    private static bool Joined(string clause, List<(int Start, int Length, string[] Concepts)> items)
    {
        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < items.Count; i++)
        {
            var end = items[i - 1].Start + items[i - 1].Length;
            if (items[i].Start < end) return false;
            var gap = Skip(clause.Substring(end, items[i].Start - end), s_between);
            if (Array.IndexOf(s_joins, gap) < 0) return false;
        }
        return true;
    }

    // "无“三公”经费财政拨款支出": after an item named behind 无, only the words that say which spending it is.
    private static bool TailAfterBefore(string after) => Only(Skip(after, s_between), s_tail);

    // The words of s_elsewhere by their first character: a clause is read once, each character looked up, instead of once
    // per word.
    private static readonly Dictionary<char, string[]> s_elsewhereByFirst = s_elsewhere.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// True when a word of <see cref="s_elsewhere"/> stands in the clause outside the items' words (预算 in
    /// 政府性基金预算财政拨款 does not count): some occurrence of some word is outside every item, read position by position.
    /// </summary>
    private static bool ElsewhereOutsideItems(string clause, List<(int Start, int Length, string[] Concepts)> items)
    {
        for (var at = 0; at < clause.Length; at++)
        {
            if (!s_elsewhereByFirst.TryGetValue(clause[at], out var words)) continue;
            foreach (var word in words)
            {
                if (at + word.Length > clause.Length || string.CompareOrdinal(clause, at, word, 0, word.Length) != 0) continue;
                var inside = false;
                foreach (var (start, length, _) in items) inside |= at >= start && at + word.Length <= start + length;
                if (!inside) return true;
            }
        }
        return false;
    }

    /// <summary>Whether a clause contains the words of any item (else <see cref="Claim"/> finds nothing in it).</summary>
    private static bool NamesAnItem(ReadOnlySpan<char> clause)
    {
        // Every item's words contain an anchor, so a clause without one names none: 7 searches instead of 22 for most clauses.
        var anchors = Anchors(clause);
        if (anchors == 0) return false;
        var named = ReportVocabulary.NamedItems;
        for (var n = 0; n < named.Count; n++)
        {
            if (MayHold(n, anchors) && clause.IndexOf(named[n].Words.AsSpan()) >= 0) return true;
        }
        return false;
    }

    /// <summary>The items a clause names, longest words first: an occurrence inside a longer one is that one.</summary>
    private static List<(int Start, int Length, string[] Concepts)>? Items(string clause)
    {
        List<(int Start, int Length, string[] Concepts)>? all = null;
        var named = ReportVocabulary.NamedItems;
        var anchors = Anchors(clause.AsSpan());
        for (var n = 0; n < named.Count; n++)
        {
            if (!MayHold(n, anchors)) continue;
            var (words, concepts) = named[n];
            for (var at = clause.IndexOf(words, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(words, at + 1, StringComparison.Ordinal))
            {
                (all ??= new List<(int Start, int Length, string[] Concepts)>()).Add((at, words.Length, concepts));
            }
        }
        if (all == null) return null;
        var kept = new List<(int Start, int Length, string[] Concepts)>();
        foreach (var item in all)
        {
            var covered = false;
            foreach (var other in all)
            {
                covered |= other.Length > item.Length && other.Start <= item.Start && item.Start + item.Length <= other.Start + other.Length;
            }
            if (!covered && !kept.Exists(k => k.Start == item.Start && k.Length == item.Length)) kept.Add(item);
        }
        return kept;
    }

    private static string Skip(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal)) return text.Substring(word.Length);
        }
        return text;
    }

    private static bool Only(string text, string[] words) => text.Length == 0 || Array.IndexOf(words, text) >= 0;

    /// <summary>Where a sentence's clauses end: ，。；,;！？ (a 说明 clause states one thing; 、 joins items a clause names together).</summary>
    private static bool IsClauseEnd(char c) => c is '，' or '。' or '；' or ',' or ';' or '！' or '？';

    /// <summary>The text without white space and quotes, with half-width brackets made full-width.</summary>
    private static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'') continue;
            sb.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }
        return sb.ToString();
    }
}
