using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Validation;

namespace FinalAccounts.Import;

/// <summary>The ids of <see cref="ImportNote"/>s: what an import can be unsure of.</summary>
public static class ImportNotes
{
    /// <summary>FA4001: a standard table was not found (its title and unit line are missing).</summary>
    public const string TableNotFound = "FA4001";

    /// <summary>FA4002: a value could not be placed in a row or column with confidence and was left out.</summary>
    public const string ValueNotPlaced = "FA4002";

    /// <summary>FA4003: a row's printed 类/款/项 names or code name no 支出功能分类 code; the cell keeps the name as item.</summary>
    public const string UnknownFunction = "FA4003";

    /// <summary>FA4004: a row or column label is not one the standard table has; its values were left out.</summary>
    public const string UnknownLabel = "FA4004";

    /// <summary>FA4005: a 说明 section was not found or its wording did not match a known pattern; its figures were not read.</summary>
    public const string NarrativeNotRead = "FA4005";

    /// <summary>FA4006: something of the report header (unit kind, year, unit) was inferred, not printed.</summary>
    public const string HeaderInferred = "FA4006";

    /// <summary>
    /// FA4008: a printed number is beyond the format's limits (10^15 or more, 10^6 % or more) and was left out: a 说明
    /// figure alone, an explanation or a table whole (a table or list without one of its figures would add up wrong).
    /// </summary>
    public const string ValueBeyondLimits = "FA4008";

    /// <summary>
    /// FA4010: a row's printed 类/款/项 names include an old name (alias table) of its code; the row was placed by it.
    /// Numbered apart from FA4007–FA4009, which sibling branches may take.
    /// </summary>
    public const string OldFunctionName = "FA4010";

    /// <summary>
    /// The note's title in Chinese, which comes first wherever a note is shown (the note's <see cref="ImportNote.Message"/>
    /// gives the English detail); the id itself for an unknown id.
    /// </summary>
    public static string Title(string id) => TryGetDescriptor(id, out var descriptor) ? descriptor.Title : id;

