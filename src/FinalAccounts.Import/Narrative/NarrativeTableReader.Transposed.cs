using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// The same tables printed turned: the rows' names are the columns (合计 | 因公出国（境）费 | 公务用车购置及运行维护费 |
/// 公务接待费, or 车辆合计 | 部级领导干部用车 | … | 单价100万元以上设备) and a line of values stands under them. Above the
/// names a line of year-grouped bases may group them ("2024年度预算数" over one set, "2024年度决算数" over another), and a
/// name may head sub-columns (公务用车购置及运行维护费 over 小计 | 购置费 | 运行维护费); without groups each value line
/// names its basis at its left (预算数, 决算数; 数量 for counts). What is not sure stays out with a note: a name under two
/// groups, a group whose names repeat one, a value under no name or two in one cell, a value line naming no basis (or
/// a second one besides its group's), a year that is neither the report's nor the one before.
/// </summary>
internal static partial class NarrativeTableReader
{
    private static readonly Regex s_yearBasis = new(@"^(\d{4})年(?:度)?(.*)$", RegexOptions.CultureInvariant);

    /// <summary>Value-line labels that name no basis of their own (the group's or the count's applies).</summary>
    private static readonly HashSet<string> s_neutralStubs = new(System.StringComparer.Ordinal) { string.Empty, "金额", "支出金额", "项目", "数额" };

    /// <summary>A basis label with its year, or without one: "2024年度决算数" → (2024, 决算); "预算" → (null, 年初预算).</summary>
    private static (int? Year, string Basis)? BasisOf(Dialect dialect, string label)
    {
        int? year = null;
        if (s_yearBasis.Match(label) is { Success: true } m)
        {
            year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            label = m.Groups[2].Value;
        }
        if (label is "预算" or "决算") label += "数";
        return dialect.Columns.TryGetValue(label, out var column) && column.Basis is not (null or NoBasis) && column.Unit is null or "%" ? (year, column.Basis) : null;
    }

    /// <summary>A line of names of the topic's rows (at least one, no values), and at most the stub word 项目 besides.</summary>
    private static bool IsNameLine(Topic topic, LayoutLine line)
    {
        if (line.Words.Any(w => IsValue(w.Text))) return false;
        var names = 0;
        foreach (var word in line.Words)
        {
            var label = Label(word.Text);
            if (Concept(topic, label) != null || label is "小计" or "合计") names++;
            else if (!s_stubs.Contains(label)) return false;
        }
        return names > 0;
    }

    private static bool IsGroupLine(LayoutLine line, Dialect dialect)
    {
        var labels = line.Words.Select(w => Label(w.Text)).ToList();
        return labels.Count(l => BasisOf(dialect, l) != null) >= 1 && labels.All(l => BasisOf(dialect, l) != null || s_stubs.Contains(l));
    }

