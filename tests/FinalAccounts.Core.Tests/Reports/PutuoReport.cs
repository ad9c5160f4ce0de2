using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Classification;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>
/// Reads the real 上海市普陀区财政局 2024年度部门决算 IN PLACE from its text layer (pdftotext -layout, beside the repository
/// in ../shared/reports/) and models it: every standard table as cells, and the 说明 sentences whose wording is regular
/// enough to read reliably. Nothing of the report is copied into the repository: the parser builds the report model, writes it
/// with <see cref="ReportWriter"/> in memory and hands that to <see cref="ReportReader.Parse(string, string)"/>, so the
/// reader validates every key, basis, unit, 功能分类 path and code.
///
/// Vocabulary mapping (report wording → format concept / basis / scope):
/// - 表1 收入支出决算总表, column 决算数 → basis 决算, no scope. 收入 rows: the printed name without its ordinal
///   (一般公共预算财政拨款收入 … 其他收入), 本年收入合计, 使用非财政拨款结余（含专用结余） → 使用非财政拨款结余,
///   年初结转和结余, 总计 → 收入总计. 支出 rows: each 类 → 本年支出合计 with functionPath = the 类 name (an unknown 类
///   would get no functionPath but item = the printed name), 本年支出合计, 结余分配, 年末结转和结余, 总计 → 支出总计.
/// - 表2 收入决算表, per 功能分类 row (functionPath 类/款/项, code as printed): 本年收入合计 → 本年收入合计,
///   财政拨款收入 → 财政拨款收入 (the 说明 二 uses the same words), 其他收入 → 其他收入; the 合计 row has no functionPath.
/// - 表3 支出决算表: 本年支出合计 / 基本支出 / 项目支出 per row (no scope: all funds).
/// - 表4 财政拨款收入支出决算总表: 收入 side 一、一般公共预算财政拨款 → 一般公共预算财政拨款收入; 本年收入合计 and
///   年初财政拨款结转和结余 → 本年收入合计 / 年初结转和结余 with scope 财政拨款, its fund sub-rows → 年初结转和结余 with
///   scope = the fund (一般公共预算财政拨款); 总计 → 财政拨款收入支出总计. 支出 side, column 合计 → scope 财政拨款
///   (类 rows and 本年支出合计 → 本年支出合计, 年末财政拨款结转和结余 → 年末结转和结余, 总计 → 财政拨款收入支出总计
///   without scope, as the concept names it); column 一般公共预算财政拨款 → 一般公共预算财政拨款支出 (类 rows with
///   functionPath, 本年支出合计 without), 年末结转和结余 / 财政拨款收入支出总计 with scope 一般公共预算财政拨款.
/// - 表5 一般公共预算财政拨款支出决算表: this report prints 合计 / 基本支出 / 项目支出 (NOT 年初预算 / 决算 columns; the
///   年初预算 figures stand only in 说明 五(三)). 合计 → 一般公共预算财政拨款支出 (basis 决算); 基本支出 / 项目支出 →
///   concepts 基本支出 / 项目支出 with scope 一般公共预算财政拨款.
/// - 表6 一般公共预算财政拨款基本支出决算表: each economic 类/款 row → concept = the printed name, code = 类 (3 digits)
///   or 类+款 (5 digits) as printed, scope 一般公共预算财政拨款基本支出; 人员经费合计 / 公用经费合计 → 人员经费 / 公用经费
///   with scope 一般公共预算财政拨款.
/// - 表7 财政拨款"三公"经费支出决算表 (scope 财政拨款): 合计 → 三公经费, 因公出国（境）费, 小计 (公务用车购置及运行费) →
///   公务用车购置及运行维护费, 公务用车购置费, 公务用车运行费 → 公务用车运行维护费, 公务接待费. Column 预算数 → basis
///   年初预算 (说明 七 calls the same 0.95 "年初预算"), 决算数 → 决算.
/// - 表8 / 表9 (政府性基金 / 国有资本经营): printed empty ("故本表无数据"): tables with no cells.
/// Blank cells are not listed. Values keep their printed digits and thousands commas.
/// </summary>
internal static class PutuoReport
{
    public const string FileName = "shanghai-putuo-czj-2024-final-accounts.txt";

    /// <summary>The standard tables in printed order (id, title as printed).</summary>
    public static readonly IReadOnlyList<(string Id, string Title)> TableTitles = new[]
    {
        ("表1", "收入支出决算总表"),
        ("表2", "收入决算表"),
        ("表3", "支出决算表"),
        ("表4", "财政拨款收入支出决算总表"),
        ("表5", "一般公共预算财政拨款支出决算表"),
        ("表6", "一般公共预算财政拨款基本支出决算表"),
        ("表7", "财政拨款“三公”经费支出决算表"),
        ("表8", "政府性基金预算财政拨款收入支出决算表"),
        ("表9", "国有资本经营预算财政拨款收入支出决算表"),
    };

