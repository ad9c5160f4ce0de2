using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// The small money tables some reports print inside the 说明 (issue 14.1): the "三公" breakdown in 七, 机关运行经费 in
/// 十一（一）, 政府采购 by kind in 十一（二）. A table is a unit line (单位：万元 / 单位：元), then a header line made of
/// column labels only (项目 | 预算数 | 决算数 | 增减额 | 增减率 …), then rows of a label and values. Each value goes into the
/// column whose label it stands under (<see cref="HeaderReader.Nearest"/>) and the row its line's label names, from the
/// section's own row words (合计 is the "三公" total in 七, the 政府采购 total in 十一（二）). Whatever is unsure stays out
/// with a note, never guessed: a value under no label or beside another in one cell (FA4002), a row or column label the
/// section does not know, a header with one basis twice (FA4004). Each row becomes a statement whose sentence is the
/// row as printed, so the figures join the sentences' and 表7's in the checks (the same figure stated twice).
/// 国有资产 tables hold counts (车辆, 设备), read elsewhere; a table in any other section is left to the text reader.
/// </summary>
internal static partial class NarrativeTableReader
{
    private static readonly Regex s_unit = new(@"单位[：:](万元|元|辆[、，,/／]台[（(]套[)）]|辆|台[（(]套[)）])", RegexOptions.CultureInvariant);
    private static readonly Regex s_heading = new(@"^([一二三四五六七八九十]+)、", RegexOptions.CultureInvariant);
    private static readonly Regex s_blank = new(@"^\s*[-—–/／]+\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_subheading = new(@"^（([一二三四五六七八九十]+)）", RegexOptions.CultureInvariant);

    /// <summary>Header words that name the row-label column: they carry no basis.</summary>
    private static readonly HashSet<string> s_stubs = new(System.StringComparer.Ordinal)
    {
        "项目", "项目名称", "科目", "名称", "支出项目", "类别", "采购类别", "采购项目", "序号", "内容",
    };

    /// <summary>Column labels → (basis, unit); a null basis is a column this version does not read (its values stay out with a note).</summary>
    private static readonly Dictionary<string, (string? Basis, string? Unit)> s_columns = new(System.StringComparer.Ordinal)
    {
        ["预算数"] = ("年初预算", null), ["年初预算"] = ("年初预算", null), ["年初预算数"] = ("年初预算", null),
        ["全年预算"] = ("全年预算", null), ["全年预算数"] = ("全年预算", null), ["调整预算数"] = ("全年预算", null),
        ["决算数"] = ("决算", null), ["本年决算"] = ("决算", null), ["本年决算数"] = ("决算", null), ["支出决算"] = ("决算", null),
        ["支出决算数"] = ("决算", null), ["本年数"] = ("决算", null), ["金额"] = ("决算", null), ["采购金额"] = ("决算", null),
        ["合同金额"] = ("决算", null), ["上年决算"] = ("上年决算", null), ["上年决算数"] = ("上年决算", null), ["上年数"] = ("上年决算", null),
        ["增减额"] = ("较上年决算增减", null), ["比上年增减"] = ("较上年决算增减", null), ["较上年增减"] = ("较上年决算增减", null),
        ["增减率"] = ("较上年决算增减率", "%"), ["增减幅度"] = ("较上年决算增减率", "%"), ["增减率（%）"] = ("较上年决算增减率", "%"),
        ["增减幅度（%）"] = ("较上年决算增减率", "%"), ["增长率"] = ("较上年决算增减率", "%"), ["增减%"] = ("较上年决算增减率", "%"),
        ["完成率"] = ("完成预算率", "%"), ["完成预算率"] = ("完成预算率", "%"), ["完成率（%）"] = ("完成预算率", "%"),
        ["授予中小企业合同金额"] = ("决算", Sme), ["其中：授予中小企业合同金额"] = ("决算", Sme), ["授予中小企业金额"] = ("决算", Sme),
        ["数量"] = ("年末", Count), ["年末数"] = ("年末", Count), ["年末数量"] = ("年末", Count), ["期末数"] = ("年末", Count), ["占比"] = (null, null), ["占比（%）"] = (null, null), ["备注"] = (null, null),
    };

    /// <summary>The unit mark of a column whose amounts are awarded to 中小企业: its concept is the row's, so awarded (s_smeConcepts).</summary>
    private const string Sme = "中小企业";

    /// <summary>The unit mark of a column of counts at 年末 (数量): each row's count unit is its concept's (辆, 台（套）).</summary>
    private const string Count = "count";

    /// <summary>
    /// A section's table: its rows' concepts by printed name and, for a table of counts (国有资产), each concept's count
    /// unit; a money table's <paramref name="CountUnits"/> is null.
    /// </summary>
    private sealed record Topic(string Id, string Section, string Subsection, string? Scope, IReadOnlyDictionary<string, string> Rows, IReadOnlyDictionary<string, string>? CountUnits = null, IReadOnlyDictionary<string, string>? Sme = null);

    /// <summary>The 政府采购 row a 授予中小企业合同金额 amount stands on → the concept of that amount (the sentences' names): a 决算's.</summary>
    private static readonly Dictionary<string, string> s_smeConcepts = new(System.StringComparer.Ordinal)
    {
        ["政府采购支出"] = "授予中小企业合同金额", ["政府采购货物支出"] = "货物采购授予中小企业合同金额",
        ["政府采购工程支出"] = "工程采购授予中小企业合同金额", ["政府采购服务支出"] = "服务采购授予中小企业合同金额",
    };

    /// <summary>The kinds of 车辆 the 说明's standard sentence lists (their sum is the 车辆 total).</summary>
    private static readonly string[] s_vehicleKinds =
    {
        "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车",
    };

    /// <summary>
    /// 十一（三）'s 国有资产 counts by printed name: 车辆 and its kinds (the current eight and the older 一般公务用车 …, each
    /// its own concept), equipment at 单价100万元 (the sentence's concept) and the central template's 50万元 通用 / 100万元
    /// 专用 equipment. 合计 is not among them: in an assets table it may count 车辆 and 设备 together.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> s_assetRows = Rows(
        new[] { ("车辆", new[] { "车辆", "车辆合计", "车辆总计", "车辆总数", "车辆数", "公务用车合计", "车辆（辆）" }) }
            .Concat(s_vehicleKinds.Concat(new[] { "一般公务用车", "一般执法执勤用车", "特种专业技术用车辆" }).Select(k => (k, new[] { k })))
            .Append(("单价100万元（含）以上的设备（不含车辆）", new[] { "单价100万元（含）以上的设备（不含车辆）", "单价100万元（含）以上设备（不含车辆）", "单价100万元以上设备（不含车辆）", "单价100万元以上设备", "单价100万元（含）以上设备" }))
            .Append(("单价50万元以上通用设备", new[] { "单价50万元以上通用设备", "单价50万元（含）以上通用设备" }))
            .Append(("单价100万元以上专用设备", new[] { "单价100万元以上专用设备", "单价100万元（含）以上专用设备" }))
            .ToArray());

