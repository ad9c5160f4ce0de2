using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Classification;
using FinalAccounts.Import.Layout;
using FinalAccounts.Money;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// Reads the stated figures of the standard 部门决算情况说明 sections (一 … 七, 十一) by the template's wording: totals,
/// changes against last year (减少/下降 → minus sign), shares with what they are shares of, 年初预算 / 决算 / 完成率,
/// 其中 breakdowns and 主要原因 reasons. A section whose wording does not match is not guessed at: it gets an FA4005 note.
/// Statement ids are 3.&lt;section&gt;-&lt;n&gt; (第三部分 of the 部门决算).
/// </summary>
internal static partial class NarrativeReader
{
    /// <summary>A printed figure (2995.39, 2,995.39, 0: <see cref="PrintedNumber"/>'s grammar) or the template's placeholder (XXX, XX): a placeholder is no figure.</summary>
    private const string Num = "(" + PrintedNumber.Pattern + "|[XＸ×]{2,})";

    /// <summary>
    /// A change on last year: "减少56.95万元，下降1.87%" (4 groups: verb, amount, verb, rate; the template's
    /// "增加（减少）XXX万元，增长（下降）XX%" too), or "持平" / "基本持平" (the groups unmatched: no printed figure).
    /// </summary>
    private const string Change = "(?:(减少|增加|降低|增加（减少）|减少（增加）)" + Num + "万元[，,](下降|增长|降低|增长（下降）|下降（增长）)" + Num + "%|(?:基本)?持平)";

    public static List<StatementDraft> Read(LayoutDocument document, List<ImportNote> notes)
    {
        var list = new List<StatementDraft>();
        // Tables printed inside the 说明 are read by their columns, and their lines kept out of the sentences' text.
        var tableLines = new HashSet<LayoutLine>();
        var tables = NarrativeText.Range(document) is { } part ? NarrativeTableReader.Read(document.Lines, part.Start, part.End, notes, tableLines) : new List<StatementDraft>();
        var text = NarrativeText.Find(document, tableLines);
        if (text == null)
        {
            notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "no 第…部分 …情况说明 heading was found; no 说明 figure is imported", 0, "情况说明"));
            return list;
        }
        var reader = new Reader(text, list, notes);
        reader.Totals();
        reader.Income();
        reader.Expenditure();
        reader.Appropriation();
        reader.GeneralBudget();
        reader.BasicExpenditure();
        reader.ThreePublic();
        reader.ThreePublicCounts();
        reader.RegionThreePublic();
        reader.OtherMatters();
        reader.NoneClaims();
        list.AddRange(tables);
        return WithoutPlaceholders(list);
    }

    /// <summary>
    /// Minus for 减少/下降/降低. A verb printed with its alternative (the template's "增加（减少）") gives no sign: the
    /// figure becomes a placeholder and is dropped, like the template's XXX.
    /// </summary>
    private static string Signed(string verb, string value) => verb.Contains('（') ? "XX" : verb is "减少" or "下降" or "降低" ? "-" + value : value;

    private static bool IsPlaceholder(string value) => Regex.IsMatch(value, "^-?[XＸ×]+$");

    /// <summary>
    /// The template's sentences (and a report that left a placeholder in) match the standard wording but print no figure:
    /// their placeholders are dropped, and a statement left with no figure is dropped with them.
    /// </summary>
    private static List<StatementDraft> WithoutPlaceholders(List<StatementDraft> list)
    {
        foreach (var st in list)
        {
            st.Figures.RemoveAll(f => IsPlaceholder(f.Value));
            foreach (var e in st.Explanations) e.Parts.RemoveAll(p => IsPlaceholder(p.Value) || (p.Value.Length == 0 && p.Text != null && Regex.IsMatch(p.Text, "^[XＸ×]+$")));
            st.Explanations.RemoveAll(e => e.Parts.Count == 0);
        }
        return list.Where(st => st.Figures.Count > 0 || st.Explanations.Count > 0 || st.Claim).ToList();
    }

    /// <summary>
    /// Words of a region-wide summary (全区各部门“三公”经费…, 全市…): a figure over many units, never the reporting unit's
    /// own. A sentence with them is not read as the unit's figure (issue 13.10).
    /// </summary>
    internal const string RegionWide = "全区|全市|全县|全省|全旗|全镇|各部门|各单位|各街道|区级部门|市级部门|区本级|市本级|汇总";

    /// <summary>The text with every sentence that speaks for the whole region blanked out (same length, so offsets and pages hold).</summary>
    private static string WithoutRegionWide(string text)
        => Regex.Replace(text, "[^。]*(?:" + RegionWide + ")[^。]*。?", m => new string('　', m.Length));

    private static string? ClassPath(string name) => FunctionCode.TryFindByNamePath(name, out _) ? name : null;

    private sealed partial class Reader
    {
        private readonly NarrativeText _text;
        private readonly List<StatementDraft> _list;
        private readonly List<ImportNote> _notes;

        public Reader(NarrativeText text, List<StatementDraft> list, List<ImportNote> notes)
        {
            _text = text;
            _list = list;
            _notes = notes;
        }

        private (string Text, int Offset)? Section(string from, string? to)
        {
            var s = _text.Section(from, to);
            if (s == null) _notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "heading " + from + " was not found; its figures are not imported", 0, "情况说明"));
            return s;
        }

        private StatementDraft Add(string id, string section, string subsection, string sentence, int offset)
        {
            var s = new StatementDraft { Id = id, Section = section, Subsection = subsection, Sentence = sentence, Page = _text.PageAt(offset) };
            _list.Add(s);
            return s;
        }

        /// <summary>The change groups of <see cref="Change"/> from group <paramref name="k"/>, when printed: 较上年决算增减 and its rate.</summary>
        private static void AddChange(StatementDraft st, Match m, int k, string concept, string? scope)
        {
            if (!m.Groups[k].Success) return;
            st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = "较上年决算增减", Value = Signed(m.Groups[k].Value, m.Groups[k + 1].Value) });
            st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = "较上年决算增减率", Value = Signed(m.Groups[k + 2].Value, m.Groups[k + 3].Value), Unit = "%" });
        }

        private void NotModelled(string section, int offset, string what)
            => _notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, what + " are not read by this version; check them by hand", _text.PageAt(offset), section));

        /// <summary>The wording matched but the 类/款/项 it names is not in the compiled 支出功能分类: FA4003, figures not read.</summary>
        private void UnknownFunction(string section, int offset, string what)
            => _notes.Add(new ImportNote(ImportNotes.UnknownFunction, what + " names no 支出功能分类 code; its figures are not imported — check them by hand", _text.PageAt(offset), section));

        private void Unread(string section, int offset, string what)
            => _notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "the wording does not match the standard sentence (" + what + "); its figures are not imported — check them by hand", _text.PageAt(offset), section));
    }
}