    private static readonly Regex s_token = new(@"\S+(?: \S+)*", RegexOptions.CultureInvariant);
    private static readonly Regex s_value = new(@"^(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_ordinal = new(@"^[一二三四五六七八九十]+、", RegexOptions.CultureInvariant);
    private static readonly object s_gate = new();
    private static FinalAccountsReport? s_report;

    /// <summary>../shared/reports/… beside the repository root; a skip (a failure under CI) when it is not there.</summary>
    public static string ReportPath() => FinalAccounts.Testing.Shared.Report(FileName);

    /// <summary>The text layer's lines.</summary>
    public static string[] ReadLines()
    {
        var path = ReportPath();
        return File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").Split('\n');
    }

    /// <summary>The report, parsed once per test run.</summary>
    public static FinalAccountsReport Load()
    {
        lock (s_gate)
        {
            return s_report ??= ReportReader.Parse(BuildJson(ReadLines()), ReportPath());
        }
    }

    /// <summary>The 26 支出 类 names of 表1 as printed (ordinals removed), valued or not.</summary>
    public static IReadOnlyList<string> SummaryTableClassNames()
    {
        var lines = ReadLines();
        var (start, end) = Segment(lines, 0);
        return TwoSided(lines, start, end, 30, 30).Right.Where(r => s_ordinal.IsMatch(r.Label)).Select(r => StripOrdinal(r.Label)).ToList();
    }

    // ───────────────────────────── JSON building ─────────────────────────────

    private sealed class Cell
    {
        public string Row = "", Column = "", Concept = "", Basis = ReportVocabulary.Actual, Value = "";
        public string? Scope, FunctionPath, Item, Code;
    }

    private sealed class Fig
    {
        public string Concept = "", Basis = ReportVocabulary.Actual, Value = "", Unit = "万元";
        public string? Scope, FunctionPath, Text;
        public (string Concept, string Basis, string? Scope)? Of;
    }

    private sealed class Expl
    {
        public Fig Explains = new();
        public List<Fig> Also = new();
        public bool Partial;
        public string Marker = "";
        public List<Fig> Parts = new();
    }

    private sealed class Stmt
    {
        public string Id = "", Section = "", Subsection = "", Sentence = "";
        public List<Fig> Figures = new();
        public List<Expl> Explanations = new();
    }

    private static string BuildJson(string[] lines)
    {
        var tables = new List<(string Id, string Title, List<Cell> Cells, string? Note)>();
        for (var t = 0; t < TableTitles.Count; t++)
        {
            var (start, end) = Segment(lines, t);
            var cells = t switch
            {
                0 => SummaryTable(lines, start, end),
                1 => FunctionTable(lines, start, end, IncomeColumns),
                2 => FunctionTable(lines, start, end, ExpenditureColumns),
                3 => AppropriationSummaryTable(lines, start, end),
                4 => FunctionTable(lines, start, end, GeneralBudgetColumns),
                5 => BasicExpenditureTable(lines, start, end),
                6 => ThreePublicTable(lines, start, end),
                _ => EmptyTable(lines, start, end),
            };
            // A table printed without data keeps the statement under it (注：…故本表无数据。) as its emptyNote.
            var note = cells.Count == 0 ? lines.Skip(start).Take(end - start).Select(l => l.Trim()).FirstOrDefault(l => l.Contains("故本表无数据")) : null;
            tables.Add((TableTitles[t].Id, TableTitles[t].Title, cells, note));
        }
        var statements = Statements(lines);

        // The report does not state its unit kind in words; 财政局 is a 区政府工作部门 (行政单位).
        var info = new ReportInfo("上海市普陀区财政局2024年度部门决算", 2024, "上海市普陀区财政局", "部门", ReportUnitKind.Administrative, CurrencyUnit.WanYuan, FileName, string.Empty);
        var model = new FinalAccountsReport(info,
            tables.Select(t => new ReportTable(t.Id, t.Title, CurrencyUnit.WanYuan, t.Cells.Select(c => new StatedFigure(
                new FigureKey(c.Concept, c.Basis, c.Scope, c.FunctionPath, c.Item), c.Value, "万元",
                new FigureLocation(t.Id, t.Title, string.Empty, string.Empty, string.Empty, c.Row, c.Column), c.Code)).ToList(), t.Note)).ToList(),
            statements.Select(ToStatement).ToList());
        return ReportWriter.Write(model);
    }

    private static Statement ToStatement(Stmt s)
    {
        var at = new FigureLocation(s.Id, s.Section, s.Subsection, s.Sentence, string.Empty);
        var explanations = s.Explanations.Select(e => new Explanation(Key(e.Explains), e.Also.Select(Key).ToList(), e.Partial, e.Marker,
            e.Parts.Select(p => p.Value.Length > 0 ? new ExplanationPart(p.Text ?? string.Empty, Figure(p, at), null) : new ExplanationPart(p.Text ?? string.Empty, null, null)).ToList(),
            at)).ToList();
        return new Statement(s.Id, s.Section, s.Subsection, s.Sentence, s.Figures.Select(f => Figure(f, at)).ToList(), explanations);
    }

    private static StatedFigure Figure(Fig f, FigureLocation at)
        => new(Key(f), f.Value, f.Unit, at, null, f.Of is { } of ? new FigureKey(of.Concept, of.Basis, of.Scope) : null);

    private static FigureKey Key(Fig f) => new(f.Concept, f.Basis, f.Scope, f.FunctionPath);

    // ───────────────────────────── text-layer helpers ─────────────────────────────

    private readonly struct Token
    {
        public Token(int col, string text)
        {
            Col = col;
            Text = text;
        }

        public int Col { get; }

        public string Text { get; }

        public bool IsValue => s_value.IsMatch(Text);
    }

    private static List<Token> Tokens(string line)
        => s_token.Matches(line).Cast<Match>().Select(m => new Token(m.Index, m.Value)).ToList();

    private static bool IsValueOnly(string line)
    {
        var tokens = Tokens(line);
        return tokens.Count > 0 && tokens.All(t => t.IsValue);
    }

    /// <summary>Lines [start, end) of table <paramref name="t"/>: from its title line to the next title or 第三部分.</summary>
    private static (int Start, int End) Segment(string[] lines, int t)
    {
        var part2 = Array.FindIndex(lines, l => l.Trim().StartsWith("第二部分", StringComparison.Ordinal) && l.Contains("部门决算表"));
        if (part2 < 0) throw new InvalidDataException("第二部分 …部门决算表 heading not found");
        int Find(int from, string title)
        {
            for (var i = from; i < lines.Length; i++)
            {
                if (lines[i].Trim() == title) return i;
            }
            return -1;
        }
        var start = Find(part2 + 1, TableTitles[t].Title);
        if (start < 0) throw new InvalidDataException("table title " + TableTitles[t].Title + " not found in the text layer");
        var end = t + 1 < TableTitles.Count ? Find(start + 1, TableTitles[t + 1].Title) : -1;
        if (end < 0) end = Array.FindIndex(lines, start + 1, l => l.Trim().StartsWith("第三部分", StringComparison.Ordinal));
        if (end < 0) throw new InvalidDataException("end of table " + TableTitles[t].Title + " not found");
        return (start + 1, end);
    }

    private static string StripOrdinal(string label) => s_ordinal.Replace(label, string.Empty);

    private static string Squash(string text) => Regex.Replace(text, @"\s+", string.Empty);

    /// <summary>functionPath for a printed 类 name, or null when FunctionCode does not know it.</summary>
    private static string? ClassPath(string name) => FunctionCode.TryFindByNamePath(name, out _) ? name : null;

    // ───────────────── two-sided tables (表1, 表4): 收入 block left, 支出 block right ─────────────────

    private sealed class SideRow
    {
        public string Label = "";
        public readonly List<Token> Values = new();
    }

    /// <summary>
    /// Reads a table of two blocks side by side. A text token starting before <paramref name="labelSplit"/> is a left
    /// label; a row starts at a label with an ordinal (一、) or a known row name, other text continues the label above
    /// (wrapped cells). A value belongs to the label before it on its line; a value alone on its line (printed above its
    /// label) waits for the next row of its side, the side told by <paramref name="valueSplit"/>.
    /// </summary>
    private static (List<SideRow> Left, List<SideRow> Right) TwoSided(string[] lines, int start, int end, int labelSplit, int valueSplit)
    {
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            "本年收入合计", "本年支出合计", "使用非财政拨款结余（含专用结余）", "年初结转和结余", "结余分配", "年末结转和结余", "总计",
            "年初财政拨款结转和结余", "年末财政拨款结转和结余",
        };
        var first = Array.FindIndex(lines, start, end - start, l => l.TrimStart().StartsWith("一、", StringComparison.Ordinal));
        if (first < 0) throw new InvalidDataException("no 一、 row in lines " + start + "–" + end);
        while (first > start && IsValueOnly(lines[first - 1])) first--;
        var sides = new[] { new List<SideRow>(), new List<SideRow>() };
        var pending = new[] { new List<Token>(), new List<Token>() };
        for (var i = first; i < end; i++)
        {
            var tokens = Tokens(lines[i]);
            var side = -1;
            foreach (var token in tokens)
            {
                if (token.IsValue)
                {
                    if (side < 0) pending[token.Col < valueSplit ? 0 : 1].Add(token);
                    else sides[side][sides[side].Count - 1].Values.Add(token);
                    continue;
                }
                side = token.Col < labelSplit ? 0 : 1;
                if (s_ordinal.IsMatch(token.Text) || known.Contains(token.Text) || sides[side].Count == 0)
                {
                    var row = new SideRow { Label = token.Text };
                    row.Values.AddRange(pending[side]);
                    pending[side].Clear();
                    sides[side].Add(row);
                }
                else
                {
                    sides[side][sides[side].Count - 1].Label += token.Text;
                }
            }
        }
        if (pending[0].Count + pending[1].Count > 0) throw new InvalidDataException("values without a row at the end of lines " + start + "–" + end);
        return (sides[0], sides[1]);
    }