    /// <summary>Each 国有资产 concept's count unit.</summary>
    private static readonly IReadOnlyDictionary<string, string> s_assetUnits = s_assetRows.Values.Distinct()
        .ToDictionary(c => c, c => c.Contains("设备", System.StringComparison.Ordinal) ? "台（套）" : "辆", System.StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, string> s_threePublicRows = Rows(
        ("三公经费", new[] { "合计", "总计", "“三公”经费合计", "三公经费合计", "“三公”经费", "三公经费", "“三公”经费支出", "财政拨款“三公”经费支出", "“三公”经费财政拨款支出" }),
        ("因公出国（境）费", new[] { "因公出国（境）费", "因公出国（境）费用", "因公出国（境）经费", "因公出国（境）费支出" }),
        ("公务用车购置及运行维护费", new[] { "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运行维护费支出" }),
        ("公务用车购置费", new[] { "公务用车购置费", "公务用车购置", "公务用车购置支出", "购置费" }),
        ("公务用车运行维护费", new[] { "公务用车运行维护费", "公务用车运行费", "公务用车运行维护支出", "运行维护费", "运行费" }),
        ("公务接待费", new[] { "公务接待费", "公务接待费支出" }));

    private static readonly IReadOnlyDictionary<string, string> s_runningCostRows = Rows(
        ("机关运行经费", new[] { "机关运行经费", "机关运行经费支出", "合计", "总计" }));

    private static readonly IReadOnlyDictionary<string, string> s_procurementRows = Rows(
        ("政府采购支出", new[] { "合计", "总计", "政府采购金额", "政府采购支出", "政府采购合计", "政府采购" }),
        ("政府采购货物支出", new[] { "货物", "货物类", "货物采购", "货物采购金额", "政府采购货物", "政府采购货物支出" }),
        ("政府采购工程支出", new[] { "工程", "工程类", "工程采购", "工程采购金额", "政府采购工程", "政府采购工程支出" }),
        ("政府采购服务支出", new[] { "服务", "服务类", "服务采购", "服务采购金额", "政府采购服务", "政府采购服务支出" }));

    private static IReadOnlyDictionary<string, string> Rows(params (string Concept, string[] Printed)[] rows)
        => rows.SelectMany(r => r.Printed.Select(p => (p, r.Concept))).ToDictionary(x => x.p, x => x.Concept, System.StringComparer.Ordinal);

    /// <summary>
    /// The tables between lines <paramref name="start"/> and <paramref name="end"/> (the 说明 part) as statements; the
    /// lines of each table read are added to <paramref name="consumed"/> so the sentence reader does not see them.
    /// </summary>
    public static List<StatementDraft> Read(IReadOnlyList<LayoutLine> lines, int start, int end, List<ImportNote> notes, HashSet<LayoutLine> consumed)
        => Read(lines, start, end, notes, consumed, s_final, ReportYear(lines, start, end));

    /// <summary>The tables between lines <paramref name="start"/> and <paramref name="end"/> as <paramref name="dialect"/> reads them, in a report of <paramref name="year"/>.</summary>
    private static List<StatementDraft> Read(IReadOnlyList<LayoutLine> lines, int start, int end, List<ImportNote> notes, HashSet<LayoutLine> consumed, Dialect dialect, int? year)
    {
        var statements = new List<StatementDraft>();
        string section = string.Empty, sub = string.Empty, sectionNumber = string.Empty;
        var tableCount = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var text = Squash(lines[i].Text);
            if (s_heading.Match(text) is { Success: true } h)
            {
                section = text;
                sectionNumber = h.Groups[1].Value;
                sub = string.Empty;
                continue;
            }
            if (s_subheading.IsMatch(text))
            {
                sub = text;
                continue;
            }
            var unit = s_unit.Match(text);
            if (!unit.Success) continue;
            var unitText = Label(unit.Groups[1].Value);
            var counts = unitText is not ("万元" or "元");
            var topic = dialect.TopicOf(sectionNumber, section, sub, counts);
            // A count unit line outside 十一（三） (a 预算's 国有资产 section) is no table this reader knows of.
            if (counts && topic == null) continue;
            var n = topic == null ? 0 : tableCount.TryGetValue(topic.Id, out var c) ? c + 1 : 1;
            // A table with its rows' names as columns (two-line, year-grouped headers): read whole or left out with a note.
            List<StatementDraft>? read = null;
            var last = i;
            if (topic != null && (read = ReadTransposed(lines, i, end, topic, topic.Id + "-T" + n, unitText, year, dialect, notes, out last)) != null)
            {
                tableCount[topic.Id] = n;
            }
            else
            {
                // The header: the first line after the unit line (within two) whose words are all labels.
                var headerAt = -1;
                for (var j = i + 1; j < end && j <= i + 2 && headerAt < 0; j++)
                {
                    if (IsHeader(lines[j], dialect)) headerAt = j;
                }
                if (headerAt < 0) continue;
                if (topic == null)
                {
                    notes.Add(new ImportNote(ImportNotes.UnknownLabel, "a table in the 说明 outside " + dialect.Sections + " is not read; check it by hand", lines[headerAt].Page, section.Length > 0 ? section : "情况说明"));
                    continue;
                }
                tableCount[topic.Id] = n;
                read = ReadTable(lines, headerAt, end, topic, topic.Id + "-T" + n, unitText, year, dialect, notes, out last);
                if (read == null) continue;
            }
            statements.AddRange(read);
            // The unit line, a title line directly above it that names no section, the header and every row line.
            if (i > start && !s_heading.IsMatch(Squash(lines[i - 1].Text)) && !s_subheading.IsMatch(Squash(lines[i - 1].Text)) && Regex.IsMatch(Squash(lines[i - 1].Text), "(表|情况)$")) consumed.Add(lines[i - 1]);
            for (var k = i; k <= last; k++) consumed.Add(lines[k]);
            i = last;
        }
        return statements;
    }

