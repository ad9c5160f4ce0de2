using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Money;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// Reads the stated figures of a 部门/单位预算's 说明: the 预算编制说明 (收入预算 and its sources, 支出预算, 财政拨款支出 by
/// fund, each with its change against last year's budget) and the 其他相关情况说明 (“三公”经费 and its parts, 机关运行经费,
/// 政府采购预算 with 货物/工程/服务, the 中小企业 reservations, the 绩效目标 counts). Figures are on basis 预算; "比2024年预算
/// 增加/减少 …万元" is 较上年预算增减 (minus for 减少) and is read only when the year named is the year before the report's;
/// 持平 states no figure. Sentences are split at 。; a figure is read only by its standard words, never guessed.
/// Statement ids are B.1-n (编制说明) and B.2-n (其他相关情况说明).
/// </summary>
internal static class BudgetNarrativeReader
{
    /// <summary>A printed figure: <see cref="PrintedNumber"/>'s grammar.</summary>
    private const string Num = "(" + PrintedNumber.Pattern + ")";

    /// <summary>"，比2024年预算增加3,355.65万元" (groups: year, verb, amount, optional rate verb and rate) or "与2024年预算持平".</summary>
    private const string Change = @"(?:[，,]?(?:比|与|较)(\d{4})年(?:度)?(?:预算数?)?(?:相比)?[，,]?(?:(增加|减少|增长|下降)" + Num + @"万元(?:[，,](增长|下降)" + Num + @"%)?|(?:基本)?持平))?";

    private static readonly (string Words, string Concept, string? Scope, string Unit)[] s_plan =
    {
        (@"(?<!拨款|基金|经营)收入预算(?:数为|为)?", "收入总计", null, "万元"),
        (@"(?<!单位经营|事业单位)财政拨款收入(?:预算)?", "财政拨款收入", null, "万元"),
        (@"(?<!单位)事业收入", "事业收入", null, "万元"),
        (@"事业单位经营收入", "经营收入", null, "万元"),
        (@"其他收入", "其他收入", null, "万元"),
        (@"(?<!拨款|基金|经营|预算)支出预算(?:数为|为)?", "支出总计", null, "万元"),
        (@"财政拨款支出预算(?:数为|为)?", "财政拨款支出", null, "万元"),
        (@"一般公共预算(?:财政)?拨款支出预算(?:数为|为)?", "一般公共预算财政拨款支出", null, "万元"),
        (@"政府性基金(?:预算)?(?:财政)?拨款支出预算(?:数为|为)?", "政府性基金预算财政拨款支出", null, "万元"),
        (@"国有资本经营预算(?:财政)?拨款支出预算(?:数为|为)?", "国有资本经营预算财政拨款支出", null, "万元"),
    };

    private static readonly (string Words, string Concept, string? Scope, string Unit)[] s_other =
    {
        (@"[“""]?三公[”""]?经费预算(?:数为|数|为)?", "三公经费", "财政拨款", "万元"),
        (@"因公出国（境）费(?:预算(?:数为|数|为)?)?", "因公出国（境）费", "财政拨款", "万元"),
        (@"公务用车购置及运行(?:维护)?费(?:预算(?:数为|数|为)?)?", "公务用车购置及运行维护费", "财政拨款", "万元"),
        (@"(?<!及运行费|维护费)公务用车购置费(?:预算(?:数为|数|为)?)?", "公务用车购置费", "财政拨款", "万元"),
        (@"公务用?车(?:用车)?运行(?:维护)?费(?:预算(?:数为|数|为)?)?", "公务用车运行维护费", "财政拨款", "万元"),
        (@"公务接待费(?:预算(?:数为|数|为)?)?", "公务接待费", "财政拨款", "万元"),
        (@"机关运行经费预算(?:数为|为)?", "机关运行经费", "财政拨款", "万元"),
        (@"政府采购预算(?:数为|为)?", "政府采购支出", null, "万元"),
        (@"政府采购货物预算(?:数为|为)?", "政府采购货物支出", null, "万元"),
        (@"政府采购工程预算(?:数为|为)?", "政府采购工程支出", null, "万元"),
        (@"政府采购服务预算(?:数为|为)?", "政府采购服务支出", null, "万元"),
        (@"面向中小企业预留政府采购项目预算金额", "面向中小企业预留项目预算金额", null, "万元"),
        (@"预留给小型和微型企业的政府采购项目预算为?", "面向小微企业预留项目预算金额", null, "万元"),
        (@"编报绩效目标的项目", "编报绩效目标项目", null, "个"),
        (@"涉及项目预算资金", "编报绩效目标项目预算金额", null, "万元"),
    };