    private static string Single(SideRow row)
    {
        if (row.Values.Count != 1) throw new InvalidDataException("row " + row.Label + " has " + row.Values.Count + " values; expected one");
        return row.Values[0].Text;
    }

    private static List<Cell> SummaryTable(string[] lines, int start, int end)
    {
        var (left, right) = TwoSided(lines, start, end, 30, 30);
        var cells = new List<Cell>();
        foreach (var row in left.Where(r => r.Values.Count > 0))
        {
            var name = StripOrdinal(row.Label);
            var concept = name switch
            {
                "使用非财政拨款结余（含专用结余）" => "使用非财政拨款结余",
                "总计" => "收入总计",
                _ => name,
            };
            cells.Add(new Cell { Row = row.Label, Column = "收入 决算数", Concept = concept, Value = Single(row) });
        }
        foreach (var row in right.Where(r => r.Values.Count > 0))
        {
            var cell = new Cell { Row = row.Label, Column = "支出 决算数", Value = Single(row) };
            if (s_ordinal.IsMatch(row.Label))
            {
                var name = StripOrdinal(row.Label);
                cell.Concept = "本年支出合计";
                cell.FunctionPath = ClassPath(name);
                if (cell.FunctionPath == null) cell.Item = name;
            }
            else
            {
                cell.Concept = row.Label == "总计" ? "支出总计" : row.Label;
            }
            cells.Add(cell);
        }
        return cells;
    }

    private static List<Cell> AppropriationSummaryTable(string[] lines, int start, int end)
    {
        // Left labels start at column ≤ 5 and right labels at ≥ 26; values printed alone: left ~15, right ≥ 41.
        var (left, right) = TwoSided(lines, start, end, 15, 30);
        var cells = new List<Cell>();
        var group = "本年收入";
        foreach (var row in left)
        {
            if (row.Label == "年初财政拨款结转和结余") group = "年初";
            if (row.Values.Count == 0) continue;
            var cell = new Cell { Row = row.Label, Column = "收入 决算数", Value = Single(row) };
            var name = StripOrdinal(row.Label);
            if (s_ordinal.IsMatch(row.Label))
            {
                // 一、一般公共预算财政拨款 under 本年收入 is the revenue line; under 年初财政拨款结转和结余 it is that fund's part.
                if (group == "本年收入") cell.Concept = name + "收入";
                else
                {
                    cell.Concept = "年初结转和结余";
                    cell.Scope = name;
                }
            }
            else
            {
                (cell.Concept, cell.Scope) = name switch
                {
                    "本年收入合计" => ("本年收入合计", "财政拨款"),
                    "年初财政拨款结转和结余" => ("年初结转和结余", "财政拨款"),
                    "总计" => ("财政拨款收入支出总计", (string?)null),
                    _ => throw new InvalidDataException("unexpected 表4 收入 row " + row.Label),
                };
            }
            cells.Add(cell);
        }
        foreach (var row in right.Where(r => r.Values.Count > 0))
        {
            // Only the 合计 and 一般公共预算财政拨款 columns carry values in this report; each valued row prints both.
            if (row.Values.Count != 2) throw new InvalidDataException("表4 支出 row " + row.Label + " has " + row.Values.Count + " values; expected 合计 and 一般公共预算财政拨款");
            var values = row.Values.OrderBy(v => v.Col).Select(v => v.Text).ToArray();
            var total = new Cell { Row = row.Label, Column = "支出 合计", Value = values[0] };
            var general = new Cell { Row = row.Label, Column = "支出 一般公共预算财政拨款", Value = values[1] };
            if (s_ordinal.IsMatch(row.Label))
            {
                var name = StripOrdinal(row.Label);
                var path = ClassPath(name) ?? throw new InvalidDataException("表4 类 " + name + " is not known to FunctionCode");
                (total.Concept, total.Scope, total.FunctionPath) = ("本年支出合计", "财政拨款", path);
                (general.Concept, general.FunctionPath) = ("一般公共预算财政拨款支出", path);
            }
            else
            {
                switch (row.Label)
                {
                    case "本年支出合计":
                        (total.Concept, total.Scope) = ("本年支出合计", "财政拨款");
                        general.Concept = "一般公共预算财政拨款支出";
                        break;
                    case "年末财政拨款结转和结余":
                        (total.Concept, total.Scope) = ("年末结转和结余", "财政拨款");
                        (general.Concept, general.Scope) = ("年末结转和结余", "一般公共预算财政拨款");
                        break;
                    case "总计":
                        total.Concept = "财政拨款收入支出总计";
                        (general.Concept, general.Scope) = ("财政拨款收入支出总计", "一般公共预算财政拨款");
                        break;
                    default:
                        throw new InvalidDataException("unexpected 表4 支出 row " + row.Label);
                }
            }
            cells.Add(total);
            cells.Add(general);
        }
        return cells;
    }

