using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;
using FinalAccounts.Reports;

namespace FinalAccounts.Import.Targets;

/// <summary>
/// Reads the 项目支出绩效目标表 a 预算 prints (one project per table, any number of them, a table running on over pages):
/// each starts at its 项目名称 line, under a title ending in 绩效目标表 when one is printed, and runs to the next
/// 项目名称, a 说明 heading or a standard table's title. Above its indicator header it prints its fields by label at the
/// left — 项目名称, 主管部门 (及代码) with 实施单位 beside it, 项目资金 with 年度资金总额 (其中：财政拨款, 其他资金) and
/// 年度总体目标 (wrapped over lines) — and below the header (一级指标 | 二级指标 | 三级指标 | 指标值, with 分值, 指标性质,
/// 指标方向, 计量单位 where printed) its rows, rebuilt by <see cref="IndicatorGrid"/>. Anything that cannot be read
/// with confidence — a row that fits no 三级指标, a 指标值 outside the format's grammar, a direction that contradicts the
/// value's own ≥/≤ — leaves the whole table out with an FA4040 note: nothing is guessed.
/// </summary>
internal static class TargetTableReader
{
    private static readonly Regex s_title = new(@"^(?:\d{4}年度?)?(?:[\u4e00-\u9fff（）()]{0,20})?绩效目标表(?:[（(]\d{4}年度?[)）])?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_year = new(@"(\d{4})年", RegexOptions.CultureInvariant);

    /// <summary>A line that is a 绩效目标表's title (squashed, quotation marks removed), not a sentence that names one (详见单位的项目绩效目标表).</summary>
    public static bool IsTitle(string squashed) => squashed.Length <= 40 && s_title.IsMatch(squashed) && !squashed.Contains('见');

    public static List<PerformanceTargets> Read(LayoutDocument document, int reportYear, List<ImportNote> notes)
    {
        var lines = document.Lines;
        var list = new List<PerformanceTargets>();
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Squash(lines[i]).StartsWith("项目名称", StringComparison.Ordinal)) starts.Add(i);
        }
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k];
            var to = from + 1;
            var limit = k + 1 < starts.Count ? starts[k + 1] : lines.Count;
            while (to < limit && !Ends(lines[to])) to++;
            // The next table's title stands above its 项目名称: it is not this table's last row.
            while (to > from + 1 && k + 1 < starts.Count && to == limit && IsTitle(Squash(lines[to - 1]))) to--;
            var title = Enumerable.Range(Math.Max(0, from - 3), from - Math.Max(0, from - 3)).Reverse().Select(i => Squash(lines[i])).FirstOrDefault(IsTitle) ?? string.Empty;
            var id = "T" + (list.Count + 1);
            var table = ReadOne(lines, from, to, id, title, reportYear, document.MergedCellsAtTop, out var why);
            if (table == null)
            {
                notes.Add(new ImportNote(ImportNotes.TargetsNotRead, "绩效目标表 at p." + lines[from].Page + " (" + Squash(lines[from]) + ") is left out: " + why, lines[from].Page, "绩效目标表"));
                continue;
            }
            list.Add(table);
        }
        return list;
    }

    /// <summary>A line that ends a 目标表: a 说明 heading, a standard table's or another 目标表's title, a 第…部分 heading.</summary>
    private static bool Ends(LayoutLine line)
    {
        var t = Squash(line);
        return IsTitle(t) || Regex.IsMatch(t, "^第[一二三四五六七八九十]+部分") || (t.Length <= 30 && !line.Words.Any(w => Numbers.IsValue(w.Text)) && t.EndsWith("说明", StringComparison.Ordinal))
            || StandardTables.Budget.Any(s => t.EndsWith(StandardTables.Normalise(s.Title), StringComparison.Ordinal) && t.Length <= 40);
    }

    private static PerformanceTargets? ReadOne(IReadOnlyList<LayoutLine> lines, int from, int to, string id, string title, int reportYear, bool mergedAtTop, out string why)
    {
        why = string.Empty;
        var headerAt = -1;
        for (var i = from; i < to && headerAt < 0; i++)
        {
            if (HeaderOf(lines[i]) != null) headerAt = i;
        }
        if (headerAt < 0)
        {
            why = "no indicator header (一级指标 | 二级指标 | 三级指标 | 指标值)";
            return null;
        }
        // The fields: a label word at the left, its text to the right (实施单位 splits the 主管部门 line).
        var labelRight = lines[from].Words[0].Text.Trim() == "项目名称" ? lines[from].Words[0].Right : lines[from].Words[0].Left + 40;
        string Rest(LayoutLine line, string label, string? until = null)
        {
            var words = line.Words.Where(w => w.Left >= labelRight - 0.5).ToList();
            var text = string.Concat(words.Select(w => w.Text.Trim()));
            var own = Squash(line);
            if (words.Count == 0 || own.StartsWith(label, StringComparison.Ordinal) && !line.Words.Any(w => w.Left < labelRight - 0.5 && w.Text.Trim() == label)) text = own.Substring(label.Length);
            text = text.TrimStart('：', ':');
            if (until != null && text.IndexOf(until, StringComparison.Ordinal) is var u && u >= 0) text = text.Substring(0, u);
            return text.Trim();
        }
        var project = Rest(lines[from], "项目名称");
        string department = string.Empty, implementer = string.Empty, goal = string.Empty;
        string? funds = null;
        // 项目资金（万元） is the common wording; a table that says 元 (单位：元 above it, 项目资金（元）) is in 元.
        var unit = "万元";
        for (var i = Math.Max(0, from - 3); i < headerAt; i++)
        {
            var t = Squash(lines[i]);
            if (Regex.IsMatch(t, "单位[：:]元$|[（(]元[)）]")) unit = "元";
        }
        var goalFrom = -1;
        for (var i = from + 1; i < headerAt; i++)
        {
            var t = Squash(lines[i]);
            if (t.StartsWith("主管部门", StringComparison.Ordinal))
            {
                var label = t.StartsWith("主管部门及代码", StringComparison.Ordinal) ? "主管部门及代码" : "主管部门";
                department = Rest(lines[i], label, "实施单位");
                // A "项目实施单位" label leaves its 项目 at the end of the department; a "实施单位" word of its own does not, and the
                // department's own name may end in 项目.
                if (department.EndsWith("项目", StringComparison.Ordinal) && !lines[i].Words.Any(w => w.Text.Trim().StartsWith("实施单位", StringComparison.Ordinal)))
                    department = department.Substring(0, department.Length - 2);
                var at = t.IndexOf("实施单位", StringComparison.Ordinal);
                if (at >= 0) implementer = t.Substring(at + "实施单位".Length).TrimStart('：', ':');
            }
            else if (t.StartsWith("实施单位", StringComparison.Ordinal) || t.StartsWith("项目实施单位", StringComparison.Ordinal))
            {
                implementer = t.Substring(t.IndexOf("实施单位", StringComparison.Ordinal) + 4).TrimStart('：', ':');
            }
            if (t.Contains("年度资金总额"))
            {
                var values = lines[i].Words.Where(w => Numbers.IsValue(w.Text)).ToList();
                if (values.Count > 1)
                {
                    why = "年度资金总额 prints " + values.Count + " amounts on its line";
                    return null;
                }
                funds = values.Count == 1 ? values[0].Text : null;
            }
            if (Regex.IsMatch(t, "^(年度)?(总体)?目标") && goalFrom < 0) goalFrom = i;
        }
        if (goalFrom >= 0)
        {
            var first = Squash(lines[goalFrom]);
            var label = Regex.Match(first, "^(年度总体目标|总体目标|年度目标|目标)").Value;
            goal = Rest(lines[goalFrom], label) + string.Concat(Enumerable.Range(goalFrom + 1, headerAt - goalFrom - 1)
                .Select(i => string.Concat(lines[i].Words.Where(w => w.Left >= labelRight - 0.5).Select(w => w.Text.Trim()))));
        }
        if (project.Length == 0)
        {
            why = "its 项目名称 is blank";
            return null;
        }
        var header = HeaderOf(lines[headerAt])!;
        // A header repeated at the top of a continuation page is no row; nor is the 绩效指标 label of the first column.
        var body = Enumerable.Range(headerAt + 1, to - headerAt - 1).Select(i => lines[i]).Where(l => HeaderOf(l) == null).ToList();
        var rows = IndicatorGrid.Read(header, body, labelRight, mergedAtTop, out why);
        if (rows == null) return null;
        var year = s_year.Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : reportYear;
        var section = "项目支出绩效目标表 " + id + " " + project;
        var path = "$.targets[" + (int.Parse(id.Substring(1), CultureInfo.InvariantCulture) - 1) + "]";
        StatedFigure? total = funds == null ? null
            : new StatedFigure(new FigureKey("年度资金总额", "预算", item: project), funds, unit, new FigureLocation(id, section, string.Empty, string.Empty, path + ".funds.total", "年度资金总额", "预算", 0, lines[from].Page));
        var indicators = new List<PerformanceTarget>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            string Of(string name) => cells.TryGetValue(name, out var v) ? v : string.Empty;
            var level3 = Of("三级");
            if (Of("指标值").Length == 0)
            {
                why = "三级指标 '" + level3 + "' has no 指标值";
                return null;
            }
            if (!TryIndicator(Of("一级"), Of("二级"), level3, Of("指标值"), Of("单位"), Of("性质"), Of("方向"), Of("分值"), project, id, section,
                path + ".indicators[" + r + "]", rows[r].Page, out var indicator, out why)) return null;
            indicators.Add(indicator!);
        }
        return new PerformanceTargets(id, title, year, project, department, implementer, total, goal, indicators);
    }

    private static bool TryIndicator(string level1, string level2, string level3, string value, string unitColumn, string natureText, string directionText, string weight,
        string project, string id, string section, string path, int page, out PerformanceTarget? indicator, out string why)
    {
        indicator = null;
        why = string.Empty;
        IndicatorValue target;
        try
        {
            target = IndicatorValue.Parse(value, unitColumn.Length == 0 ? null : unitColumn);
        }
        catch (FormatException ex)
        {
            why = "指标值 of '" + level3 + "': " + ex.Message;
            return false;
        }
        var nature = natureText switch
        {
            "正向" => IndicatorNature.Positive,
            "反向" => IndicatorNature.Reverse,
            "定性" => IndicatorNature.Qualitative,
            "" => target.IsNumber ? (target.Comparison == IndicatorDirection.AtMost ? IndicatorNature.Reverse : IndicatorNature.Positive) : IndicatorNature.Qualitative,
            _ => (IndicatorNature)(-1),
        };
        if ((int)nature < 0 || (nature == IndicatorNature.Qualitative && target.IsNumber) || (nature != IndicatorNature.Qualitative && !target.IsNumber))
        {
            why = "指标性质 '" + natureText + "' of '" + level3 + "' does not go with its 指标值 '" + value + "'";
            return false;
        }
        IndicatorDirection direction;
        switch (directionText)
        {
            case "大于等于" or "≥": direction = IndicatorDirection.AtLeast; break;
            case "小于等于" or "≤": direction = IndicatorDirection.AtMost; break;
            case "等于" or "=" or "＝": direction = IndicatorDirection.Exactly; break;
            case "": direction = nature == IndicatorNature.Qualitative ? IndicatorDirection.Qualitative : target.Comparison ?? (nature == IndicatorNature.Reverse ? IndicatorDirection.AtMost : IndicatorDirection.AtLeast); break;
            default:
                why = "指标方向 '" + directionText + "' of '" + level3 + "' is not 大于等于, 小于等于 or 等于";
                return false;
        }
        if (nature == IndicatorNature.Qualitative && direction != IndicatorDirection.Qualitative || target.Comparison is { } printed && printed != direction)
        {
            why = "指标方向 '" + directionText + "' of '" + level3 + "' contradicts its 指标值 '" + value + "'";
            return false;
        }
        StatedFigure? stated = null;
        if (weight.Length > 0)
        {
            if (!Numbers.IsValue(weight) || weight.StartsWith("-", StringComparison.Ordinal))
            {
                why = "分值 '" + weight + "' of '" + level3 + "' is no number";
                return false;
            }
            stated = new StatedFigure(new FigureKey(level3, "分值", scope: level2, item: project), weight, "分",
                new FigureLocation(id, section, string.Empty, string.Empty, path + ".weight", level3, "分值", 0, page));
        }
        var location = new FigureLocation(id, section, level2, string.Empty, path, level3, string.Empty, 0, page);
        indicator = new PerformanceTarget(level1, level2, level3, nature, direction, target, stated, location, directionText.Length == 0 && nature != IndicatorNature.Qualitative);
        return true;
    }

    /// <summary>The indicator header's columns (name and extent), or null when the line is not one.</summary>
    private static List<(string Name, double Left, double Right)>? HeaderOf(LayoutLine line)
    {
        var columns = new List<(string, double, double)>();
        foreach (var w in line.Words)
        {
            var name = IndicatorGrid.ColumnOf(w.Text.Trim());
            // The 绩效指标 label at the left is a column of its own that no row reads (its words go nowhere).
            columns.Add((name ?? string.Empty, w.Left, w.Right));
        }
        var names = columns.Select(c => c.Item1).Where(n => n.Length > 0).ToList();
        return names.Contains("一级") && names.Contains("二级") && names.Contains("三级") && names.Contains("指标值") && names.Distinct().Count() == names.Count ? columns : null;
    }

    private static string Squash(LayoutLine line) => StandardTables.Normalise(Regex.Replace(line.Text, @"\s+", string.Empty));
}