    /// <summary>A 决算's words: its 说明's sections 七 and 十一, its bases, a year before the report's only as 上年决算.</summary>
    private static readonly Dialect s_final = new(
        s_columns,
        (offset, basis) => offset == 0 ? basis : offset == -1 && basis == "决算" ? "上年决算" : null,
        bases => bases,
        FinalTopic,
        null,
        "七 (三公) and 十一（一）（二）（三）(机关运行经费, 政府采购, 国有资产 counts)");

    private static Topic? FinalTopic(string number, string section, string sub, bool counts) => number switch
    {
        _ when counts => number == "十一" && sub.StartsWith("（三）", System.StringComparison.Ordinal) && sub.Contains("国有资产") ? new Topic("3.11", section, sub, null, s_assetRows, s_assetUnits) : null,
        "七" => new Topic("3.7", section, sub, "财政拨款", s_threePublicRows),
        "十一" when sub.StartsWith("（一）", System.StringComparison.Ordinal) && sub.Contains("机关运行经费") => new Topic("3.11", section, sub, null, s_runningCostRows),
        "十一" when sub.StartsWith("（二）", System.StringComparison.Ordinal) && sub.Contains("政府采购") => new Topic("3.11", section, sub, null, s_procurementRows, Sme: s_smeConcepts),
        _ => null,
    };