    // ───────────────── 功能分类 tables (表2, 表3, 表5): 类/款/项 code columns, name, values ─────────────────

    private sealed class FunctionRow
    {
        public string[] Codes = Array.Empty<string>();
        public string Name = "";
        public readonly List<Token> LineValues = new();
        public readonly List<Token> Above = new();
    }

    /// <summary>Assigns a row's values to (column label, concept, scope).</summary>
    private delegate List<(string Column, string Concept, string? Scope, string Value)> Columns(FunctionRow row, bool isTotal);

    private static List<Cell> FunctionTable(string[] lines, int start, int end, Columns columns)
    {
        var header = Array.FindIndex(lines, start, end - start, l => Regex.IsMatch(l, @"^\s*类\s+款\s+项\s*$"));
        if (header < 0) throw new InvalidDataException("类 款 项 header not found in lines " + start + "–" + end);
        var total = new FunctionRow { Name = "合计" };
        var rows = new List<FunctionRow>();
        var pending = new List<Token>();
        for (var i = start; i < header; i++)
        {
            if (IsValueOnly(lines[i])) total.Above.AddRange(Tokens(lines[i]));
        }
        FunctionRow? current = null;
        for (var i = header + 1; i < end; i++)
        {
            var tokens = Tokens(lines[i]);
            if (tokens.Count == 0) continue;
            if (tokens.All(t => t.IsValue))
            {
                pending.AddRange(tokens);
                continue;
            }
            if (Regex.IsMatch(tokens[0].Text, @"^\d{3}$") && tokens[0].Col <= 2)
            {
                var codes = new List<string> { tokens[0].Text };
                var k = 1;
                while (k < tokens.Count && codes.Count < 3 && Regex.IsMatch(tokens[k].Text, @"^\d{2}$")) codes.Add(tokens[k++].Text);
                current = new FunctionRow { Codes = codes.ToArray() };
                current.Above.AddRange(pending);
                pending.Clear();
                for (; k < tokens.Count; k++)
                {
                    if (tokens[k].IsValue) current.LineValues.Add(tokens[k]);
                    else if (current.LineValues.Count == 0) current.Name += tokens[k].Text;
                    else throw new InvalidDataException("text after the values on line " + (i + 1));
                }
                rows.Add(current);
            }
            else if (tokens[0].Text == "合计")
            {
                // 表3 prints 合计 under its values (taken above); 表5 prints 合计 with its values at the end.
                if (tokens.Count > 1) total.LineValues.AddRange(tokens.Skip(1).Where(t => t.IsValue));
                current = null;
            }
            else if (current != null && tokens.All(t => !t.IsValue) && tokens[0].Col >= 10)
            {
                current.Name += string.Concat(tokens.Select(t => t.Text)); // a name wrapped onto the next line(s)
            }
            else
            {
                throw new InvalidDataException("unexpected line " + (i + 1) + ": " + lines[i].Trim());
            }
        }
        if (pending.Count > 0) throw new InvalidDataException("values without a row at the end of lines " + start + "–" + end);

        var cells = new List<Cell>();
        var names = new string[3];
        foreach (var row in rows.Prepend(total))
        {
            var isTotal = ReferenceEquals(row, total);
            string? path = null, code = null;
            if (!isTotal)
            {
                names[row.Codes.Length - 1] = row.Name;
                path = string.Join("/", names.Take(row.Codes.Length));
                code = string.Concat(row.Codes);
            }
            var label = isTotal ? "合计" : string.Join(" ", row.Codes) + " " + row.Name;
            foreach (var (column, concept, scope, value) in columns(row, isTotal))
            {
                cells.Add(new Cell { Row = label, Column = column, Concept = concept, Scope = scope, FunctionPath = path, Code = code, Value = value });
            }
        }
        return cells;
    }

    private static List<(string, string, string?, string)> IncomeColumns(FunctionRow row, bool isTotal)
    {
        // 表2: the first value is 本年收入合计; later ones are 其他收入 when printed far right (≥ col 70, under 其他收入),
        // else 财政拨款收入. 上级补助/事业/经营/附属单位上缴收入 are blank throughout.
        var values = (isTotal ? row.Above : row.LineValues).OrderBy(v => v.Col).ToList();
        if (!isTotal && row.Above.Count > 0) throw new InvalidDataException("表2 row " + row.Name + " has values above it");
        var result = new List<(string, string, string?, string)>();
        for (var i = 0; i < values.Count; i++)
        {
            var (column, concept) = i == 0 ? ("本年收入合计", "本年收入合计") : values[i].Col >= 70 ? ("其他收入", "其他收入") : ("财政拨款收入", "财政拨款收入");
            if (result.Any(r => r.Item1 == column)) throw new InvalidDataException("表2 row " + row.Name + ": two values for " + column);
            result.Add((column, concept, null, values[i].Text));
        }
        return result;
    }

    private static List<(string, string, string?, string)> ExpenditureColumns(FunctionRow row, bool isTotal)
    {
        // 表3: on a code line the first value is 本年支出合计 and later ones 基本支出 (< col 49) or 项目支出 (≥ 49);
        // values printed on lines above the code line sit at ~32 (本年支出合计, only for 合计), ~43 (基本) or ~54 (项目).
        var result = new List<(string, string, string?, string)>();
        void Add(string column, string value)
        {
            if (result.Any(r => r.Item1 == column)) throw new InvalidDataException("表3 row " + row.Name + ": two values for " + column);
            result.Add((column, column, null, value));
        }
        for (var i = 0; i < row.LineValues.Count; i++)
        {
            Add(i == 0 ? "本年支出合计" : row.LineValues[i].Col < 49 ? "基本支出" : "项目支出", row.LineValues[i].Text);
        }
        foreach (var v in row.Above) Add(v.Col < 38 ? "本年支出合计" : v.Col < 49 ? "基本支出" : "项目支出", v.Text);
        return result.OrderBy(r => Array.IndexOf(new[] { "本年支出合计", "基本支出", "项目支出" }, r.Item1)).ToList();
    }

