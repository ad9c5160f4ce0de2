using System.Collections.Generic;
using System.Text.RegularExpressions;
using FinalAccounts.Classification;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// Reads the stated figures of the standard 部门决算情况说明 sections (一 … 七, 十一) by the template's wording: totals,
/// changes against last year (减少/下降 → minus sign), shares with what they are shares of, 年初预算 / 决算 / 完成率,
/// 其中 breakdowns and 主要原因 reasons. A section whose wording does not match is not guessed at: it gets an FA4005 note.
/// Statement ids are 3.&lt;section&gt;-&lt;n&gt; (第三部分 of the 部门决算).
/// </summary>
internal static partial class NarrativeReader
{
    private const string Num = @"(\d+(?:\.\d+)?)";

    public static List<StatementDraft> Read(LayoutDocument document, List<ImportNote> notes)
    {
        var list = new List<StatementDraft>();
        var text = NarrativeText.Find(document);
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
        reader.OtherMatters();
        return list;
    }

    private static string Signed(string verb, string value) => verb is "减少" or "下降" or "降低" ? "-" + value : value;

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

        private void NotModelled(string section, int offset, string what)
            => _notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, what + " are not read by this version; check them by hand", _text.PageAt(offset), section));

        private void Unread(string section, int offset, string what)
            => _notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "the wording does not match the standard sentence (" + what + "); its figures are not imported — check them by hand", _text.PageAt(offset), section));
    }
}
