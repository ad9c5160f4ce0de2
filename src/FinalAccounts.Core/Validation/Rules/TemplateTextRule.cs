using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// Words a published report cannot contain: template placeholders left in its title, table titles, headings or 说明
/// ("XX局", "××", "某某", "（单位名称）", "此处填写", "20XX年"), and — with <c>years</c> — a year other than the report's in a
/// title or heading, or in a "截至…年12月31日" date.
/// </summary>
/// <remarks>
/// A 说明 names other years freely (与2023年度相比), so only titles, headings and year-end dates are held to the report's
/// year; a wrong year there is a warning (a reviewer checks it), a placeholder an error (nothing explains it).
/// </remarks>
internal sealed class TemplateTextRule : IReportRule
{
    private static readonly Regex s_placeholder = new(
        @"[XＸxｘ]{2,}|[×╳]{2,}|某某|[（(]\s*单位名称\s*[)）]|此处填写|(?:…+|\.{3,}|[XＸ×]{2,})\s*年|20[XＸxｘ×]{2}\s*年",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly bool _years;

    public TemplateTextRule(RuleDescriptor descriptor, bool years)
    {
        Descriptor = descriptor;
        _years = years;
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        // Every title, heading and sentence is one check, nearly always passed: the location of a text (and the marker
        // figure a finding points at) is built only for a finding, since a passed check keeps no figure.
        Check(context, report.Info.Title, "标题", TitleOfReport);
        for (int i = 0; i < report.Tables.Count; i++) Check(context, report.Tables[i].Title, "表名", TitleOfTable(i));
        var statements = report.Statements;
        // A heading is checked on the first statement that has it. Sections and subsections come in runs, so only a
        // statement that starts one (its section or subsection differs from the one before) is compared with the earlier
        // starts, which are remembered by index: every statement of a run has its start's heading. (A scan of every earlier
        // statement per statement was quadratic in the 说明's length.)
        int[]? starts = null;
        var startCount = 0;
        string? lastSection = null, lastSubsection = null;
        for (int i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var sameSection = s.Section == lastSection;
            var newSubsection = s.Subsection.Length > 0 && !(sameSection && s.Subsection == lastSubsection);
            if (!sameSection && !SectionBefore(statements, starts, startCount, s.Section)) Check(context, s.Section, "标题", OfStatement(i));
            if (newSubsection && !SubsectionBefore(statements, starts, startCount, s)) Check(context, s.Subsection, "标题", OfStatement(i));
            if (!sameSection || newSubsection) (starts ??= new int[statements.Count])[startCount++] = i;
            lastSection = s.Section;
            lastSubsection = s.Subsection;
            Check(context, s.Sentence, "说明", OfStatement(i));
        }
    }

    // Whether a statement that starts a run before has this section: a statement that starts none has its predecessor's.
    private static bool SectionBefore(IReadOnlyList<Statement> statements, int[]? starts, int count, string section)
    {
        for (var k = 0; k < count; k++)
        {
            if (statements[starts![k]].Section == section) return true;
        }
        return false;
    }

    // The same for a section and subsection: a statement with a subsection that starts no run has its predecessor's pair.
    private static bool SubsectionBefore(IReadOnlyList<Statement> statements, int[]? starts, int count, Statement s)
    {
        for (var k = 0; k < count; k++)
        {
            var t = statements[starts![k]];
            if (t.Subsection.Length > 0 && t.Subsection == s.Subsection && t.Section == s.Section) return true;
        }
        return false;
    }

    // Where a text stands, as a number: the report's title (-1), table i's title (-2 - i), or statement i (i ≥ 0); turned
    // into a FigureLocation only for a finding.
    private const int TitleOfReport = -1;

    private static int TitleOfTable(int i) => -2 - i;

    private static int OfStatement(int i) => i;

    private static FigureLocation LocationOf(FinalAccountsReport report, int where)
    {
        if (where == TitleOfReport) return new FigureLocation("report", report.Info.Title, string.Empty, string.Empty, "$.report.title");
        if (where < 0)
        {
            var index = -2 - where;
            var t = report.Tables[index];
            return new FigureLocation(t.Id, t.Title, string.Empty, string.Empty, "$.tables[" + index + "].title",
                page: t.Cells.Count > 0 ? t.Cells[0].Location.Page : 0);
        }
        var s = report.Statements[where];
        return new FigureLocation(s.Id, s.Section, s.Subsection, s.Sentence, "$.statements[" + where + "]",
            page: s.Figures.Count > 0 ? s.Figures[0].Location.Page : 0);
    }

    private void Check(RuleContext context, string text, string place, int where)
    {
        if (_years) CheckYears(context, context.Report.Info.Year, text, place, where);
        else CheckPlaceholders(context, text, place, where);
    }

    private static void CheckPlaceholders(RuleContext context, string text, string place, int where)
    {
        var m = MayHoldPlaceholder(text) ? s_placeholder.Match(text) : Match.Empty;
        if (!m.Success)
        {
            context.Record(s_passed, Verdict(false), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
            return;
        }
        var figure = Marker("模板占位符", m.Value, LocationOf(context.Report, where));
        context.Record(figure, Verdict(true), System.Array.Empty<StatedFigure>(), DescribePlaceholder(m, text, place));
    }

    private static void CheckYears(RuleContext context, int year, string text, string place, int where)
    {
        // Titles and headings name the report's year only; a sentence is held to it only in a year-end date. Both patterns
        // need a 年, a year-end date a 截 too: most sentences have no date to read.
        var dates = place == "说明";
        var mayMatch = text.IndexOf('年') >= 0 && (!dates || text.IndexOf('截') >= 0);
        if (mayMatch)
        {
            // The years one after another, as Regex.Matches would give them (YearText).
            for (var at = 0; dates ? YearText.FindYearEnd(text, at, out var m) : YearText.FindYear(text, at, out m); at = m.End)
            {
                if (m.Year == year) continue;
                var printed = m.TextIn(text);
                var figure = Marker("报告年度", printed, LocationOf(context.Report, where));
                context.Record(figure, Verdict(true), System.Array.Empty<StatedFigure>(), DescribeYear(printed, m.Index, year, text, place));
                return;
            }
        }
        context.Record(s_passed, Verdict(false), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
    }

    // Every alternative of s_placeholder needs one of X, x, Ｘ, ｘ, × (the letters and crosses), 某, ╳, … , 填 (此处填写), 称
    // (单位名称: 单位 alone is in nearly every sentence) or "..." (a lone '.' is a decimal point): most texts are passed
    // without running the regex, whose first characters ('2', '(', '.') are everywhere. Three searches: IndexOfAny over a
    // span of at most five characters is vectorized, a longer set of characters outside ASCII is searched one at a time.
    // Internal for PlaceholderPrefilterProperties.
    internal static bool MayHoldPlaceholder(string text) =>
        text.AsSpan().IndexOfAny("Xx×Ｘｘ".AsSpan()) >= 0
        || text.AsSpan().IndexOfAny("某╳…填称".AsSpan()) >= 0
        || text.IndexOf("...", System.StringComparison.Ordinal) >= 0;

    // A passed check keeps no figure and shows no message (RuleContext.Record drops both when Consistent); one shared
    // marker stands for all of them.
    private static readonly StatedFigure s_passed = Marker("模板占位符", string.Empty, new FigureLocation("report", string.Empty, string.Empty, string.Empty, "$"));

    // A placeholder or a year is there or not: a yes/no verdict, with no interval to print.
    private static CheckResult Verdict(bool found) => CheckResult.Match(!found);

    private static StatedFigure Marker(string concept, string value, FigureLocation location) =>
        new(new FigureKey(concept, "文字"), value, string.Empty, location);

    private static string Excerpt(string text, int index, int length)
    {
        int start = System.Math.Max(0, index - 12);
        int end = System.Math.Min(text.Length, index + length + 12);
        return (start > 0 ? "…" : string.Empty) + text.Substring(start, end - start) + (end < text.Length ? "…" : string.Empty);
    }

    // A method of its own so that the captured variables are allocated only for a finding, not on every text checked.
    private static System.Func<(string, string)> DescribePlaceholder(Match m, string text, string place) => () => (
        place + "中留有模板占位符「" + m.Value + "」：「" + Excerpt(text, m.Index, m.Length) + "」，应替换为实际内容。",
        "a template placeholder \"" + m.Value + "\" was left in the " + (place == "说明" ? "text" : "title") + ": \"" + Excerpt(text, m.Index, m.Length) + "\".");

    private static System.Func<(string, string)> DescribeYear(string printed, int index, int year, string text, string place) => () => (
        place + "中的年份「" + printed + "」与报告年度 " + year + " 年不符：「" + Excerpt(text, index, printed.Length) + "」。",
        "the year \"" + printed + "\" in the " + (place == "说明" ? "year-end date" : "title") + " is not the report's year " + year + ".");
}