    private static List<(string, string, string?, string)> GeneralBudgetColumns(FunctionRow row, bool isTotal)
    {
        // 表5: first value 合计, later ones 基本支出 (< col 55) or 项目支出 (≥ 55); no values above lines.
        if (row.Above.Count > 0) throw new InvalidDataException("表5 row " + row.Name + " has values above it");
        var result = new List<(string, string, string?, string)>();
        for (var i = 0; i < row.LineValues.Count; i++)
        {
            var v = row.LineValues[i];
            var item = i == 0 ? ("合计", "一般公共预算财政拨款支出", (string?)null)
                : v.Col < 55 ? ("基本支出", "基本支出", "一般公共预算财政拨款") : ("项目支出", "项目支出", "一般公共预算财政拨款");
            if (result.Any(r => r.Item1 == item.Item1)) throw new InvalidDataException("表5 row " + row.Name + ": two values for " + item.Item1);
            result.Add((item.Item1, item.Item2, item.Item3, v.Text));
        }
        return result;
    }

    // ───────────────── 表6 基本支出 by economic class: two blocks side by side ─────────────────

    private sealed class EconomicRow
    {
        public string Class = "", Section = "", Name = "";
        public readonly List<string> Values = new();
    }

    private static List<Cell> BasicExpenditureTable(string[] lines, int start, int end)
    {
        // Left block (工资福利支出, 对个人和家庭的补助) starts at column 0, right block (商品和服务支出, 资本性支出) at ≥ 35;
        // names, 款 codes and values are told apart by column 34. A value alone on its line is printed (vertically
        // centred) above its row's code line: it waits for the next row of its side. The right block prints its 款 on
        // the line after its 类 (and wrapped names like 因 公 出 国 （ 境 ） 费 用 before it).
        const int split = 34;
        var first = Array.FindIndex(lines, start, end - start, l => Regex.IsMatch(l, @"^\s*301\b"));
        if (first < 0) throw new InvalidDataException("表6: no 301 row");
        while (first > start && IsValueOnly(lines[first - 1])) first--;
        var sides = new[] { new List<EconomicRow>(), new List<EconomicRow>() };
        var pending = new[] { new List<string>(), new List<string>() };
        for (var i = first; i < end; i++)
        {
            var tokens = Tokens(lines[i]);
            var startedHere = new[] { false, false };
            foreach (var token in tokens)
            {
                var side = token.Col < split ? 0 : 1;
                var list = sides[side];
                if (token.IsValue)
                {
                    if (startedHere[side]) list[list.Count - 1].Values.Add(token.Text);
                    else pending[side].Add(token.Text);
                }
                else if (Regex.IsMatch(token.Text, @"^3\d\d$") || token.Text is "人员经费合计" or "公用经费合计")
                {
                    var row = new EconomicRow();
                    if (token.Text.Length == 3) row.Class = token.Text;
                    else row.Name = token.Text;
                    row.Values.AddRange(pending[side]);
                    pending[side].Clear();
                    list.Add(row);
                    startedHere[side] = true;
                }
                else if (list.Count == 0)
                {
                    throw new InvalidDataException("表6: text before the first row on line " + (i + 1));
                }
                else if (Regex.IsMatch(token.Text, @"^\d{2}$") && list[list.Count - 1].Section.Length == 0)
                {
                    list[list.Count - 1].Section = token.Text;
                }
                else
                {
                    list[list.Count - 1].Name += Squash(token.Text);
                }
            }
            if (tokens.Any(t => t.Text == "人员经费合计")) break;
        }
        if (pending[0].Count + pending[1].Count > 0) throw new InvalidDataException("表6: values without a row");
        var cells = new List<Cell>();
        foreach (var row in sides[0].Concat(sides[1]).Where(r => r.Values.Count > 0))
        {
            if (row.Values.Count != 1) throw new InvalidDataException("表6 row " + row.Class + row.Section + row.Name + " has " + row.Values.Count + " values");
            var cell = new Cell { Column = "决算数", Value = row.Values[0] };
            if (row.Class.Length == 0)
            {
                cell.Row = row.Name;
                cell.Concept = row.Name == "人员经费合计" ? "人员经费" : "公用经费";
                cell.Scope = "一般公共预算财政拨款";
            }
            else
            {
                cell.Row = row.Class + (row.Section.Length > 0 ? " " + row.Section : string.Empty) + " " + row.Name;
                cell.Concept = row.Name;
                cell.Code = row.Class + row.Section;
                cell.Scope = "一般公共预算财政拨款基本支出";
            }
            cells.Add(cell);
        }
        return cells;
    }

    // ───────────────── 表7 三公 ─────────────────

    private static List<Cell> ThreePublicTable(string[] lines, int start, int end)
    {
        // The header's 12 预算数/决算数 labels stand on one line, in the fixed order of the standard table (its item
        // names are wrapped over several lines and are not read): 合计, 因公出国（境）费, 公务用车购置及运行费 小计,
        // 公务用车购置费, 公务用车运行费, 公务接待费. Each value is matched to the nearest label (the PDF's word boxes
        // confirm: the second 0.95 stands in 公务接待费's 预算数 column, x 712–731 under 预算数 690–723).
        var concepts = new[] { "三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费" };
        var printed = new[] { "合计", "因公出国（境）费", "公务用车购置及运行费 小计", "公务用车购置费", "公务用车运行费", "公务接待费" };
        var headerIndex = Array.FindIndex(lines, start, end - start, l => Tokens(l).Count(t => t.Text is "预算数" or "决算数") == 12);
        if (headerIndex < 0) throw new InvalidDataException("表7: no line with the 12 预算数/决算数 labels");
        var header = Tokens(lines[headerIndex]);
        var cells = new List<Cell>();
        for (var i = headerIndex + 1; i < end; i++)
        {
            foreach (var v in Tokens(lines[i]).Where(t => t.IsValue))
            {
                var ranked = header.Select((h, j) => (Distance: Math.Abs(h.Col - v.Col), Index: j)).OrderBy(x => x.Distance).ToList();
                if (ranked[0].Distance > 4 || ranked[1].Distance - ranked[0].Distance < 3) throw new InvalidDataException("表7: value " + v.Text + " at column " + v.Col + " matches no label clearly");
                var j = ranked[0].Index;
                var budget = header[j].Text == "预算数";
                cells.Add(new Cell
                {
                    Row = printed[j / 2],
                    Column = header[j].Text,
                    Concept = concepts[j / 2],
                    Basis = budget ? ReportVocabulary.InitialBudget : ReportVocabulary.Actual,
                    Scope = "财政拨款",
                    Value = v.Text,
                });
            }
        }
        return cells;
    }