    public static List<StatementDraft> Read(LayoutDocument document, int year, List<ImportNote> notes)
    {
        var list = new List<StatementDraft>();
        var lines = document.Lines;
        var plan = Segment(lines, l => l.EndsWith("预算编制说明", System.StringComparison.Ordinal), l => IsTableTitle(l));
        var other = Segment(lines, l => l.EndsWith("其他相关情况说明", System.StringComparison.Ordinal), l => l.EndsWith("项目经费情况说明", System.StringComparison.Ordinal) || l.EndsWith("绩效目标表", System.StringComparison.Ordinal) || IsTableTitle(l));
        if (plan == null) notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "no …预算编制说明 heading was found; the 收入/支出预算 figures of the 说明 are not imported", 0, "预算编制说明"));
        else
        {
            Read(plan, "B.1", "预算编制说明", s_plan, year, list, notes);
            Items(plan, year, list, notes);
        }
        if (other == null) notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "no 其他相关情况说明 heading was found; the “三公”经费 / 机关运行经费 / 政府采购 figures of the 说明 are not imported", 0, "其他相关情况说明"));
        else Read(other, "B.2", "其他相关情况说明", s_other, year, list, notes);
        return list;
    }

    /// <summary>
    /// "1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于…。2023年当年预算执行数为60.13万元，
    /// 2024年预算安排25.77万元，比2023年预算执行数减少57.14%。": each 项 line of 财政拨款支出主要内容 with its 预算, last
    /// year's executed budget (上年执行数) and the change against it (较上年执行数增减率, or 增减 in 万元), when printed (a 2025
    /// 预算 prints the 项 and its 预算 only). The years must be
    /// the report's and the one before; 持平 states no figure; a 项 the classification does not know is not read (FA4003).
    /// The concept is 一般公共预算财政拨款支出 when the report states its 政府性基金 and 国有资本经营 拨款支出预算 as 0 (then
    /// 财政拨款 is 一般公共预算 only, and the line is the 一般公共预算支出功能分类预算表's row), else 财政拨款支出.
    /// </summary>
    private static void Items(NarrativeText text, int year, List<StatementDraft> list, List<ImportNote> notes)
    {
        const string section = "预算编制说明";
        var generalOnly = new[] { "政府性基金预算财政拨款支出", "国有资本经营预算财政拨款支出" }
            .All(c => list.Any(st => st.Section == section && st.Figures.Any(f => f.Concept == c && f.Basis == "预算" && IsZero(f.Value))));
        var concept = generalOnly ? "一般公共预算财政拨款支出" : "财政拨款支出";
        var item = new Regex(@"(\d{1,2})[.．、]?“([\u4e00-\u9fff、]+)（类）([\u4e00-\u9fff、]+)（款）([\u4e00-\u9fff、]+)（项）”(?:科目)?" + Num
            + @"万元[，,]主要用于[^。]*。(?:(\d{4})年(?:当年)?预算执行数为?" + Num + @"万元[，,](\d{4})年预算安排" + Num
            + @"万元[，,](?:比|较|与)(\d{4})年(?:当年)?预算执行数(?:相比[，,]?)?(?:(增加|减少|增长|下降)" + Num + "(%|万元)|(?:基本)?持平|无变化|没有变化|无增减|一致|相同|[^。]{0,16}?不可比)[^。]*。?)?");
        foreach (Match m in item.Matches(text.Text))
        {
            var page = text.PageAt(m.Index);
            var path = m.Groups[2].Value + "/" + m.Groups[3].Value + "/" + m.Groups[4].Value;
            if (!FinalAccounts.Classification.FunctionCode.TryFindByNamePath(path, out _))
            {
                notes.Add(new ImportNote(ImportNotes.UnknownFunction, "item " + m.Groups[1].Value + ": " + path + " names no 支出功能分类 code; its figures are not imported — check them by hand", page, section));
                continue;
            }
            int Year(int g) => int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
            var executed = m.Groups[6].Success;
            if (executed && (Year(6) != year - 1 || Year(8) != year || Year(10) != year - 1))
            {
                notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "item " + m.Groups[1].Value + " compares years other than " + (year - 1) + " and " + year + "; not read", page, section));
                continue;
            }
            var st = new StatementDraft { Id = "B.1." + m.Groups[1].Value, Section = section, Subsection = "财政拨款支出主要内容", Sentence = m.Value, Page = page };
            if (list.Any(x => x.Id == st.Id)) continue;
            st.Figures.Add(new FigureDraft { Concept = concept, Basis = "预算", FunctionPath = path, Value = m.Groups[5].Value });
            if (!executed)
            {
                list.Add(st);
                continue;
            }
            // The line's head and its 预算安排 print the same 预算; a second printing that differs is kept, for FA1030.
            if (m.Groups[9].Value != m.Groups[5].Value) st.Figures.Add(new FigureDraft { Concept = concept, Basis = "预算", FunctionPath = path, Value = m.Groups[9].Value });
            st.Figures.Add(new FigureDraft { Concept = concept, Basis = "上年执行数", FunctionPath = path, Value = m.Groups[7].Value });
            if (m.Groups[11].Success)
            {
                var minus = m.Groups[11].Value is "减少" or "下降" ? "-" : string.Empty;
                var percent = m.Groups[13].Value == "%";
                st.Figures.Add(new FigureDraft { Concept = concept, Basis = percent ? "较上年执行数增减率" : "较上年执行数增减", FunctionPath = path, Value = minus + m.Groups[12].Value, Unit = percent ? "%" : "万元" });
            }
            list.Add(st);
        }
    }

    private static bool IsZero(string value) => PrintedNumber.TryParse(value, out var number) && number.Value == 0m;

    private static bool IsTableTitle(string squashed) => Regex.IsMatch(squashed, "^(\\d{4}年)?(部门|单位|预算单位)?.{0,30}预算(总)?表$");

    /// <summary>The lines from the last heading <paramref name="start"/> matches (the part, not the table of contents, whose lines end in dots) to the line before <paramref name="end"/>.</summary>
    private static NarrativeText? Segment(IReadOnlyList<LayoutLine> lines, System.Func<string, bool> start, System.Func<string, bool> end)
    {
        var from = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var t = Regex.Replace(lines[i].Text, @"\s+", string.Empty);
            if (t.Length <= 30 && start(t)) from = i;
        }
        if (from < 0) return null;
        var body = new List<LayoutLine>();
        for (var i = from + 1; i < lines.Count; i++)
        {
            var t = Regex.Replace(lines[i].Text, @"\s+", string.Empty);
            if (t.Length <= 40 && end(t)) break;
            body.Add(lines[i]);
        }
        return NarrativeText.FromLines(body);
    }

    private static void Read(NarrativeText text, string idPrefix, string section, (string Words, string Concept, string? Scope, string Unit)[] patterns, int year, List<StatementDraft> list, List<ImportNote> notes)
    {
        var offset = 0;
        var n = 0;
        var regions = 60;
        foreach (var sentence in Regex.Split(text.Text, "(?<=。)"))
        {
            var at = offset;
            offset += sentence.Length;
            if (!Regex.IsMatch(sentence, @"\d")) continue;
            // 全区…“三公”经费预算… sums many units: never the unit's own figure (issue 13.10). A sentence led by one coverage
            // (2025年全区各部门…) is read as that coverage's statement; any other with region words is left out.
            var coverage = NarrativeReader.RegionCoverage(sentence);
            if (coverage == null && Regex.IsMatch(sentence, NarrativeReader.RegionWide))
            {
                notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "a sentence about the whole region or many units is not read as the unit's own figures: " + sentence, text.PageAt(at), section));
                continue;
            }
            var st = new StatementDraft { Section = section, Sentence = sentence, Page = text.PageAt(at), Coverage = coverage };
            var taken = new List<(int Start, int End)>();
            foreach (var (words, concept, scope, unit) in patterns)
            {
                var pattern = unit == "个" ? words + Num + "个" : words + Num + "万元" + Change;
                foreach (Match m in Regex.Matches(sentence, pattern))
                {
                    // A longer pattern read these words already (公务用车购置及运行费 before 公务用车购置费).
                    if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
                    taken.Add((m.Index, m.Index + m.Length));
                    st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = "预算", Value = m.Groups[1].Value, Unit = unit });
                    if (unit == "个" || !m.Groups[3].Success) continue;
                    if (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) != year - 1)
                    {
                        notes.Add(new ImportNote(ImportNotes.NarrativeNotRead, "the change of " + concept + " is stated against " + m.Groups[2].Value + ", not the year before " + year + "; not read", st.Page, section));
                        continue;
                    }
                    var minus = m.Groups[3].Value is "减少" or "下降";
                    st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = "较上年预算增减", Value = (minus ? "-" : string.Empty) + m.Groups[4].Value, Unit = "万元" });
                    if (m.Groups[6].Success)
                    {
                        st.Figures.Add(new FigureDraft { Concept = concept, Scope = scope, Basis = "较上年预算增减率", Value = (m.Groups[5].Value == "下降" ? "-" : string.Empty) + m.Groups[6].Value, Unit = "%" });
                    }
                }
            }
            if (st.Figures.Count == 0) continue;
            st.Id = idPrefix + "-" + (coverage == null ? ++n : ++regions);
            list.Add(st);
        }
    }
}
