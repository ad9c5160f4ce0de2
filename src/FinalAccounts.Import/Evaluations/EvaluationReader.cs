using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;
using FinalAccounts.Import.Tables;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Import.Evaluations;

/// <summary>
/// Reads each 项目支出绩效自评表 of a document into a <see cref="PerformanceEvaluation"/>, cell by cell: every value is
/// placed by the rules around it (its row band and its column band under the header), never by nearness to a label. A
/// table with anything unsure — no ruled grid, a value cell spanning two rows, a value in no known column, a number that
/// is not one, a row without its 二级指标 — is left out whole with a note (FA4030): a table with one row missing would
/// give false weight and total errors. A table that ends without its 总分 row where its pages stop is read as cut at its
/// end (FA4032), as the report format allows for a page not obtained. Rows under no title — an excerpt that starts inside
/// a table whose first page is missing — are read as a table cut at its start (FA4034) when they carry the indicator
/// header (三级指标 … 实际完成值 … 得分) that names their columns and every row its 一级 and 二级 label; otherwise, when they
/// are recognisably a 自评表's (that header or a 总分 row), they are left out with a note (FA4033).
/// </summary>
internal static class EvaluationReader
{
    private static readonly Regex s_year = new(@"(20\d\d|19\d\d)\s*年", RegexOptions.CultureInvariant);
    private static readonly Regex s_level1Weight = new(@"^(.*?\S)\s*[(（]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*[)）]$", RegexOptions.CultureInvariant);
    private static readonly Regex s_plain = new(@"^[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly string[] s_empty = { "—", "-", "－", "/", "——", "／", "无" };

    public static List<PerformanceEvaluation> Read(LayoutDocument document, ISet<LayoutLine> stops, List<ImportNote> notes)
    {
        var result = new List<PerformanceEvaluation>();
        var located = EvaluationLocator.Locate(document, stops);
        if (located.Count == 0) return result;
        var grid = new CellGrid(document.Rules);
        // A title without its year (项目支出绩效自评表) evaluates the report's year: the first "NNNN年" the document prints.
        var first = document.Lines.Select(l => s_year.Match(l.Text)).FirstOrDefault(m => m.Success);
        var year = first != null ? int.Parse(first.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        foreach (var (title, lines) in located)
        {
            var id = "E" + (result.Count + 1).ToString(CultureInfo.InvariantCulture);
            var table = new Table(grid, title, lines, result.Count, id, year);
            try
            {
                if (table.Read(notes) is { } read) result.Add(read);
            }
            catch (Unsure ex) when (title != null)
            {
                notes.Add(new ImportNote(ImportNotes.EvaluationNotRead, ex.Message, ex.Page > 0 ? ex.Page : title.Page, "项目支出绩效自评表 p." + title.Page.ToString(CultureInfo.InvariantCulture) + (table.Project.Length > 0 ? " " + table.Project : string.Empty)));
            }
            catch (Unsure ex)
            {
                var page = table.FirstPage.ToString(CultureInfo.InvariantCulture);
                var why = ex.Message.Split(new[] { " / " }, 2, StringSplitOptions.None);
                notes.Add(new ImportNote(ImportNotes.EvaluationStartNotRead, "第 " + page + " 页起的自评表行没有标题和项目名称（首页未取得），无法逐格可靠读取，整段略去：" + why[0] + " / rows of a 自评表 from p." + page
                    + " stand under no title or 项目名称 (its first page not obtained) and are left out: " + why[why.Length - 1], ex.Page > 0 ? ex.Page : table.FirstPage, "项目支出绩效自评表（首页未取得）p." + page));
            }
        }
        return result;
    }

    /// <summary>Something of the table cannot be read surely; the table is left out.</summary>
    private sealed class Unsure : Exception
    {
        public Unsure(string message, int page = 0)
            : base(message) => Page = page;

        public int Page { get; }
    }

    private sealed class Table
    {
        private readonly CellGrid _grid;
        private readonly LayoutLine? _title;
        private readonly List<LayoutLine> _lines;
        private readonly int _index;
        private readonly string _id;
        private readonly int _year;
        private readonly List<GridCell> _cells = new();
        private readonly HashSet<GridCell> _read = new();

        public Table(CellGrid grid, LayoutLine? title, List<LayoutLine> lines, int index, string id, int year)
        {
            _grid = grid;
            _title = title;
            _lines = lines;
            _index = index;
            _id = id;
            _year = year;
        }

        public string Project { get; private set; } = string.Empty;

        /// <summary>The page of the table's first ruled cell (its title's page when it has no cell).</summary>
        public int FirstPage => _cells.Count > 0 ? _cells[0].Page : _title?.Page ?? 0;

        private string Section => "项目支出绩效自评表 " + _id + " " + Project;

        private string Path => "$.evaluations[" + _index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>The table; null for lines under no title that hold no part of a 自评表.</summary>
        public PerformanceEvaluation? Read(List<ImportNote> notes)
        {
            var outside = new List<LayoutWord>();
            foreach (var word in _lines.SelectMany(l => l.Words))
            {
                var cell = _grid.At(word.Page, word.CenterX, word.CenterY);
                if (cell == null)
                {
                    outside.Add(word);
                    continue;
                }
                if (cell.Words.Count == 0) _cells.Add(cell);
                if (!cell.Words.Contains(word)) cell.Words.Add(word);
            }
            if (_cells.Count == 0 && _title == null) return null;
            if (_cells.Count == 0) throw new Unsure("表格没有可识别的表格线，无法按行列定位数值 / the table has no ruled grid, so no value can be placed by its row and column", _title!.Page);
            _cells.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.Top != b.Top ? a.Top.CompareTo(b.Top) : a.Left.CompareTo(b.Left));
            if (_title == null) return ReadCutAtStart(notes);

            var projectLabel = Find(c => c.Label == "项目名称") ?? throw new Unsure("未找到「项目名称」单元格 / no 项目名称 cell");
            Project = RightOf(projectLabel)?.Text ?? string.Empty;
            if (Project.Length == 0) throw new Unsure("「项目名称」右侧没有项目名称 / no project name right of 项目名称", projectLabel.Page);
            var department = Find(c => c.Label == "主管部门") is { } d ? RightOf(d)?.Text ?? string.Empty : string.Empty;
            var implementer = Find(c => c.Label == "实施单位") is { } m ? RightOf(m)?.Text ?? string.Empty : string.Empty;
            var yearMatch = s_year.Match(_title!.Text);
            var year = yearMatch.Success ? int.Parse(yearMatch.Groups[1].Value, CultureInfo.InvariantCulture) : _year;
            if (year < 1990 || year > 2100) throw new Unsure("表题和报告中都没有年度 / neither the title nor the report prints the year evaluated", _title.Page);

            var (fundsUnit, funds) = Funds();
            var (expected, actual) = Goals();
            var (indicators, total, cut) = Indicators(notes);
            EveryCellRead(total.Cell);
            _ = fundsUnit;
            var note = cut == EvaluationCut.End ? "imported; the table ends on p." + _cells[_cells.Count - 1].Page.ToString(CultureInfo.InvariantCulture) + " without its 总分 row (a page not obtained)" : string.Empty;
            return new PerformanceEvaluation(_id, _title.Text.Trim(), year, Project, department, implementer, funds, indicators, total.Weight, total.Score,
                total.Grade, null, expected, actual, note, cut);
        }

        /// <summary>
        /// Lines under no title: the rows of a table whose first page (title, 项目名称, 项目资金) was not obtained. Read as cut
        /// at its start when they print the indicator header, which names every column; a 总分 row without it, or anything
        /// unsure, leaves them out (the caller's FA4033); lines with neither are no part of a 自评表 (null).
        /// </summary>
        private PerformanceEvaluation? ReadCutAtStart(List<ImportNote> notes)
        {
            var level3 = _cells.FirstOrDefault(c => c.Label == "三级指标" && _cells.Any(o => o.SameRowAs(c) && HeaderField(o.Label) == "score")
                && _cells.Any(o => o.SameRowAs(c) && HeaderField(o.Label) == "actual"));
            if (level3 == null)
            {
                var total = _cells.FirstOrDefault(c => c.Label == "总分");
                if (total == null) return null;
                throw new Unsure("未印指标表头（三级指标 … 得分）/ no indicator header (三级指标 … 得分) names the columns", total.Page);
            }
            // A 项目名称 cell before the header: a whole table whose title was not recognised, not one whose first page is missing.
            if (_cells.FirstOrDefault(c => c.Label == "项目名称") is { } named && !After(named, level3))
            {
                throw new Unsure("表头之前有「项目名称」，但未识别出表题 / a 项目名称 cell stands before the header, but no title was recognised", named.Page);
            }
            // The rows start on the header's page; the pages before it (a cover, another table) hold no part of them.
            _cells.RemoveAll(c => c.Page < level3.Page);
            var first = FirstPage.ToString(CultureInfo.InvariantCulture);
            Project = "项目名称未取得（表格自第" + first + "页起）";
            if (_year < 1990 || _year > 2100) throw new Unsure("报告中没有年度 / the report prints no year", level3.Page);
            var (indicators, totalRow, cut) = Indicators(notes);
            // Every ruled cell of the run, from its first, belongs to these rows: a cell above the header (a goal text, a
            // row of the 项目资金 block) or in no known column is a part not understood.
            EveryCellRead(totalRow.Cell);
            cut |= EvaluationCut.Start;
            notes.Add(new ImportNote(ImportNotes.EvaluationCutAtStart, "第 " + first + " 页起的自评表行没有标题、项目名称和项目资金（首页未取得）：按表格开头未取得处理 / rows of a 自评表 from p." + first
                + " stand under no title, 项目名称 or 项目资金 block: read as cut at its start (its first page not obtained)", level3.Page, Section));
            var note = "imported; the table starts on p." + first + " without its title, 项目名称 and 项目资金 (a page not obtained)"
                + ((cut & EvaluationCut.End) != 0 ? "; it ends on p." + _cells[_cells.Count - 1].Page.ToString(CultureInfo.InvariantCulture) + " without its 总分 row" : string.Empty);
            return new PerformanceEvaluation(_id, string.Empty, _year, Project, string.Empty, string.Empty, Array.Empty<EvaluationFundsRow>(), indicators,
                totalRow.Weight, totalRow.Score, totalRow.Grade, null, string.Empty, string.Empty, note, cut);
        }

        /// <summary>Every cell up to the 总分 row is a label or was read; any other leaves the table out.</summary>
        private void EveryCellRead(GridCell? total)
        {
            foreach (var c in _cells.Where(c => !_read.Contains(c) && !IsLabel(c.Label)))
            {
                if (total != null && (c.Page > total.Page || (c.Page == total.Page && c.Top >= total.Bottom - 1))) continue;
                throw new Unsure("单元格「" + c.Text + "」不在任何已知的行或列中 / the cell '" + c.Text + "' stands in no known row or column", c.Page);
            }
        }

        private GridCell? Find(Func<GridCell, bool> predicate)
        {
            var cell = _cells.FirstOrDefault(predicate);
            if (cell != null) _read.Add(cell);
            return cell;
        }

        /// <summary>The cell right of <paramref name="cell"/> in its row (marked read), or null when the grid has none there.</summary>
        private GridCell? RightOf(GridCell cell)
        {
            var right = _grid.At(cell.Page, cell.Right + 2, cell.CenterY);
            if (right != null) _read.Add(right);
            return right;
        }

        /// <summary>The cell at the column's centre in the row's band (marked read); null when none.</summary>
        private GridCell? CellIn(GridCell column, GridCell row)
        {
            var cell = _grid.At(row.Page, column.CenterX, row.CenterY);
            if (cell != null) _read.Add(cell);
            return cell;
        }

        private static bool IsLabel(string label)
            => label.Length == 0 || label.StartsWith("项目资金", StringComparison.Ordinal) || label == "年度总体目标" || label == "绩效指标"
               || label.StartsWith("单位", StringComparison.Ordinal);

        private (string Unit, List<EvaluationFundsRow> Rows) Funds()
        {
            var rows = new List<EvaluationFundsRow>();
            var header = Find(c => c.Label.StartsWith("年初预算", StringComparison.Ordinal));
            if (header == null) throw new Unsure("未找到项目资金的「年初预算数」列 / no 年初预算数 column of the 项目资金 block");
            var unitCell = _cells.FirstOrDefault(c => c.Label.StartsWith("项目资金", StringComparison.Ordinal));
            var unit = unitCell != null && unitCell.Label.Contains("（元）") || unitCell?.Label.Contains("(元)") == true ? "元" : "万元";
            var columns = new List<(string Field, GridCell Cell)> { ("initialBudget", header) };
            foreach (var c in _cells.Where(c => c.SameRowAs(header) && c != header))
            {
                var field = c.Label.StartsWith("全年预算", StringComparison.Ordinal) ? "fullYearBudget"
                    : c.Label.StartsWith("全年执行", StringComparison.Ordinal) ? "executed"
                    : c.Label == "分值" ? "weight"
                    : c.Label.StartsWith("执行率", StringComparison.Ordinal) ? "executionRate"
                    : c.Label == "得分" ? "score" : null;
                if (field == null) continue;
                _read.Add(c);
                columns.Add((field, c));
            }
            foreach (var label in _cells.Where(c => c.Page == header.Page && c.Top >= header.Bottom - 1 && c.Right <= header.Left + 1).ToList())
            {
                var row = new EvaluationFundsRow(label.Text, null, null, null, null, null, null);
                if (row.Kind == FundsRowKind.Other) continue;
                _read.Add(label);
                var r = rows.Count;
                var figures = new Dictionary<string, StatedFigure?>();
                foreach (var (field, column) in columns)
                {
                    var cell = CellIn(column, label);
                    var text = cell?.Text ?? string.Empty;
                    if (cell != null && text.Length > 0 && !cell.SameRowAs(label) && !IsNothing(text))
                    {
                        throw new Unsure("项目资金「" + label.Text + "」行的值「" + text + "」所在单元格跨越多行 / the 项目资金 value '" + text + "' stands in a cell spanning several rows", cell.Page);
                    }
                    var columnName = ColumnName(field);
                    var valueUnit = field == "weight" || field == "score" ? "分" : field == "executionRate" ? "%" : unit;
                    figures[field] = Figure(text, field == "executionRate", new FigureKey(label.Text, columnName, item: Project), valueUnit,
                        Path + ".funds.rows[" + r.ToString(CultureInfo.InvariantCulture) + "]." + field, label.Text, columnName, cell?.Page ?? label.Page);
                }
                rows.Add(new EvaluationFundsRow(label.Text, Get(figures, "initialBudget"), Get(figures, "fullYearBudget"), Get(figures, "executed"),
                    Get(figures, "weight"), Get(figures, "executionRate"), Get(figures, "score")));
            }
            if (rows.Count == 0) throw new Unsure("项目资金块中没有可识别的行（年度资金总额 …）/ no row of the 项目资金 block (年度资金总额 …) was found", header.Page);
            return (unit, rows);
        }

        private static StatedFigure? Get(Dictionary<string, StatedFigure?> figures, string field) => figures.TryGetValue(field, out var f) ? f : null;

        private static string ColumnName(string field) => field switch
        {
            "initialBudget" => "年初预算数",
            "fullYearBudget" => "全年预算数",
            "executed" => "全年执行数",
            "weight" => "分值",
            "executionRate" => "执行率",
            _ => "得分",
        };

        private static bool IsNothing(string text) => Array.IndexOf(s_empty, text.Trim()) >= 0;

        /// <summary>A printed number cell as a stated figure: null for an empty cell or "—"; anything else that is no number leaves the table out.</summary>
        private StatedFigure? Figure(string text, bool percent, FigureKey key, string unit, string path, string row, string column, int page)
        {
            var t = text.Trim();
            if (t.Length == 0 || IsNothing(t)) return null;
            if (percent && (t.EndsWith("%", StringComparison.Ordinal) || t.EndsWith("％", StringComparison.Ordinal))) t = t.Substring(0, t.Length - 1).TrimEnd();
            if (Numbers.IsValue(t) && t.IndexOf(',') >= 0) t = t.Replace(",", string.Empty);
            if (!s_plain.IsMatch(t) || t.Length > 18)
            {
                throw new Unsure(row + " · " + column + "「" + text + "」不是数字 / '" + text + "' in " + row + " · " + column + " is not a number", page);
            }
            return new StatedFigure(key, t, unit, new FigureLocation(_id, Section, string.Empty, string.Empty, path, row, column, 0, page));
        }

        private (string Expected, string Actual) Goals()
        {
            var expected = Find(c => c.Label == "预期目标");
            var actual = Find(c => c.Label.StartsWith("实际完成情况", StringComparison.Ordinal));
            if (expected == null || actual == null) return (string.Empty, string.Empty);
            var e = _grid.At(expected.Page, expected.CenterX, expected.Bottom + 2);
            var a = _grid.At(actual.Page, actual.CenterX, actual.Bottom + 2);
            if (e != null) _read.Add(e);
            if (a != null) _read.Add(a);
            return (e?.Text ?? string.Empty, a?.Text ?? string.Empty);
        }

        private (List<PerformanceIndicator> Rows, (StatedFigure? Weight, StatedFigure? Score, string Grade, GridCell? Cell) Total, EvaluationCut Cut) Indicators(List<ImportNote> notes)
        {
            var level3 = Find(c => c.Label == "三级指标") ?? throw new Unsure("未找到「三级指标」列 / no 三级指标 column");
            var header = new Dictionary<string, GridCell>();
            foreach (var c in _cells.Where(c => c.Page == level3.Page && c.Top <= level3.CenterY && c.Bottom >= level3.CenterY))
            {
                var field = HeaderField(c.Label);
                if (field == null) continue;
                if (header.ContainsKey(field)) throw new Unsure("表头有两列「" + c.Text + "」/ two header cells read " + c.Text, c.Page);
                header[field] = c;
                _read.Add(c);
            }
            foreach (var required in new[] { "level2", "target", "actual", "weight", "score" })
            {
                if (!header.ContainsKey(required)) throw new Unsure("指标表头缺少「" + HeaderName(required) + "」列 / the indicator header has no " + HeaderName(required) + " column", level3.Page);
            }
            var totalCell = _cells.FirstOrDefault(c => c.Label == "总分" && After(c, level3));
            var rows = _cells.Where(c => c.Within(level3.Left, level3.Right) && After(c, level3) && (totalCell == null || Before(c, totalCell))).ToList();
            var indicators = new List<PerformanceIndicator>();
            string? lastLevel1 = null, lastLevel2 = null;
            GridCell? previous = null;
            var pageStart = 0.0;
            foreach (var row in rows)
            {
                if (HeaderField(row.Label) != null)
                {
                    // The header a long table repeats at the top of its next page.
                    _read.Add(row);
                    foreach (var c in _cells.Where(c => c.SameRowAs(row))) _read.Add(c);
                    continue;
                }
                _read.Add(row);
                if (previous == null || previous.Page != row.Page) pageStart = row.Top;
                var values = new Dictionary<string, string>();
                foreach (var (field, column) in header)
                {
                    if (field == "level3") continue;
                    var cell = CellIn(column, row);
                    var text = cell?.Text ?? string.Empty;
                    if (field == "level1" || field == "level2")
                    {
                        if (cell != null && !cell.Covers(row)) throw new Unsure(row.Text + " 行的「" + HeaderName(field) + "」单元格不覆盖该行 / the " + HeaderName(field) + " cell does not cover the row " + row.Text, row.Page);
                        // A label merged over rows split by a page break is printed on one side of the break only.
                        // A blank cell that starts with the page's first row continues the last label of the page before.
                        if (text.Length == 0 && cell != null && Math.Abs(cell.Top - pageStart) < 1) text = field == "level1" ? lastLevel1 ?? string.Empty : lastLevel2 ?? string.Empty;
                    }
                    else if (cell != null && text.Length > 0 && !cell.SameRowAs(row))
                    {
                        throw new Unsure(row.Text + " 行的「" + HeaderName(field) + "」值「" + text + "」所在单元格跨越多行 / the " + HeaderName(field) + " value '" + text + "' of " + row.Text + " spans several rows", row.Page);
                    }
                    values[field] = text;
                }
                previous = row;
                indicators.Add(Indicator(row, values, indicators.Count, header.ContainsKey("level1"), header.ContainsKey("nature"), notes));
                lastLevel1 = values.TryGetValue("level1", out var l1) ? l1 : null;
                lastLevel2 = values["level2"];
            }
            if (indicators.Count == 0) throw new Unsure("未找到任何指标行 / no indicator row was found", level3.Page);
            if (totalCell == null)
            {
                notes.Add(new ImportNote(ImportNotes.EvaluationCutAtEnd, "表格在第 " + rows[rows.Count - 1].Page.ToString(CultureInfo.InvariantCulture) + " 页后中断，未见「总分」行：按后续页未取得处理 / the table stops without its 总分 row: read as cut at its end (a page not obtained)", rows[rows.Count - 1].Page, Section));
                return (indicators, (null, null, string.Empty, null), EvaluationCut.End);
            }
            _read.Add(totalCell);
            var weightCell = CellIn(header["weight"], totalCell);
            var scoreCell = CellIn(header["score"], totalCell);
            var weight = Figure(weightCell?.Text ?? string.Empty, false, new FigureKey("总分", "分值", item: Project), "分", Path + ".total.weight", "总分", "分值", totalCell.Page)
                ?? throw new Unsure("「总分」行没有分值 / the 总分 row prints no 分值", totalCell.Page);
            var score = Figure(scoreCell?.Text ?? string.Empty, false, new FigureKey("总分", "得分", item: Project), "分", Path + ".total.score", "总分", "得分", totalCell.Page)
                ?? throw new Unsure("「总分」行没有得分 / the 总分 row prints no 得分", totalCell.Page);
            var grade = string.Empty;
            foreach (var c in _cells.Where(c => c.SameRowAs(totalCell) && !_read.Contains(c)))
            {
                var g = c.Label.Replace("自评等级", string.Empty).Replace("等级", string.Empty).TrimStart('：', ':');
                if (g is "优" or "良" or "中" or "差")
                {
                    grade = g;
                    _read.Add(c);
                }
            }
            return (indicators, (weight, score, grade, totalCell), EvaluationCut.None);
        }

        private static bool After(GridCell c, GridCell header) => c.Page > header.Page || (c.Page == header.Page && c.Top >= header.Bottom - 1);

        private static bool Before(GridCell c, GridCell total) => c.Page < total.Page || (c.Page == total.Page && c.Bottom <= total.Top + 1);

        private static string? HeaderField(string label) => label switch
        {
            "一级指标" => "level1",
            "二级指标" => "level2",
            "三级指标" => "level3",
            "指标性质" => "nature",
            "指标方向" => "direction",
            "计量单位" => "unit",
            "分值" or "权重" or "权重(分)" or "分值(分)" => "weight",
            "得分" or "自评得分" => "score",
            _ when label.StartsWith("年度指标值", StringComparison.Ordinal) || label == "指标值" => "target",
            _ when label.StartsWith("实际完成值", StringComparison.Ordinal) => "actual",
            _ when label.StartsWith("偏差原因", StringComparison.Ordinal) => "deviation",
            _ => null,
        };

        private static string HeaderName(string field) => field switch
        {
            "level1" => "一级指标",
            "level2" => "二级指标",
            "level3" => "三级指标",
            "nature" => "指标性质",
            "direction" => "指标方向",
            "unit" => "计量单位",
            "weight" => "分值",
            "score" => "得分",
            "target" => "年度指标值",
            "actual" => "实际完成值",
            _ => "偏差原因分析及改进措施",
        };

        private PerformanceIndicator Indicator(GridCell row, Dictionary<string, string> values, int i, bool level1Printed, bool naturePrinted, List<ImportNote> notes)
        {
            string V(string field) => values.TryGetValue(field, out var v) ? v : string.Empty;
            var path = Path + ".indicators[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var level3 = row.Text;
            var level2 = V("level2");
            if (level2.Length == 0) throw new Unsure(level3 + " 行没有二级指标 / the row " + level3 + " has no 二级指标", row.Page);
            var printed1 = V("level1");
            string level1;
            StatedFigure? level1Weight = null;
            var inferred = false;
            if (printed1.Length > 0)
            {
                var m = s_level1Weight.Match(printed1);
                level1 = m.Success ? m.Groups[1].Value.Trim() : printed1;
                if (m.Success)
                {
                    level1Weight = new StatedFigure(new FigureKey(level1, "分值", item: Project), m.Groups[2].Value, "分",
                        new FigureLocation(_id, Section, string.Empty, string.Empty, path + ".level1", level1, "分值", 0, row.Page));
                }
            }
            else if (!level1Printed && Level1Of(level2) is { } l1)
            {
                level1 = l1;
                inferred = true;
            }
            else throw new Unsure(level3 + " 行没有一级指标 / the row " + level3 + " has no 一级指标", row.Page);

            var unit = V("unit");
            var natureText = V("nature");
            var directionText = V("direction");
            var direction0 = directionText switch
            {
                "大于等于" or "≥" => IndicatorDirection.AtLeast,
                "小于等于" or "≤" => IndicatorDirection.AtMost,
                "等于" or "=" => IndicatorDirection.Exactly,
                "" => (IndicatorDirection?)null,
                _ => throw new Unsure(level3 + " 行的指标方向「" + directionText + "」无法识别 / 指标方向 '" + directionText + "' of " + level3 + " is not 大于等于, 小于等于 or 等于", row.Page),
            };
            IndicatorNature nature;
            if (naturePrinted)
            {
                nature = natureText switch
                {
                    "正向" => IndicatorNature.Positive,
                    "反向" => IndicatorNature.Reverse,
                    "定性" => IndicatorNature.Qualitative,
                    _ => throw new Unsure(level3 + " 行的指标性质「" + natureText + "」不是正向、反向或定性 / 指标性质 '" + natureText + "' of " + level3 + " is not 正向, 反向 or 定性", row.Page),
                };
            }
            else
            {
                // Not printed: a target in words is 定性; a number is 反向 when its comparator or the direction says ≤.
                var probe = Value(V("target"), null, level3, "年度指标值", row.Page, null);
                nature = !probe.IsNumber && direction0 == null ? IndicatorNature.Qualitative
                    : (probe.Comparison ?? direction0) == IndicatorDirection.AtMost ? IndicatorNature.Reverse : IndicatorNature.Positive;
            }
            var qualitative = nature == IndicatorNature.Qualitative;
            var target = Value(V("target"), qualitative ? null : unit, level3, "年度指标值", row.Page, notes);
            var actual = Value(V("actual"), qualitative ? null : unit, level3, "实际完成值", row.Page, notes);
            if (!qualitative && target.Kind == IndicatorValueKind.Empty) throw new Unsure(level3 + " 行没有年度指标值 / the row " + level3 + " prints no 年度指标值", row.Page);
            if (qualitative && direction0 != null) throw new Unsure(level3 + " 行为定性指标却印有指标方向 / the 定性 row " + level3 + " prints a 指标方向", row.Page);
            var direction = qualitative ? IndicatorDirection.Qualitative
                : direction0 ?? target.Comparison ?? (nature == IndicatorNature.Reverse ? IndicatorDirection.AtMost : IndicatorDirection.AtLeast);
            if (target.Comparison is IndicatorDirection said && said != direction) throw new Unsure(level3 + " 行的年度指标值「" + target + "」与指标方向不符 / the target of " + level3 + " contradicts its 指标方向", row.Page);
            if (!qualitative && ((nature == IndicatorNature.Reverse) != (direction == IndicatorDirection.AtMost)) && direction != IndicatorDirection.Exactly)
            {
                throw new Unsure(level3 + " 行的指标性质与指标方向不符 / 指标性质 and 指标方向 of " + level3 + " disagree", row.Page);
            }
            var location = new FigureLocation(_id, Section, level2, string.Empty, path, level3, string.Empty, 0, row.Page);
            var weight = Figure(V("weight"), false, new FigureKey(level3, "分值", scope: level2, item: Project), "分", path + ".weight", level3, "分值", row.Page)
                ?? throw new Unsure(level3 + " 行没有分值 / the row " + level3 + " prints no 分值", row.Page);
            // A blank 得分 is not printed (null), never 0.
            var score = Figure(V("score"), false, new FigureKey(level3, "得分", scope: level2, item: Project), "分", path + ".score", level3, "得分", row.Page);
            return new PerformanceIndicator(level1, inferred, level2, level3, nature, direction, target, actual, weight, score, V("deviation"), location,
                level1Weight, directionText.Length == 0 && !qualitative);
        }

        /// <summary>
        /// A 年度指标值 / 实际完成值 as typed; a cell that reads as a number with a unit not known (or not the 计量单位) is kept as the
        /// words printed with a note (FA4031), so it is never scored as a number it may not be.
        /// </summary>
        private IndicatorValue Value(string text, string? unit, string row, string column, int page, List<ImportNote>? notes)
        {
            try
            {
                var value = IndicatorValue.Parse(text, unit);
                if (value.IsNumber && (value.Decimals > Amount.MaxStatedDecimals || Math.Abs(value.Number) >= 1_000_000_000_000_000m)) throw new FormatException("'" + text + "' is beyond what a printed figure holds");
                return value;
            }
            catch (FormatException ex)
            {
                notes?.Add(new ImportNote(ImportNotes.EvaluationValueAsWords, "「" + text + "」按文字保留，不计算得分 / kept as words, not scored: " + ex.Message, page, Section + " · " + row + " · " + column));
                return IndicatorValue.OfText(text);
            }
        }

        /// <summary>The 一级指标 a 二级指标 belongs to in every template, or null.</summary>
        private static string? Level1Of(string level2)
        {
            if (level2.Contains("满意度")) return "满意度指标";
            if (level2.Contains("效益") || level2.Contains("可持续影响")) return "效益指标";
            if (level2.StartsWith("数量", StringComparison.Ordinal) || level2.StartsWith("质量", StringComparison.Ordinal)
                || level2.StartsWith("时效", StringComparison.Ordinal) || level2.StartsWith("成本", StringComparison.Ordinal)) return "产出指标";
            return null;
        }
    }
}