    private static List<Cell> EmptyTable(string[] lines, int start, int end)
    {
        // 表8/表9 print only their header, an empty 合计 row and "注：…故本表无数据".
        for (var i = start; i < end; i++)
        {
            if (Tokens(lines[i]).Any(t => t.IsValue)) throw new InvalidDataException("a value in a table expected empty, line " + (i + 1));
        }
        if (!lines.Skip(start).Take(end - start).Any(l => l.Contains("故本表无数据"))) throw new InvalidDataException("empty table without its 无数据 note");
        return new List<Cell>();
    }

    // ───────────────────────────── 说明 (第三部分) ─────────────────────────────

    private const string Num = @"(\d+(?:\.\d+)?)";

    /// <summary>The text of 第三部分 from heading <paramref name="from"/> to the next heading in <paramref name="to"/>, whitespace removed.</summary>
    private static string Section(string part3, string from, string to)
    {
        var a = part3.IndexOf(from, StringComparison.Ordinal);
        if (a < 0) throw new InvalidDataException("说明 heading " + from + " not found");
        a += from.Length;
        var b = part3.IndexOf(to, a, StringComparison.Ordinal);
        if (b < 0) throw new InvalidDataException("说明 heading " + to + " not found");
        return part3.Substring(a, b - a);
    }

    private static string Signed(string verb, string value) => verb is "减少" or "下降" ? "-" + value : value;