    /// <summary>Column labels, and at most the row-label column's own word (项目, or 项 目 printed spaced out): no prose.</summary>
    private static bool IsHeader(LayoutLine line, Dialect dialect)
    {
        var labels = line.Words.Select(w => Label(w.Text)).ToList();
        var stub = string.Concat(labels.Where(l => !IsColumn(dialect, l)));
        return labels.Count(l => IsColumn(dialect, l)) >= 1 && labels.Count >= 2 && (stub.Length == 0 || s_stubs.Contains(stub));
    }

    /// <summary>A column label of <paramref name="dialect"/>: one of its words, or a basis with its year (2025年预算数, 2023年度决算数).</summary>
    private static bool IsColumn(Dialect dialect, string label) => dialect.Columns.ContainsKey(label) || BasisOf(dialect, label) is { Year: not null };

    /// <summary>
    /// Each header column's basis and mark: a dated label by its year against the report's, the others by the dialect's
    /// words, the 增减 columns settled against the bases the table prints. Null, with <paramref name="why"/>, when a year
    /// gives no basis (or the report's year is not known) or the dialect cannot tell which basis a column is on.
    /// </summary>
    private static List<(string? Basis, string? Mark)>? Bases(Dialect dialect, IReadOnlyList<HeaderColumn> columns, int? year, out string why)
    {
        why = string.Empty;
        var found = new List<(string? Basis, string? Mark)>();
        foreach (var column in columns)
        {
            if (dialect.Columns.TryGetValue(column.Label, out var known))
            {
                found.Add(known);
                continue;
            }
            var (dated, basis) = BasisOf(dialect, column.Label)!.Value;
            var resolved = year == null ? null : dialect.Dated(dated!.Value - year.Value, basis);
            if (resolved == null)
            {
                why = "its column " + column.Label + " is dated neither the report's year" + (year == null ? " (not known)" : " " + year) + " nor a year whose basis this report can state";
                return null;
            }
            found.Add((resolved, basis.EndsWith("率", System.StringComparison.Ordinal) ? "%" : null));
        }
        var settled = dialect.Settle(found.Select(f => f.Basis ?? string.Empty).ToList());
        if (settled == null || settled.Contains(Ambiguous) || found.Any(f => f.Basis == Ambiguous))
        {
            why = "the basis of its columns is not sure in this kind of report (" + string.Join(" | ", columns.Select(c => c.Label)) + ")";
            return null;
        }
        return found.Select((f, i) => (f.Basis == null ? null : settled[i], f.Mark)).ToList();
    }