    /// <summary>
    /// Every FA4xxx note as a descriptor, in ID order: Chinese title first, English title, what it means, kind
    /// <see cref="RuleKind.Import"/> and severity <see cref="Severity.Info"/> (a note is about the import, never a finding
    /// about the report).
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        Note(TableNotFound, "未找到标准表（表题和单位行缺失）", "a standard table was not found",
            "a standard table's title and unit line are missing, so none of its figures were read"),
        Note(ValueNotPlaced, "数值无法确定所在行或列，已略去", "a value could not be placed and was left out",
            "a value could not be placed in a row or column with confidence and was left out rather than guessed"),
        Note(UnknownFunction, "行名称或编码不对应任何支出功能分类科目，保留为名称", "a row names no 支出功能分类 code",
            "a row's printed 类/款/项 names or code name no 支出功能分类 code; the cell keeps the name as item"),
        Note(UnknownLabel, "行或列名称不是标准表所有，其数值已略去", "a row or column label is not the standard table's",
            "a row or column label is not one the standard table has; its values were left out"),
        Note(NarrativeNotRead, "说明部分未找到或措辞不符合已知格式，其中数字未读取", "a 说明 section was not read",
            "a 说明 section was not found or its wording did not match a known pattern; its figures were not read"),
        Note(HeaderInferred, "报告表头信息（单位性质、年度、单位）系推断，并非印明", "the report header was inferred",
            "something of the report header (unit kind, year, unit) was inferred, not printed"),
        Note(SheetNotRead, "工作簿中的隐藏工作表未读取", "a hidden workbook sheet was not read",
            "a workbook sheet is hidden (Excel does not show it), so its figures are not the report's and were not read"),
        Note(ValueBeyondLimits, "数值超出报告格式的范围，已略去", "a value beyond the format's limits was left out",
            "a printed number is 10^15 or more (10^6 % or more for a percentage), beyond what the report format holds: a 说明 figure is left out alone, an explanation or a table with such a number is left out whole (a list or table missing one figure would add up wrong)"),
        Note(OldFunctionName, "行名称使用了科目的旧名称，已按旧名称归位", "a row uses an old name of its code",
            "a row's printed 类/款/项 names include an old name (alias table) of its code; the row was placed by it"),
        Note(ShortCode, "印出的科目编码少一位，已按科目名称识别或略去该行", "a printed code is short of a digit",
            "a printed code is short of a digit (301 | 2 for 30102): read as the code whose name is the printed name, else the row is left out"),
        Note(EvaluationNotRead, "项目支出绩效自评表未能逐格可靠读取，整表略去", "a 项目支出绩效自评表 was left out",
            "a 自评表 could not be read cell by cell with confidence (no ruled grid, a value cell over several rows, a cell in no known row or column, a number that is none, a row without its 二级指标); the whole table is left out, never read in part"),
        Note(EvaluationValueAsWords, "自评表中的指标值无法按数字读取，按文字保留、不计算得分", "an indicator value was kept as words",
            "a 年度指标值 or 实际完成值 reads as a number with a unit that is not known or not the row's 计量单位; it is kept as the words printed and its row is not scored from it"),
        Note(EvaluationCutAtEnd, "自评表未见「总分」行即中断，按后续页未取得处理", "a 自评表 stops before its 总分 row",
            "a 自评表 stops where its pages stop without its 总分 row: it is read as cut at its end (a page not obtained), so weights and totals are not judged from rows that are not there"),
        Note(EvaluationStartNotRead, "自评表首页未取得，其后各行无法逐格可靠读取，整段略去", "rows of a 自评表 whose first page is missing were left out",
            "rows of a 自评表 stand under no title, 项目名称 or 项目资金 block (an excerpt that starts inside the table) and cannot be placed surely: no indicator header names their columns, a row's 一级 or 二级 label stands on the missing page, or a cell fits no row or column; they are left out, never read in part"),
        Note(EvaluationCutAtStart, "自评表首页未取得，按表格开头未取得处理", "a 自评表 starts without its title and 项目资金",
            "rows of a 自评表 stand under no title, 项目名称 or 项目资金 block, led by the indicator header that names their columns: they are read as a table cut at its start (its first page not obtained), so weights and totals are not judged from rows that are not there; its 项目名称 is given as not obtained"),
        Note(TargetsNotRead, "项目支出绩效目标表无法可靠识别，整表未导入", "a 绩效目标表 was left out",
            "a 项目支出绩效目标表 could not be read with confidence (a cell that fits no row or two, a 指标值 outside the format's grammar, a direction against the value's own ≥/≤, merged cells that divide the rows two ways); the whole table is left out rather than guessed"),
        Note(BudgetTableNotRead, "预算说明中的表格口径或位置无法确定，整表未导入", "a 预算 说明 table was left out",
            "a table in a 预算's 其他相关情况说明 could not be read with confidence (a 决算 word such as 决算数 or 年初预算 in its header, a year that is neither the budget year nor the one before, one basis in two columns, groups or names that cannot be told apart); the whole table is left out rather than guessed"),
        Note(BudgetColumnNotRead, "预算说明表格中某列没有确定的口径，该列未导入", "a 预算 说明 table column was left out",
            "a column (or value line) of a table in a 预算's 其他相关情况说明 has no sure basis in the report format: a stock of 车辆 or 设备 on a date before the budget year (年末 is a 决算's year end), or an 增减额/增减率 printed beside neither or both of 上年预算 and 上年执行数; its values are left out and the rest of the table is read"),
    };

    /// <summary>
    /// FA4020: a printed code is short of a digit (301 | 2 for 30102): read by the code whose name is the printed name,
    /// else the row is left out. Numbered apart from FA4011–FA4019, which sibling branches may take.
    /// </summary>
    public const string ShortCode = "FA4020";

    /// <summary>FA4030: a 项目支出绩效自评表 could not be read cell by cell with confidence and was left out whole.</summary>
    public const string EvaluationNotRead = "FA4030";

    /// <summary>FA4031: a 自评表 indicator value that reads as a number in an unknown unit was kept as words (not scored).</summary>
    public const string EvaluationValueAsWords = "FA4031";

    /// <summary>FA4032: a 自评表 stops without its 总分 row where its pages stop: read as cut at its end.</summary>
    public const string EvaluationCutAtEnd = "FA4032";

    /// <summary>
    /// FA4033: rows of a 自评表 whose first page is missing (no title, 项目名称 or 项目资金 above them) could not be placed
    /// surely (no indicator header, a label on the missing page, a cell in no known place) and are left out.
    /// </summary>
    public const string EvaluationStartNotRead = "FA4033";

    /// <summary>FA4034: rows of a 自评表 whose first page is missing, led by the indicator header, were read as a table cut at its start.</summary>
    public const string EvaluationCutAtStart = "FA4034";

    /// <summary>
    /// FA4040: a 项目支出绩效目标表 could not be read with confidence and is left out whole (a cell that fits no row or two,
    /// a 指标值 outside the format's grammar, a direction against the value's own ≥/≤, merged cells read two ways).
    /// </summary>
    public const string TargetsNotRead = "FA4040";

    /// <summary>
    /// FA4041: a table in a 预算's 其他相关情况说明 could not be read with confidence (a 决算 word in its header, a year that
    /// is neither the budget year nor the one before, one basis twice, groups or names that cannot be told apart) and is
    /// left out whole.
    /// </summary>
    public const string BudgetTableNotRead = "FA4041";

    /// <summary>
    /// FA4042: a column of a 预算 说明 table has no sure basis (a stock on a date before the budget year; an 增减 beside
    /// neither or both of 上年预算 and 上年执行数): its values are left out, the rest of the table read.
    /// </summary>
    public const string BudgetColumnNotRead = "FA4042";

    /// <summary>The descriptor of the note <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an FA4xxx note of <see cref="All"/>.</exception>
    public static RuleDescriptor Descriptor(string id)
        => TryGetDescriptor(id, out var descriptor) ? descriptor : throw new ArgumentException("'" + id + "' is not an import note id (FA4xxx of ImportNotes.All)", nameof(id));

    private static bool TryGetDescriptor(string id, out RuleDescriptor descriptor)
    {
        foreach (var d in All)
        {
            if (string.Equals(d.Id, id, StringComparison.Ordinal))
            {
                descriptor = d;
                return true;
            }
        }
        descriptor = null!;
        return false;
    }

    private static RuleDescriptor Note(string id, string title, string titleEn, string meaning)
        => new(id, title, titleEn, meaning, RuleKind.Import, Severity.Info);

    /// <summary>FA4007: a workbook sheet was not read: it is hidden (Excel does not show it), so its figures are not the report's.</summary>
    public const string SheetNotRead = "FA4007";

    /// <summary>The most notes of one id an import lists; the rest are counted in one closing note of that id.</summary>
    public const int MaxListedPerId = 50;

    /// <summary>
    /// The first <see cref="MaxListedPerId"/> notes of each id, in order, and for an id with more, one note saying how
    /// many more there were: a sheet of 10,000 stray values gives 51 notes, not 10,000.
    /// </summary>
    internal static List<ImportNote> Bounded(IReadOnlyList<ImportNote> notes)
    {
        var listed = new List<ImportNote>();
        var counts = new Dictionary<string, int>();
        foreach (var note in notes)
        {
            counts[note.Id] = counts.TryGetValue(note.Id, out var n) ? n + 1 : 1;
            if (counts[note.Id] <= MaxListedPerId) listed.Add(note);
        }
        foreach (var (id, count) in counts.Where(c => c.Value > MaxListedPerId).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var more = (count - MaxListedPerId).ToString("N0", CultureInfo.InvariantCulture);
            listed.Add(new ImportNote(id, "另有 " + more + " 条同类说明未列出 / " + more + " more notes like these are not listed", 0, "…"));
        }
        return listed;
    }
}