    private static List<Stmt> Statements(string[] lines)
    {
        var p3 = Array.FindLastIndex(lines, l => l.Trim().StartsWith("第三部分", StringComparison.Ordinal));
        var p4 = Array.FindLastIndex(lines, l => l.Contains("第四部分 名词解释", StringComparison.Ordinal));
        if (p3 < 0 || p4 < p3) throw new InvalidDataException("第三部分 / 第四部分 not found");
        // Whitespace (line breaks, wrap indentation, the odd space before 万元) carries nothing here; it is removed so that
        // patterns read across line breaks. The text layer displaces a few lines (the PDF raises them); figures on a
        // displaced line are not read (see each section).
        var part3 = Squash(string.Join("\n", lines.Skip(p3).Take(p4 - p3)));
        var list = new List<Stmt>();

        // 一、收入支出决算总体情况说明: 收入支出总计 states 收入总计 and 支出总计 in one number.
        {
            const string sec = "一、收入支出决算总体情况说明";
            var text = Section(part3, sec, "二、收入决算情况说明");
            var m = Regex.Match(text, "收入支出总计" + Num + "万元。与2023年度相比，收入支出总计(减少|增加)" + Num + "万元，(下降|增长)" + Num + "%。主要原因：(.+?)。");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.1-1", Section = sec, Sentence = text };
                foreach (var c in new[] { "收入总计", "支出总计" })
                {
                    s.Figures.Add(new Fig { Concept = c, Value = m.Groups[1].Value });
                    s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.ChangeFromPrevious, Value = Signed(m.Groups[2].Value, m.Groups[3].Value) });
                    s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.ChangeFromPreviousRate, Value = Signed(m.Groups[4].Value, m.Groups[5].Value), Unit = "%" });
                }
                s.Explanations.Add(new Expl
                {
                    Explains = new Fig { Concept = "收入总计", Basis = ReportVocabulary.ChangeFromPrevious },
                    Also = { new Fig { Concept = "支出总计", Basis = ReportVocabulary.ChangeFromPrevious } },
                    Partial = true,
                    Marker = "主要原因",
                    Parts = { new Fig { Text = m.Groups[6].Value } },
                });
                list.Add(s);
            }
        }

        // 二、收入决算情况说明: 本年收入合计 with its 其中 parts and their shares of it.
        {
            const string sec = "二、收入决算情况说明";
            var text = Section(part3, sec, "三、支出决算情况说明");
            var m = Regex.Match(text, "本年收入合计" + Num + "万元，其中：财政拨款收入" + Num + "万元，占" + Num + "%；其他收入" + Num + "万元，占" + Num + "%");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.2-1", Section = sec, Sentence = text };
                var of = ("本年收入合计", ReportVocabulary.Actual, (string?)null);
                s.Figures.Add(new Fig { Concept = "本年收入合计", Value = m.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = "财政拨款收入", Basis = ReportVocabulary.Share, Value = m.Groups[3].Value, Unit = "%", Of = of });
                s.Figures.Add(new Fig { Concept = "其他收入", Basis = ReportVocabulary.Share, Value = m.Groups[5].Value, Unit = "%", Of = of });
                s.Explanations.Add(new Expl
                {
                    Explains = new Fig { Concept = "本年收入合计" },
                    Marker = "其中",
                    Parts =
                    {
                        new Fig { Concept = "财政拨款收入", Value = m.Groups[2].Value, Text = "财政拨款收入" + m.Groups[2].Value + "万元" },
                        new Fig { Concept = "其他收入", Value = m.Groups[4].Value, Text = "其他收入" + m.Groups[4].Value + "万元" },
                    },
                });
                list.Add(s);
            }
        }

        // 三、支出决算情况说明: the text layer prints "603.14万元，占20.51%；" (the 项目支出 clause's end) ABOVE the line
        // that starts the sentence, so 项目支出's amount and share are not read, and 其中 is not modelled as a breakdown
        // (it would look incomplete); 本年支出合计 and 基本支出 with its share are read.
        {
            const string sec = "三、支出决算情况说明";
            var text = Section(part3, sec, "四、财政拨款收入支出决算总体情况说明");
            var m = Regex.Match(text, "本年支出合计" + Num + "万元，其中：基本支出" + Num + "万元，占" + Num + "%");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.3-1", Section = sec, Sentence = text };
                s.Figures.Add(new Fig { Concept = "本年支出合计", Value = m.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = "基本支出", Value = m.Groups[2].Value });
                s.Figures.Add(new Fig { Concept = "基本支出", Basis = ReportVocabulary.Share, Value = m.Groups[3].Value, Unit = "%", Of = ("本年支出合计", ReportVocabulary.Actual, null) });
                list.Add(s);
            }
        }

        // 四: "财政拨款收入支出总计0.3万元" as printed (表4 prints 2,961.68). "持平" is not a printed figure: not modelled.
        {
            const string sec = "四、财政拨款收入支出决算总体情况说明";
            var text = Section(part3, sec, "五、一般公共预算财政拨款支出决算情况说明");
            var m = Regex.Match(text, "财政拨款收入支出总计" + Num + "万元。");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.4-1", Section = sec, Sentence = text };
                s.Figures.Add(new Fig { Concept = "财政拨款收入支出总计", Value = m.Groups[1].Value });
                list.Add(s);
            }
        }

        // 五、一般公共预算财政拨款支出决算情况说明
        {
            const string sec = "五、一般公共预算财政拨款支出决算情况说明";
            const string sub1 = "（一）一般公共预算财政拨款支出决算总体情况";
            const string sub2 = "（二）一般公共预算财政拨款支出决算结构情况";
            const string sub3 = "（三）一般公共预算财政拨款支出决算具体情况";
            var text1 = Section(part3, sub1, sub2);
            var m = Regex.Match(text1, "一般公共预算财政拨款支出" + Num + "万元，占本年支出合计的" + Num + "%。与2023年度相比，一般公共预算财政拨款支出(减少|增加)" + Num + "万元，(下降|增长)" + Num + "%");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.5-1", Section = sec, Subsection = sub1, Sentence = text1 };
                const string c = "一般公共预算财政拨款支出";
                s.Figures.Add(new Fig { Concept = c, Value = m.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.Share, Value = m.Groups[2].Value, Unit = "%", Of = ("本年支出合计", ReportVocabulary.Actual, null) });
                s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.ChangeFromPrevious, Value = Signed(m.Groups[3].Value, m.Groups[4].Value) });
                s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.ChangeFromPreviousRate, Value = Signed(m.Groups[5].Value, m.Groups[6].Value), Unit = "%" });
                list.Add(s);
            }

            // （二）: "X（类）V万元，占P%" per 类. The text layer prints "15.16%；" (住房保障支出's share) on a line ABOVE
            // "…住房保障支出（类）445.69万元，占": that share is not read. A share is read only where "占P%" follows directly.
            var text2 = Section(part3, sub2, sub3);
            var head = Regex.Match(text2, "^一般公共预算财政拨款支出" + Num + "万元，主要用于以下方面：");
            if (head.Success)
            {
                var s = new Stmt { Id = "3.5-2", Section = sec, Subsection = sub2, Sentence = text2 };
                const string c = "一般公共预算财政拨款支出";
                s.Figures.Add(new Fig { Concept = c, Value = head.Groups[1].Value });
                var e = new Expl { Explains = new Fig { Concept = c }, Partial = true, Marker = "主要用于以下方面" };
                foreach (Match k in Regex.Matches(text2, @"([\u4e00-\u9fff]+)（类）" + Num + "万元，占(?:" + Num + "%)?"))
                {
                    var path = ClassPath(k.Groups[1].Value);
                    if (path == null) continue; // an unknown 类 is left out rather than guessed
                    e.Parts.Add(new Fig { Concept = c, FunctionPath = path, Value = k.Groups[2].Value, Text = k.Groups[1].Value + "（类）" + k.Groups[2].Value + "万元" });
                    if (k.Groups[3].Success)
                    {
                        s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.Share, FunctionPath = path, Value = k.Groups[3].Value, Unit = "%", Of = (c, ReportVocabulary.Actual, null) });
                    }
                }
                s.Explanations.Add(e);
                list.Add(s);
            }

            // （三）: the total, then "其中：" numbered 项 lines "N、X（类）Y（款）Z（项）。…年初预算为B万元，支出决算为A万元".
            // Items whose 类/款/项 path does not resolve (item 6: its 项 name is split by a displaced line) are left out;
            // in an item whose 支出决算 value stands on a displaced line (item 4: "449.52万元。" printed above), only the
            // 年初预算 is read.
            var text3 = Section(part3, sub3, "六、一般公共预算财政拨款基本支出决算情况说明");
            var total = Regex.Match(text3, "^一般公共预算财政拨款支出年初预算为" + Num + "万元，支出决算为" + Num + "万元，完成年初预算的" + Num + "%");
            var itemsAt = text3.IndexOf("其中：", StringComparison.Ordinal);
            if (total.Success && itemsAt > 0)
            {
                var s = new Stmt { Id = "3.5-3", Section = sec, Subsection = sub3, Sentence = text3.Substring(0, itemsAt + 3) };
                const string c = "一般公共预算财政拨款支出";
                s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.InitialBudget, Value = total.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = c, Value = total.Groups[2].Value });
                s.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.InitialBudgetCompletion, Value = total.Groups[3].Value, Unit = "%" });
                list.Add(s);
                var items = Regex.Split(text3.Substring(itemsAt + 3), @"(?=(?<![\d.])\d{1,2}、)").Where(x => x.Length > 0).ToList();
                foreach (var item in items)
                {
                    var n = Regex.Match(item, @"^(\d{1,2})、([\u4e00-\u9fff]+)（类）([\u4e00-\u9fff]+)（款）([\u4e00-\u9fff]+)（项）。");
                    if (!n.Success) continue;
                    var path = n.Groups[2].Value + "/" + n.Groups[3].Value + "/" + n.Groups[4].Value;
                    if (!FunctionCode.TryFindByNamePath(path, out _)) continue;
                    var itemStatement = new Stmt { Id = "3.5-3." + n.Groups[1].Value, Section = sec, Subsection = sub3, Sentence = item };
                    var budget = Regex.Match(item, "年初预算为" + Num + "万元");
                    var actual = Regex.Match(item, "支出决算为" + Num + "万元");
                    if (budget.Success) itemStatement.Figures.Add(new Fig { Concept = c, Basis = ReportVocabulary.InitialBudget, FunctionPath = path, Value = budget.Groups[1].Value });
                    if (actual.Success) itemStatement.Figures.Add(new Fig { Concept = c, FunctionPath = path, Value = actual.Groups[1].Value });
                    if (itemStatement.Figures.Count > 0) list.Add(itemStatement);
                }
            }
        }

        // 六: 基本支出 = 人员经费 + 公用经费 (其中). The "主要包括" lists name items without amounts: not modelled.
        {
            const string sec = "六、一般公共预算财政拨款基本支出决算情况说明";
            var text = Section(part3, sec, "七、财政拨款“三公”经费支出决算情况说明");
            var m = Regex.Match(text, "^一般公共预算财政拨款基本支出" + Num + "万元。其中：人员经费" + Num + "万元，.*?；公用经费" + Num + "万元，");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.6-1", Section = sec, Sentence = text };
                const string scope = "一般公共预算财政拨款";
                s.Figures.Add(new Fig { Concept = "基本支出", Scope = scope, Value = m.Groups[1].Value });
                s.Explanations.Add(new Expl
                {
                    Explains = new Fig { Concept = "基本支出", Scope = scope },
                    Marker = "其中",
                    Parts =
                    {
                        new Fig { Concept = "人员经费", Scope = scope, Value = m.Groups[2].Value, Text = "人员经费" + m.Groups[2].Value + "万元" },
                        new Fig { Concept = "公用经费", Scope = scope, Value = m.Groups[3].Value, Text = "公用经费" + m.Groups[3].Value + "万元" },
                    },
                });
                list.Add(s);
            }
        }

        // 七（一）: 三公 年初预算, 决算, 完成预算 % and the 其中 items' 决算 and 完成预算 %. "持平" sentences: no figures.
        {
            const string sec = "七、财政拨款“三公”经费支出决算情况说明";
            const string sub = "（一）“三公”经费财政拨款支出决算总体情况说明。";
            var text = Section(part3, sub, "（二）“三公”经费财政拨款支出决算具体情况说明。");
            var m = Regex.Match(text, "^“三公”经费财政拨款支出年初预算为" + Num + "万元，支出决算为" + Num + "万元，完成预算的" + Num + "%，其中：因公出国（境）费决算为" + Num + "万元，完成预算的" + Num + "%；公务用车购置及运行维护费支出决算为" + Num + "万元，完成预算的" + Num + "%；公务接待费支出决算为" + Num + "万元，完成预算的" + Num + "%。");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.7-1", Section = sec, Subsection = sub, Sentence = m.Value };
                const string scope = "财政拨款";
                s.Figures.Add(new Fig { Concept = "三公经费", Basis = ReportVocabulary.InitialBudget, Scope = scope, Value = m.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = "三公经费", Scope = scope, Value = m.Groups[2].Value });
                s.Figures.Add(new Fig { Concept = "三公经费", Basis = ReportVocabulary.BudgetCompletion, Scope = scope, Value = m.Groups[3].Value, Unit = "%" });
                var e = new Expl { Explains = new Fig { Concept = "三公经费", Scope = scope }, Marker = "其中" };
                var names = new[] { ("因公出国（境）费", "因公出国（境）费决算为"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费支出决算为"), ("公务接待费", "公务接待费支出决算为") };
                for (var k = 0; k < 3; k++)
                {
                    var amount = m.Groups[4 + (2 * k)].Value;
                    e.Parts.Add(new Fig { Concept = names[k].Item1, Scope = scope, Value = amount, Text = names[k].Item2 + amount + "万元" });
                    s.Figures.Add(new Fig { Concept = names[k].Item1, Basis = ReportVocabulary.BudgetCompletion, Scope = scope, Value = m.Groups[5 + (2 * k)].Value, Unit = "%" });
                }
                s.Explanations.Add(e);
                list.Add(s);
            }
        }

        // 十一、其他重要事项: （一）机关运行经费, （二）政府采购 total with its 其中 parts. The 中小企业 sentences, 十 绩效 and
        // （三）车辆 counts are not modelled.
        {
            const string sec = "十一、其他重要事项的情况说明";
            var text = Section(part3, "（一）机关运行经费支出情况", "（二）政府采购支出情况");
            var m = Regex.Match(text, "^机关运行经费支出" + Num + "万元，比2023年度(增加|减少)" + Num + "万元，(增长|下降)" + Num + "%");
            if (m.Success)
            {
                var s = new Stmt { Id = "3.11-1", Section = sec, Subsection = "（一）机关运行经费支出情况", Sentence = text };
                s.Figures.Add(new Fig { Concept = "机关运行经费", Value = m.Groups[1].Value });
                s.Figures.Add(new Fig { Concept = "机关运行经费", Basis = ReportVocabulary.ChangeFromPrevious, Value = Signed(m.Groups[2].Value, m.Groups[3].Value) });
                s.Figures.Add(new Fig { Concept = "机关运行经费", Basis = ReportVocabulary.ChangeFromPreviousRate, Value = Signed(m.Groups[4].Value, m.Groups[5].Value), Unit = "%" });
                list.Add(s);
            }
            var text2 = Section(part3, "（二）政府采购支出情况", "（三）国有资产占有使用情况说明");
            var p = Regex.Match(text2, "政府采购金额（以合同签订为准）为" + Num + "万元，其中：货物采购金额" + Num + "万元、工程采购金额" + Num + "万元、服务采购金额" + Num + "万元。");
            if (p.Success)
            {
                var s = new Stmt { Id = "3.11-2", Section = sec, Subsection = "（二）政府采购支出情况", Sentence = text2.Substring(0, p.Index + p.Length) };
                s.Figures.Add(new Fig { Concept = "政府采购支出", Value = p.Groups[1].Value });
                s.Explanations.Add(new Expl
                {
                    Explains = new Fig { Concept = "政府采购支出" },
                    Marker = "其中",
                    Parts =
                    {
                        new Fig { Concept = "政府采购货物支出", Value = p.Groups[2].Value, Text = "货物采购金额" + p.Groups[2].Value + "万元" },
                        new Fig { Concept = "政府采购工程支出", Value = p.Groups[3].Value, Text = "工程采购金额" + p.Groups[3].Value + "万元" },
                        new Fig { Concept = "政府采购服务支出", Value = p.Groups[4].Value, Text = "服务采购金额" + p.Groups[4].Value + "万元" },
                    },
                });
                list.Add(s);
            }
        }
        return list;
    }
}