    /// <summary>
    /// The statements of a turned table whose header starts within two lines after the unit line at
    /// <paramref name="unitAt"/>, or null when what follows is no turned table (the ordinary reader then tries). An empty
    /// list, with a note, is a turned table whose placement is unsure: its lines are still the table's.
    /// </summary>
    private static List<StatementDraft>? ReadTransposed(IReadOnlyList<LayoutLine> lines, int unitAt, int end, Topic topic, string id, string unit, int? year, Dialect dialect, List<ImportNote> notes, out int last)
    {
        last = unitAt;
        var k = unitAt + 1;
        if (k < end && !IsGroupLine(lines[k], dialect) && !IsNameLine(topic, lines[k]) && k + 1 < end) k++; // a title or blank-ish line between
        if (k >= end) return null;
        LayoutLine? groupLine = null;
        if (IsGroupLine(lines[k], dialect) && k + 1 < end && IsNameLine(topic, lines[k + 1]))
        {
            groupLine = lines[k];
            k++;
        }
        var nameLines = new List<LayoutLine>();
        while (k < end && nameLines.Count < 2 && IsNameLine(topic, lines[k]))
        {
            nameLines.Add(lines[k]);
            k++;
        }
        // A turned table prints two or more names side by side; one name and a stub is an ordinary header's look-alike.
        if (nameLines.Count == 0 || nameLines[0].Words.Count(w => !s_stubs.Contains(Label(w.Text))) < 2) return null;
        var header = lines[unitAt + 1].Page;
        var section = topic.Section;
        var unsureNote = dialect.TableNote(ImportNotes.ValueNotPlaced);

        // The leaves: a name with no name under it on the line below. 小计/合计 under a name is that name; a name under
        // another must be one of its parts (购置费 under 公务用车购置及运行维护费).
        var leaves = new List<(HeaderColumn Column, string Concept, double Left, double Right)>();
        for (var l = 0; l < nameLines.Count; l++)
        {
            foreach (var word in nameLines[l].Words.Where(w => !s_stubs.Contains(Label(w.Text))))
            {
                if (l + 1 < nameLines.Count && nameLines[l + 1].Words.Any(b => Overlaps(word, b))) continue;
                var label = Label(word.Text);
                var parentWords = l > 0 ? nameLines[l - 1].Words.Where(a => Overlaps(a, word)).ToList() : new List<LayoutWord>();
                var parent = parentWords.Select(a => Concept(topic, Label(a.Text))).ToList();
                if (parent.Count > 1 || parent.Any(p => p == null)) return Unsure(notes, unsureNote, header, section, "has a name under two names or under no known one (" + label + ")", ValueLinesEnd(lines, k, end), out last);
                var own = label is "小计" or "合计" && parent.Count == 1 ? parent[0] : Concept(topic, label);
                if (own == null) return Unsure(notes, unsureNote, header, section, "has a name this version does not know (" + label + ")", ValueLinesEnd(lines, k, end), out last);
                if (parent.Count == 1 && own != parent[0] && !s_sums.Any(s => s.Total == parent[0] && s.Parts.Contains(own)))
                {
                    return Unsure(notes, unsureNote, header, section, "prints " + label + " under " + parent[0] + ", which is not one of its parts", ValueLinesEnd(lines, k, end), out last);
                }
                // The leaf's extent with its parent's: a group label is centred over the names it heads, parents included.
                leaves.Add((new HeaderColumn(label, word.Left, word.Right), own, parentWords.Select(a => a.Left).Append(word.Left).Min(), parentWords.Select(a => a.Right).Append(word.Right).Max()));
            }
        }
        leaves.Sort((a, b) => a.Column.Left.CompareTo(b.Column.Left));

        // Groups: each leaf belongs to the group label whose centre is nearest; each group names each concept once, spans
        // its label's centre, and the groups' bases differ.
        var basisOfLeaf = new string?[leaves.Count];
        if (groupLine != null)
        {
            var groups = groupLine.Words.Select(w => (Word: w, Basis: BasisOf(dialect, Label(w.Text)))).Where(g => g.Basis != null).ToList();
            var bases = Resolve(groups.Select(g => g.Basis!.Value).ToList(), year, dialect);
            if (bases == null) return Unsure(notes, unsureNote, header, section, "groups its columns by years that are not one year and the one before, or names one basis twice (" + Squash(groupLine.Text) + ")", ValueLinesEnd(lines, k, end), out last);
            var members = groups.Select(_ => new List<int>()).ToList();
            for (var x = 0; x < leaves.Count; x++)
            {
                var centre = leaves[x].Column.Center;
                var order = Enumerable.Range(0, groups.Count).OrderBy(g => System.Math.Abs(groups[g].Word.CenterX - centre)).ToList();
                members[order[0]].Add(x);
                basisOfLeaf[x] = bases[order[0]];
            }
            for (var g = 0; g < groups.Count; g++)
            {
                var mine = members[g];
                if (mine.Count == 0) return Unsure(notes, unsureNote, header, section, "has a group with no column under it (" + Label(groups[g].Word.Text) + ")", ValueLinesEnd(lines, k, end), out last);
                var concepts = mine.Select(x => leaves[x].Concept).ToList();
                var left = mine.Min(x => leaves[x].Left);
                var right = mine.Max(x => leaves[x].Right);
                // The group's columns are consecutive, name each concept once and stand under their label.
                if (concepts.Distinct().Count() != concepts.Count || mine.Max() - mine.Min() + 1 != mine.Count || groups[g].Word.CenterX < left || groups[g].Word.CenterX > right)
                {
                    return Unsure(notes, unsureNote, header, section, "cannot tell which columns stand under group " + Label(groups[g].Word.Text), ValueLinesEnd(lines, k, end), out last);
                }
            }
        }
        else if (leaves.Select(x => x.Concept).Distinct().Count() != leaves.Count)
        {
            return Unsure(notes, unsureNote, header, section, "names one row twice without a group over them", ValueLinesEnd(lines, k, end), out last);
        }

        // The value lines: values (or "-" for blank) under the names, and at their left at most a label naming the basis.
        var firstLeft = leaves[0].Column.Left;
        var rowsAt = k;
        var rows = new List<(LayoutLine Line, List<LayoutWord> Values, string Stub)>();
        for (; k < end; k++)
        {
            var line = lines[k];
            var values = line.Words.Where(w => IsValue(w.Text)).ToList();
            var text = line.Words.Where(w => !IsValue(w.Text) && !s_blank.IsMatch(w.Text)).ToList();
            if (text.Any(w => w.Right > firstLeft + 1)) break;
            var stub = Label(string.Concat(text.Select(w => w.Text)));
            // A line of nothing but a basis label (every cell of that row empty) is a row of the table, not its end.
            if (values.Count == 0 && !line.Words.Any(w => s_blank.IsMatch(w.Text)) && (topic.CountUnits != null || BasisOf(dialect, stub) == null)) break;
            rows.Add((line, values, stub));
        }
        // Each value line's basis: a count table's line label names a count column of the dialect (a 决算's 数量, or
        // nothing, is 年末; a 预算's 预算安排购置数 is 预算, its stock on a date has no basis: left out with a note); a money
        // table's comes from its groups, or else from the line's label, its years read as the groups' are.
        var stubBases = new string?[rows.Count];
        if (topic.CountUnits != null)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var counted = rows[r].Stub.Length == 0 ? dialect.Columns.TryGetValue("数量", out var plain) && plain.Basis != NoBasis ? plain : default
                    : dialect.Columns.TryGetValue(rows[r].Stub, out var named) && named.Unit == Count ? named : default;
                if (counted.Basis is null or Ambiguous) return Unsure(notes, unsureNote, header, section, "has a count line whose label names no count this report states (" + rows[r].Stub + ")", rowsAt + rows.Count - 1, out last);
                if (counted.Basis == NoBasis) notes.Add(new ImportNote(ImportNotes.BudgetColumnNotRead, NoBasisWhy(rows[r].Stub), rows[r].Line.Page, section));
                stubBases[r] = counted.Basis;
            }
        }
        else
        {
            var stubs = rows.Select(r => (r.Stub, Basis: BasisOf(dialect, r.Stub))).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                if (stubs[r].Basis == null && !s_neutralStubs.Contains(stubs[r].Stub)) return Unsure(notes, unsureNote, header, section, "has a value line whose label names no basis (" + stubs[r].Stub + ")", rowsAt + rows.Count - 1, out last);
                if (stubs[r].Basis != null && groupLine != null) return Unsure(notes, unsureNote, header, section, "has a value line naming its basis (" + stubs[r].Stub + ") under groups naming theirs", rowsAt + rows.Count - 1, out last);
            }
            var named = stubs.Where(x => x.Basis != null).Select(x => x.Basis!.Value).ToList();
            if (named.Count > 0)
            {
                var resolved = Resolve(named, year, dialect);
                if (resolved == null) return Unsure(notes, unsureNote, header, section, "names its value lines by years that are not one year and the one before, or one basis twice", rowsAt + rows.Count - 1, out last);
                for (int r = 0, q = 0; r < rows.Count; r++) stubBases[r] = stubs[r].Basis != null ? resolved[q++] : null;
            }
        }
        var statements = new List<StatementDraft>();
        var seen = new HashSet<(string, string)>();
        var unsureColumns = new HashSet<string>(System.StringComparer.Ordinal);
        var columns = leaves.Select(x => x.Column).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var (line, values, _) = rows[r];
            if (stubBases[r] == NoBasis)
            {
                last = rowsAt + r;
                continue;
            }
            var st = new StatementDraft { Id = id + "." + (statements.Count + 1).ToString(CultureInfo.InvariantCulture), Section = topic.Section, Subsection = topic.Subsection, Sentence = string.Join(" ", line.Words.Select(w => w.Text)), Page = line.Page };
            var placed = values.Select(v => (Value: v, Column: HeaderReader.Nearest(columns, v))).ToList();
            foreach (var (value, column) in placed)
            {
                if (column == null || placed.Count(p => p.Column == column) > 1)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " of a table in the 说明 with its rows as columns stands under no name, or shares its name with another value; left out", value.Page, topic.Section));
                    continue;
                }
                var x = columns.IndexOf(column);
                var basis = basisOfLeaf[x] ?? stubBases[r];
                if (basis == NoBasis)
                {
                    if (unsureColumns.Add(column.Label)) notes.Add(new ImportNote(ImportNotes.BudgetColumnNotRead, NoBasisWhy(column.Label), value.Page, topic.Section));
                    continue;
                }
                if (basis == null)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " under " + column.Label + " of a table in the 说明 has no basis printed (no group over it, no label beside it); left out", value.Page, topic.Section));
                    continue;
                }
                var mark = topic.CountUnits != null ? Count : basis.EndsWith("率", System.StringComparison.Ordinal) ? "%" : null;
                var figure = Figure(topic, leaves[x].Concept, basis, mark, value.Text, unit, out var why);
                if (figure == null || !seen.Add((figure.Concept, figure.Basis)))
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " under " + column.Label + " of a table in the 说明 with its rows as columns " + (figure == null ? why : "states a figure another value of the table states") + "; left out", value.Page, topic.Section));
                    continue;
                }
                st.Figures.Add(figure);
            }
            if (st.Figures.Count > 0) statements.Add(st);
            last = rowsAt + r;
        }
        if (last < rowsAt) last = rowsAt - 1;
        AddSums(statements, topic);
        if (statements.Count == 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "a table in the 说明 with its rows as columns gave no figure this version reads; check it by hand", header, topic.Section));
        }
        return statements;
    }

    private static readonly Regex s_reportYear = new(@"(\d{4})年度?(?:部门|单位)?决算", RegexOptions.CultureInvariant);

    /// <summary>The report's year as the 说明's heading (or the cover, on the first lines) prints it: "2024年度部门决算情况说明".</summary>
    private static int? ReportYear(IReadOnlyList<LayoutLine> lines, int start, int end)
    {
        foreach (var line in lines.Skip(start).Take(System.Math.Min(3, end - start)).Concat(lines.Take(10)))
        {
            if (s_reportYear.Match(Squash(line.Text)) is { Success: true } m) return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>A turned table whose placement is unsure: a note, no figure, its lines up to <paramref name="upTo"/> still the table's.</summary>
    private static List<StatementDraft> Unsure(List<ImportNote> notes, string id, int page, string section, string why, int upTo, out int last)
    {
        notes.Add(new ImportNote(id, "a table in the 说明 with its rows as columns " + why + "; its values are left out: check them by hand", page, section));
        last = upTo;
        return new List<StatementDraft>();
    }

    /// <summary>
    /// The bases of labels printed with or without years: all with a year or none; a year is the report's
    /// (<paramref name="year"/>) or the one the dialect reads a basis of (a 决算's year before → 上年决算, a 预算's →
    /// 上年预算 or 上年执行数); the 增减 labels settled by the dialect; no basis twice. Null when any of that fails, or when
    /// labels carry years and the report's year is not known (2023年度决算数 alone is this year's 决算 in a 2023 report
    /// and last year's in a 2024 one).
    /// </summary>
    private static List<string>? Resolve(List<(int? Year, string Basis)> labels, int? year, Dialect dialect)
    {
        var dated = labels.Count(l => l.Year != null);
        if (dated > 0 && (dated != labels.Count || year == null)) return null;
        var bases = labels.Select(l => l.Year is not int y ? l.Basis : dialect.Dated(y - year!.Value, l.Basis)).ToList();
        if (bases.Any(b => b == null)) return null;
        var settled = dialect.Settle(bases.Select(b => b!).ToList());
        var own = settled?.Where(b => b != NoBasis).ToList();
        return settled == null || own!.Contains(Ambiguous) || own.Distinct().Count() != own.Count ? null : settled.ToList();
    }

    /// <summary>The last of the lines from <paramref name="from"/> that hold values and at most a short label: an unsure table's value lines, kept from the sentence reader.</summary>
    private static int ValueLinesEnd(IReadOnlyList<LayoutLine> lines, int from, int end)
    {
        var k = from;
        while (k < end && lines[k].Words.Any(w => IsValue(w.Text) || s_blank.IsMatch(w.Text)) && Squash(string.Concat(lines[k].Words.Where(w => !IsValue(w.Text)).Select(w => w.Text))).Length <= 16) k++;
        return k - 1;
    }

    private static bool Overlaps(LayoutWord a, LayoutWord b) => a.Left < b.Right && b.Left < a.Right;
}
