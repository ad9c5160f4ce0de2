using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// The 情况说明 part as one string without whitespace (line breaks and wrap indentation carry nothing in Chinese text,
/// and a sentence runs on over page breaks), with the page each character came from.
/// </summary>
internal sealed class NarrativeText
{
    private readonly List<(int Offset, int Page)> _pages;

    private NarrativeText(string text, List<(int Offset, int Page)> pages)
    {
        Text = text;
        _pages = pages;
    }

    public string Text { get; }

    /// <summary>The lines of the 说明 part: from its heading (<see cref="Find"/>) to the next 第…部分; null when there is none.</summary>
    public static (int Start, int End)? Range(LayoutDocument document)
    {
        var lines = document.Lines;
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Regex.IsMatch(lines[i].Text, "^第[一二三四五六七八九十]+部分") && (lines[i].Text.Contains("情况说明") || (i + 1 < lines.Count && (lines[i].Text + lines[i + 1].Text).Contains("情况说明")))) start = i;
        }
        if (start < 0) return null;
        var end = start + 1;
        while (end < lines.Count && !Regex.IsMatch(lines[end].Text, "^第[一二三四五六七八九十]+部分")) end++;
        return (start, end);
    }

    /// <summary>
    /// From the last 第…部分 heading holding 情况说明 (the part itself, not the table of contents) to the next 第…部分, or
    /// null; the lines in <paramref name="skip"/> (tables printed inside the 说明, read on their own) are left out.
    /// </summary>
    public static NarrativeText? Find(LayoutDocument document, ISet<LayoutLine>? skip = null)
    {
        var lines = document.Lines;
        if (Range(document) is not { } range) return null;
        var (start, end) = range;
        var text = new System.Text.StringBuilder();
        var pages = new List<(int, int)>();
        for (var i = start; i < end; i++)
        {
            if (skip != null && skip.Contains(lines[i])) continue;
            pages.Add((text.Length, lines[i].Page));
            text.Append(Regex.Replace(lines[i].Text, @"\s+", string.Empty));
        }
        return new NarrativeText(text.ToString(), pages);
    }

    /// <summary>Lines joined as <see cref="Find"/> joins them (whitespace dropped), e.g. a 预算's 编制说明 and 其他相关情况说明.</summary>
    public static NarrativeText FromLines(IEnumerable<LayoutLine> lines)
    {
        var text = new System.Text.StringBuilder();
        var pages = new List<(int, int)>();
        foreach (var line in lines)
        {
            pages.Add((text.Length, line.Page));
            text.Append(Regex.Replace(line.Text, @"\s+", string.Empty));
        }
        return new NarrativeText(text.ToString(), pages);
    }

    /// <summary>The page of the character at <paramref name="offset"/>.</summary>
    public int PageAt(int offset)
    {
        var page = _pages.Count > 0 ? _pages[0].Page : 0;
        foreach (var (o, p) in _pages)
        {
            if (o > offset) break;
            page = p;
        }
        return page;
    }

    /// <summary>The text from heading <paramref name="from"/> to the next heading <paramref name="to"/> (or the end), and where it starts; null when <paramref name="from"/> is missing.</summary>
    public (string Text, int Offset)? Section(string from, string? to)
    {
        var a = Text.IndexOf(from, StringComparison.Ordinal);
        if (a < 0) return null;
        a += from.Length;
        var b = to == null ? -1 : Text.IndexOf(to, a, StringComparison.Ordinal);
        if (b < 0) b = Text.Length;
        return (Text.Substring(a, b - a), a);
    }

    public static string Squash(IEnumerable<string> parts) => string.Concat(parts.Select(p => Regex.Replace(p, @"\s+", string.Empty)));
}