    /// <summary>
    /// Reads the rows under the header at <paramref name="headerAt"/> to the first line that is no row (prose, a heading,
    /// a footnote, the page's end of the part). Null, with a note, when the header names one basis twice.
    /// </summary>
    private static List<StatementDraft>? ReadTable(IReadOnlyList<LayoutLine> lines, int headerAt, int end, Topic topic, string id, string unit, int? year, Dialect dialect, List<ImportNote> notes, out int last)
    {
        last = headerAt;
        var header = lines[headerAt];
        var columns = header.Words.Where(w => IsColumn(dialect, Label(w.Text))).Select(w => new HeaderColumn(Label(w.Text), w.Left, w.Right)).ToList();
        var columnBases = Bases(dialect, columns, year, out var unsure);
        if (columnBases == null)
        {
            notes.Add(new ImportNote(dialect.TableNote(ImportNotes.UnknownLabel), "a table in the 说明 is left out: " + unsure + "; check it by hand", header.Page, topic.Section));
            return null;
        }
        var bases = columnBases.Where(b => b.Basis is not (null or NoBasis)).Select(b => b.Mark == Sme ? Sme + b.Basis : b.Basis).ToList();
        if (bases.Count != bases.Distinct().Count())
        {
            notes.Add(new ImportNote(dialect.TableNote(ImportNotes.UnknownLabel), "a table in the 说明 names one basis in two columns (" + Squash(header.Text) + "), e.g. two years' 决算数; its values are not read", header.Page, topic.Section));
            return null;
        }
        // A column the format has no basis for in this kind of report (a 预算's stock of 车辆 on a date): one note, its values left out.
        for (var c = 0; c < columns.Count; c++)
        {
            if (columnBases[c].Basis == NoBasis) notes.Add(new ImportNote(ImportNotes.BudgetColumnNotRead, NoBasisWhy(columns[c].Label), header.Page, topic.Section));
        }
        var labelEdge = columns.Min(c => c.Left);
        var rows = new List<(LayoutLine Line, string Label, List<LayoutWord> Values)>();
        for (var i = headerAt + 1; i < end; i++)
        {
            var line = lines[i];
            var text = Squash(line.Text);
            if (s_heading.IsMatch(text) || s_subheading.IsMatch(text) || Regex.IsMatch(text, "^(注\\d*|说明|备注)[：:]") || s_unit.IsMatch(text)) break;
            var values = line.Words.Where(w => IsValue(w.Text)).ToList();
            var words = line.Words.Where(w => !IsValue(w.Text) && !s_blank.IsMatch(w.Text)).ToList();
            // Text among the value columns, or a long line that names no row (单价100万元（含）以上设备（不含车辆） with its
            // cells blank is a row), is prose: the table has ended.
            var label = Squash(string.Concat(words.Select(w => w.Text)));
            if (words.Any(w => w.Right > labelEdge + 1) || (values.Count == 0 && text.Length > 16 && Concept(topic, label) == null)) break;
            rows.Add((line, label, values));
        }
        // The table ends at its last line with values, or at the wrapped rest of that line's name below it: a short
        // line of text after the table is prose, not the table's.
        var used = rows.FindLastIndex(r => r.Values.Count > 0);
        if (used >= 0 && used + 1 < rows.Count && rows[used + 1].Values.Count == 0 && Concept(topic, rows[used].Label + rows[used + 1].Label) != null) used++;
        rows.RemoveRange(used + 1, rows.Count - used - 1);
        if (rows.Count > 0) last = headerAt + rows.Count; // rows are consecutive lines from headerAt + 1
        var statements = new List<StatementDraft>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (line, printed, values) = rows[r];
            if (values.Count == 0) continue;
            // A name wrapped over two lines: a line of text without values above or below holds the rest of it. The
            // joined name wins over the line's own (公务用车购置 over 及运行维护费 is not 公务用车购置费); joined both ways
            // and both names known is unsure, and stays out.
            var above = r > 0 && rows[r - 1].Values.Count == 0 ? rows[r - 1].Label : null;
            var below = r + 1 < rows.Count && rows[r + 1].Values.Count == 0 ? rows[r + 1].Label : null;
            var withAbove = above != null ? Concept(topic, above + printed) : null;
            var withBelow = below != null ? Concept(topic, printed + below) : null;
            var around = above != null && below != null && printed.Length == 0 ? Concept(topic, above + below) : null;
            if (withAbove != null && withBelow != null)
            {
                notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "row '" + printed + "' of a table in the 说明 reads as '" + above + printed + "' and as '" + printed + below + "'; its values are left out", line.Page, topic.Section));
                continue;
            }
            var (concept, printedRow) = withAbove != null ? (withAbove, above + printed)
                : withBelow != null ? (withBelow, printed + below)
                : around != null ? (around, above + below)
                : (Concept(topic, printed), printed);
            if (concept == null)
            {
                notes.Add(new ImportNote(ImportNotes.UnknownLabel, "row '" + printed + "' of a table in the 说明 is not one this section's table has; its values are not read", line.Page, topic.Section));
                continue;
            }
            var st = new StatementDraft { Id = id + "." + (statements.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Section = topic.Section, Subsection = topic.Subsection, Sentence = string.Join(" ", line.Words.Select(w => w.Text)), Page = line.Page };
            var placed = values.Select(v => (Value: v, Column: HeaderReader.Nearest(columns, v))).ToList();
            foreach (var (value, column) in placed)
            {
                if (column == null)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " in row '" + printedRow + "' of a table in the 说明 stands under no column label; left out", value.Page, topic.Section));
                    continue;
                }
                if (placed.Count(p => p.Column == column) > 1)
                {
                    notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "value " + value.Text + " in row '" + printedRow + "' of a table in the 说明 shares its column " + column.Label + " with another value; left out", value.Page, topic.Section));
                    continue;
                }
                var (basis, mark) = columnBases[columns.IndexOf(column)];
                if (basis == NoBasis) continue;
                var figure = Figure(topic, concept, basis, mark, value.Text, unit, out var why);
                if (figure == null)
                {
                    notes.Add(new ImportNote(why == "column" ? ImportNotes.UnknownLabel : ImportNotes.ValueNotPlaced, why == "column"
                        ? "column " + column.Label + " of a table in the 说明 is not read by this version (value " + value.Text + ", row '" + printedRow + "')"
                        : "value " + value.Text + " in row '" + printedRow + "', column " + column.Label + " of a table in the 说明 " + why + "; left out", value.Page, topic.Section));
                    continue;
                }
                st.Figures.Add(figure);
            }
            if (st.Figures.Count > 0) statements.Add(st);
        }
        AddSums(statements, topic);
        if (statements.Count == 0)
        {
            notes.Add(new ImportNote(ImportNotes.UnknownLabel, "a table in the 说明 (" + Squash(header.Text) + ") gave no figure this version reads; check it by hand", header.Page, topic.Section));
        }
        return statements;
    }

    /// <summary>
    /// The figure a value printed at row <paramref name="concept"/>, in a column of <paramref name="basis"/> and <paramref name="mark"/> (s_columns), states, or null with
    /// why not ("column": a column this version does not read; else the reason, for the note): a percentage under an
    /// amount column, a count that is no whole number or not in the unit its row counts in, a money column in a table of
    /// counts or a count column in a money table, a 中小企业 column outside 政府采购.
    /// </summary>
    private static FigureDraft? Figure(Topic topic, string concept, string? basis, string? mark, string value, string unit, out string why)
    {
        why = "column";
        if (basis == null) return null;
        if (value.EndsWith('%') && mark != "%")
        {
            why = "is a percentage under an amount column";
            return null;
        }
        var number = value.TrimEnd('%').Replace(",", string.Empty);
        if (topic.CountUnits != null)
        {
            // A table of counts: only its 年末 count column, each row in its own unit, whole and not negative.
            if (mark != Count) return null;
            var countUnit = topic.CountUnits[concept];
            if (unit != countUnit && !unit.Contains(countUnit, System.StringComparison.Ordinal))
            {
                why = "counts in " + countUnit + " but the table's unit line says " + unit;
                return null;
            }
            if (!Quantities.Count.IsWhole(number) || number.StartsWith("-", System.StringComparison.Ordinal))
            {
                why = "is no whole count";
                return null;
            }
            return new FigureDraft { Concept = concept, Basis = basis, Value = number, Unit = countUnit };
        }
        if (mark == Count) return null;
        if (mark == Sme)
        {
            if (topic.Sme == null || !topic.Sme.TryGetValue(concept, out var awarded)) return null;
            return new FigureDraft { Concept = awarded, Basis = basis, Scope = topic.Scope, Value = number, Unit = unit };
        }
        return new FigureDraft { Concept = concept, Basis = basis, Scope = topic.Scope, Value = number, Unit = mark == "%" ? "%" : unit };
    }

    /// <summary>What a table's total rows are the sum of: "三公" of its three items, 公务用车 of 购置 and 运行维护, 政府采购 of its kinds.</summary>
    private static readonly (string Total, string[] Parts)[] s_sums =
    {
        ("三公经费", new[] { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" }),
        ("公务用车购置及运行维护费", new[] { "公务用车购置费", "公务用车运行维护费" }),
        ("政府采购支出", new[] { "政府采购货物支出", "政府采购工程支出", "政府采购服务支出" }),
        ("授予中小企业合同金额", new[] { "货物采购授予中小企业合同金额", "工程采购授予中小企业合同金额", "服务采购授予中小企业合同金额" }),
        ("车辆", s_vehicleKinds),
    };

    /// <summary>Money bases, whose figures add up across rows (a rate does not).</summary>
    private static readonly string[] s_additive = { "年初预算", "全年预算", "决算", "上年决算", "较上年决算增减", "年末", "预算", "上年预算", "上年执行数", "较上年预算增减", "较上年执行数增减" };

    /// <summary>
    /// On a total row's statement, its breakdown by the table's rows, per money basis, when the table prints the total
    /// and every part in that column (a blank part is not read as 0: no sum is claimed), each row once: FA1010 then
    /// checks the table adds up, rounding allowed.
    /// </summary>
    private static void AddSums(List<StatementDraft> statements, Topic topic)
    {
        var byConcept = statements.SelectMany(st => st.Figures.Select(f => (Statement: st, Figure: f))).GroupBy(x => x.Figure.Concept).ToDictionary(g => g.Key, g => g.ToList(), System.StringComparer.Ordinal);
        foreach (var (total, parts) in s_sums)
        {
            if (!byConcept.TryGetValue(total, out var totals) || totals.Select(t => t.Statement).Distinct().Count() != 1) continue;
            if (parts.Any(p => !byConcept.TryGetValue(p, out var rows) || rows.Select(r => r.Statement).Distinct().Count() != 1)) continue;
            foreach (var basis in s_additive)
            {
                if (totals.FirstOrDefault(t => t.Figure.Basis == basis) is not { Figure: not null } stated) continue;
                var found = parts.Select(p => byConcept[p].FirstOrDefault(r => r.Figure.Basis == basis).Figure).ToList();
                if (found.Any(f => f == null)) continue;
                var e = new ExplanationDraft { Explains = new FigureDraft { Concept = total, Basis = basis, Scope = topic.Scope, Unit = stated.Figure.Unit }, Marker = "表中各项" };
                foreach (var f in found) e.Parts.Add(new FigureDraft { Concept = f!.Concept, Basis = basis, Scope = f.Scope, Value = f.Value, Unit = f.Unit, Text = f.Concept + " " + f.Value });
                stated.Statement.Explanations.Add(e);
            }
        }
    }

    /// <summary>The concept a row label names in <paramref name="topic"/>: the label without 其中：, an ordinal or 小计.</summary>
    private static string? Concept(Topic topic, string printed)
    {
        var label = Regex.Replace(Label(printed), "^(其中[：:]?|[0-9]+[、.．]|（[0-9一二三四五六七八九十]+）|[一二三四五六七八九十]+、)", string.Empty);
        label = Regex.Replace(label, "小计$", string.Empty);
        return topic.Rows.TryGetValue(label, out var concept) ? concept : null;
    }

    /// <summary>A word as a label: spaces dropped, half-width brackets and quotes as the report's full-width ones.</summary>
    private static string Label(string text)
        => Squash(text).Replace('(', '（').Replace(')', '）').Replace('"', '“').Replace("“三公“", "“三公”", System.StringComparison.Ordinal);

    private static bool IsValue(string text) => Numbers.IsValue(text) || (text.EndsWith('%') && Numbers.IsValue(text.Substring(0, text.Length - 1)));

    private static string Squash(string text) => Regex.Replace(text, @"\s+", string.Empty);
}
