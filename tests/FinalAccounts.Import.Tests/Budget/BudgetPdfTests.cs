using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Import.Tests.Budget.BudgetPdf;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// The six real 预算 PDFs (issue 18.2). Every expected count and value was read by hand from the text layer
/// (<c>pdftotext -layout</c>) of the PDF, never from this code's output: a table's cells are its printed amounts (a
/// 经济分类 row states one amount, its 合计; blank cells are no cell), its 合计/总计 row included.
/// </summary>
public sealed class BudgetPdfTests
{
    public static TheoryData<string, string, string, int, string> Headers() => new()
    {
        { City, "上海市财政局", "单位", 2025, "上海市2025年市级单位预算" },
        { Finance, "上海市普陀区财政局", "部门", 2025, "上海市普陀区2025年区级部门预算" },
        { OfficeDepartment, "上海市普陀区人民政府办公室", "部门", 2025, "上海市普陀区2025年区级部门预算" },
        { OfficeUnit, "上海市普陀区人民政府办公室", "单位", 2025, "上海市普陀区2025年区级单位预算" },
        { Wanli2024, "上海市普陀区人民政府万里街道办事处", "部门", 2024, "上海市普陀区2024年区级部门预算" },
        { Wanli2025, "上海市普陀区人民政府万里街道办事处", "部门", 2025, "上海市普陀区2025年区级部门预算" },
    };

    [SkippableTheory]
    [MemberData(nameof(Headers))]
    public void The_cover_gives_kind_unit_level_and_year(string file, string unit, string level, int year, string title)
    {
        var info = BudgetPdf.Import(file).Report.Info;
        Assert.Equal(ReportKind.Budget, info.Kind);
        Assert.Equal(unit, info.UnitName);
        Assert.Equal(level, info.Level);
        Assert.Equal(year, info.Year);
        Assert.Equal(title, info.Title);
        Assert.Equal(CurrencyUnitOf(file), info.CurrencyUnit.ToString());
    }

    private static string CurrencyUnitOf(string file) => "Yuan"; // every table of the six is headed 单位：元 (表9 单位:万元 is its own)

    /// <summary>
    /// Cells per table 表1…表9, counted by hand. 表2/表3/表5: coded rows × value columns plus the 合计 row (e.g. 万里 2025
    /// 表2: 66 rows × 5 + 5 = 335); 表8: one 合计 per coded row plus 合计 | 人员经费 | 公用经费 (万里: 31 + 3); 表1/表4: the
    /// printed amounts of both blocks; 表6/表7 are printed empty (本表为空表). 区财政局 表9 prints 0.95, 0.95 and 229.43
    /// (合计, 公务接待费, 机关运行经费), all three read.
    /// </summary>
    public static TheoryData<string, int[]> CellCounts() => new()
    {
        { City, new[] { 20, 48, 53, 12, 53, 0, 0, 37, 6 } },
        { Finance, new[] { 8, 40, 44, 12, 44, 0, 0, 32, 3 } },
        { OfficeDepartment, new[] { 8, 42, 47, 12, 47, 0, 0, 32, 4 } },
        { OfficeUnit, new[] { 18, 42, 47, 12, 47, 0, 0, 32, 4 } },
        { Wanli2024, new[] { 13, 335, 201, 22, 201, 0, 0, 34, 7 } },
        { Wanli2025, new[] { 13, 335, 201, 22, 201, 0, 0, 34, 7 } },
    };

    [SkippableTheory]
    [MemberData(nameof(CellCounts))]
    public void Every_table_is_found_with_its_cells(string file, int[] counts)
    {
        var report = BudgetPdf.Import(file).Report;
        Assert.Equal(new[] { "表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9" }, report.Tables.Select(t => t.Id));
        Assert.Equal(counts, report.Tables.Select(t => t.Cells.Count));
        // The 预算's own figures are on basis 预算, located by page.
        Assert.All(report.Tables.SelectMany(t => t.Cells), c =>
        {
            Assert.Equal("预算", c.Key.Basis);
            Assert.InRange(c.Location.Page, 2, BudgetPdf.Import(file).Pages);
        });
    }

    [SkippableFact]
    public void Wanli_2025_values_are_where_the_pdf_prints_them()
    {
        var report = BudgetPdf.Import(Wanli2025).Report;
        string Cell(string table, string concept, string? code = null, string? column = null, string? scope = null) => report.Tables.Single(t => t.Id == table).Cells
            .Single(c => c.Key.Concept == concept && (code == null || c.Code == code) && (column == null || c.Location.Column.EndsWith(column, System.StringComparison.Ordinal))
                && (scope == null || c.Key.Scope == scope) && (code != null || (c.Key.FunctionPath.Length == 0 && c.Code.Length == 0))).Value;
        Assert.Equal("189,767,551", Cell("表1", "收入总计"));
        Assert.Equal("189,767,551", Cell("表1", "一般公共预算财政拨款收入"));        // 1. 一般公共预算资金
        Assert.Equal("53,121,126", Cell("表2", "本年收入合计", "2120199"));         // 212 01 99 其他城乡社区管理事务支出, 合计
        Assert.Equal("4,160", Cell("表3", "本年支出合计", "2080599"));             // a short amount right-aligned under 合计
        Assert.Equal("17,737,739", Cell("表3", "基本支出", "2120101"));
        Assert.Equal("150,000", Cell("表3", "项目支出", "2120101"));
        Assert.Equal("88,425,805", Cell("表5", "项目支出", column: "项目支出", scope: "一般公共预算财政拨款"));
        Assert.Equal("1,143,816", report.Tables.Single(t => t.Id == "表8").Cells.Single(c => c.Code == "30209").Value); // 物业管理费
        Assert.Equal("90,514,044", Cell("表8", "人员经费", scope: "一般公共预算财政拨款"));
        Assert.Equal("15", Cell("表9", "公务用车购置费"));
        Assert.Equal("464.64", Cell("表9", "机关运行经费"));
        Assert.Equal(new[] { "收入总计 189,767,551", "支出总计 189,767,551" },
            report.Tables.Single(t => t.Id == "表4").Cells.Where(c => c.Key.Concept == "财政拨款收入支出总计" && c.Key.Scope.Length == 0).Select(c => c.Location.Row + " " + c.Value));
    }

    /// <summary>
    /// Hand-checked values of every one of the six (issue 18's test requirement; 万里 2025 and 上海市财政局 表1 have their own
    /// tests above), read from the text layer: 表1 收入总计, 表8 合计 split into 人员经费 | 公用经费 (scope 一般公共预算财政拨款),
    /// and 表9's 三公 合计 and 机关运行经费. 区府办 部门 and 单位 表9 "867.50 839.00 28.50 … 213.28"; 区府办 部门 and 单位 "合计 24,606,775.35 22,473,997.81 2,132,777.54";
    /// 区财政局 "合计 25,121,091.00 22,826,756.00 2,294,335.00"; 万里 2024 "合计 99,706,020 88,537,451 11,168,569" and 表9
    /// "47.91 … 443.18"; 上海市财政局 "合计 127,642,039 102,464,260 25,177,779" and 表9 "346.30 … 2,517.78".
    /// </summary>
    public static TheoryData<string, string, string, string, string, string> HandValues() => new()
    {
        { OfficeDepartment, "91,016,775.35", "22,473,997.81", "2,132,777.54", "867.50", "213.28" },
        { OfficeUnit, "91,016,775.35", "22,473,997.81", "2,132,777.54", "867.50", "213.28" },
        { Finance, "31,214,205.80", "22,826,756.00", "2,294,335.00", "0.95", "229.43" },
        { Wanli2024, "156,211,123", "88,537,451", "11,168,569", "47.91", "443.18" },
        { City, "171,915,169", "102,464,260", "25,177,779", "346.30", "2,517.78" },
    };

    [SkippableTheory]
    [MemberData(nameof(HandValues))]
    public void Each_budget_prints_its_totals_where_the_text_layer_does(string file, string income, string personnel, string office, string threePublic, string running)
    {
        var report = BudgetPdf.Import(file).Report;
        string? Cell(string table, string concept, string? scope = null) => report.Tables.Single(t => t.Id == table).Cells
            .Where(c => c.Key.Concept == concept && c.Key.FunctionPath.Length == 0 && c.Code.Length == 0 && (scope == null || c.Key.Scope == scope)).Select(c => c.Value).SingleOrDefault();
        Assert.Equal(income, Cell("表1", "收入总计"));
        Assert.Equal(personnel, Cell("表8", "人员经费", "一般公共预算财政拨款"));
        Assert.Equal(office, Cell("表8", "公用经费", "一般公共预算财政拨款"));
        Assert.Equal(threePublic, Cell("表9", "三公经费"));
        Assert.Equal(running, Cell("表9", "机关运行经费"));
    }

    [SkippableFact]
    public void A_split_expenditure_block_gives_each_column_its_concept()
    {
        // 上海市财政局 表1: 支出 block 合计 | 基本支出 (人员经费, 公用经费) | 项目支出. 一、一般公共服务支出 127,886,849 =
        // 60,330,260 + 24,531,459 + 43,025,130; 三、卫生健康支出 prints no 公用经费; 支出总计's 项目支出 44,273,130.
        var cells = BudgetPdf.Import(City).Report.Tables.Single(t => t.Id == "表1").Cells;
        string Value(string concept, string path) => cells.Single(c => c.Key.Concept == concept && c.Key.FunctionPath == path).Value;
        Assert.Equal("127,886,849", Value("本年支出合计", "一般公共服务支出"));
        Assert.Equal("60,330,260", Value("人员经费", "一般公共服务支出"));
        Assert.Equal("24,531,459", Value("公用经费", "一般公共服务支出"));
        Assert.Equal("43,025,130", Value("项目支出", "一般公共服务支出"));
        Assert.DoesNotContain(cells, c => c.Key.Concept == "公用经费" && c.Key.FunctionPath == "卫生健康支出");
        Assert.Equal("44,273,130", Value("项目支出", string.Empty));
        Assert.Equal("171,915,169", Value("支出总计", string.Empty));
    }

    /// <summary>
    /// FA1208 on the two budgets whose 财务收支预算总表 splits 基本支出 by column, each row added by hand from the text layer.
    /// 上海市财政局 (元): 60,330,260 + 24,531,459 + 43,025,130 = 127,886,849; 15,714,000 + 646,320 + 1,200,000 = 17,560,320;
    /// 4,620,000 + 48,000 = 4,668,000; 21,800,000 (人员经费 only); 支出总计 102,464,260 + 25,177,779 + 44,273,130 = 171,915,169.
    /// 区府办 单位 (元, 2 decimals): 13,819,399.88 + 1,867,397.54 + 66,410,000.00 = 82,096,797.42; 3,948,399.28 + 265,380.00 =
    /// 4,213,779.28; 1,097,073.43 and 3,609,125.22 (人员经费 only); 22,473,997.81 + 2,132,777.54 + 66,410,000.00 = 91,016,775.35.
    /// The other four print 表1 without the split (合计 only): the rule has nothing to check there.
    /// </summary>
    [SkippableTheory]
    [InlineData(City, 5)]
    [InlineData(OfficeUnit, 5)]
    [InlineData(Finance, 0)]
    [InlineData(OfficeDepartment, 0)]
    [InlineData(Wanli2024, 0)]
    [InlineData(Wanli2025, 0)]
    public void A_split_expenditure_row_adds_up_across_its_columns(string file, int rows)
    {
        var rule = RuleCatalog.Rules.Where(r => r.Descriptor.Id == "FA1208").ToList();
        var check = ReportChecker.Check(BudgetPdf.Import(file).Report, rule);
        Assert.Equal(rows, check.ChecksRun);
        Assert.Empty(check.Findings);
    }

    [SkippableFact]
    public void A_number_of_the_text_below_the_three_public_table_does_not_take_a_columns_place()
    {
        // 区财政局 表9 (p.21) prints one line of values: 0.95 under 合计, 0.95 under 公务接待费 and 229.43 under the header
        // 机关运行经费预算 / 数 (x 676–772; 229.43 at 737–773). The table's region runs on into p.22's 说明, whose letter-spaced
        // line "财 政 业 务 费 10.00 万 元 … 援 滇 干 部 工 作 经 费 3.00 万 元" has a 3.00 under the same header: it once took
        // the column first and pushed 229.43 out. The table now ends at p.22's heading 其他相关情况说明, so the p.22 numbers
        // (10.00, 166.66, 3.00) are not the table's at all — no cell, no FA4002 — and 229.43 is 机关运行经费, the figure the 说明
        // states ("机关运行经费预算为229.43万元"): FA1030 finds the two agree.
        var result = BudgetPdf.Import(Finance);
        var cells = result.Report.Tables.Single(t => t.Id == "表9").Cells;
        Assert.Equal(new[] { "三公经费 0.95", "公务接待费 0.95", "机关运行经费 229.43" }, cells.Select(c => c.Key.Concept + " " + c.Value));
        Assert.DoesNotContain(result.Notes, n => n.Id == ImportNotes.ValueNotPlaced);
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.Stated.Key.Concept == "机关运行经费");
    }

    [SkippableFact]
    public void A_long_table_repeating_its_header_on_each_page_keeps_its_row_names()
    {
        // 万里 2025 表5 runs over pages 20–24, each page repeating 项目 / 一般公共预算支出 / 功能分类科目编码 / 类 款 项.
        var table = BudgetPdf.Import(Wanli2025).Report.Tables.Single(t => t.Id == "表5");
        Assert.Equal("221 02 住房改革支出", table.Cells.First(c => c.Code == "22102").Location.Row);
        Assert.Equal(new[] { 20, 21, 22, 23, 24 }, table.Cells.Select(c => c.Location.Page).Distinct().OrderBy(p => p));
    }

    [SkippableFact]
    public void A_section_code_printed_with_one_digit_is_read_by_its_name_with_a_note()
    {
        // 万里 2024 表8 prints "301 2 津贴补贴 16,623,810" and "301 7 绩效工资 11,447,100": 30102 and 30107 by name, so
        // 301 工资福利支出 88,282,511 is their sum with the other 款 (FA1041 finds nothing), not a second 301 row.
        var result = BudgetPdf.Import(Wanli2024);
        var table = result.Report.Tables.Single(t => t.Id == "表8");
        Assert.Equal("16,623,810", table.Cells.Single(c => c.Code == "30102").Value);
        Assert.Equal("11,447,100", table.Cells.Single(c => c.Code == "30107").Value);
        Assert.Single(table.Cells, c => c.Code == "301");
        Assert.Equal(2, result.Notes.Count(n => n.Id == ImportNotes.ShortCode));
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1041");
    }

    /// <summary>The 说明's figures counted by hand: 编制说明 (收入 6, 支出 3, by fund 4 with changes) and 其他相关情况说明 (三公 9, 机关运行经费 1, 政府采购 4, 中小企业 2, 绩效目标 2, 国有资产 purchases 2: 购置车辆1辆 and 单价100万元以上设备0台（套）).</summary>
    [SkippableFact]
    public void Wanli_2025_narrative_figures_are_read_with_their_changes()
    {
        var statements = BudgetPdf.Import(Wanli2025).Report.Statements;
        // …and the 财政拨款支出主要内容: 33 项 lines, each with its 预算 (科目43.83万元 …); line 21 names 卫生健康支出/卫生健康支出/
        // 计划生育事务, which is no 支出功能分类 path (FA4003), so 32 are read.
        Assert.Equal(33, statements.Where(s => !s.Id.StartsWith("B.1.", System.StringComparison.Ordinal)).Sum(s => s.Figures.Count));
        Assert.Equal(32, statements.Count(s => s.Id.StartsWith("B.1.", System.StringComparison.Ordinal)));
        Assert.Equal("43.83", statements.Single(s => s.Id == "B.1.1").Figures.Single().Value);
        StatedFigure Figure(string concept, string basis) => statements.SelectMany(s => s.Figures).Single(f => f.Key.Concept == concept && f.Key.Basis == basis);
        Assert.Equal("18,976.76", Figure("收入总计", "预算").Value);
        Assert.Equal("3,355.65", Figure("财政拨款收入", "较上年预算增减").Value);
        Assert.Equal("-10", Figure("三公经费", "较上年预算增减").Value);
        Assert.Equal("36.56", Figure("公务用车购置及运行维护费", "预算").Value);
        Assert.Equal("-10", Figure("公务用车购置费", "较上年预算增减").Value);
        Assert.Equal("1349.94", Figure("面向小微企业预留项目预算金额", "预算").Value);
        Assert.Equal("49", Figure("编报绩效目标项目", "预算").Value);
        Assert.Equal(6, Figure("收入总计", "预算").Location.Page);
        // 持平 states no figure: 公务接待费 has its 预算 only.
        Assert.DoesNotContain(statements.SelectMany(s => s.Figures), f => f.Key.Concept == "公务接待费" && f.Key.Basis != "预算");
    }

    /// <summary>
    /// What the checks find, each checked by hand against the text layer: no error and no warning on four of the six (万里 2024's
    /// and 区财政局's true findings are the next tests)
    /// (万里 2025's 212 城乡社区支出 154,369,326 against Σ款 154,369,327 is 1 元 in a table of whole 元: rounding, info).
    /// </summary>
    [SkippableTheory]
    [InlineData(City)]
    [InlineData(OfficeDepartment)]
    [InlineData(OfficeUnit)]
    [InlineData(Wanli2025)]
    public void Four_budgets_are_consistent_and_the_budget_rules_run(string file)
    {
        var check = ReportChecker.Check(BudgetPdf.Import(file).Report);
        Assert.Empty(check.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.ToString()));
        var run = check.RulesRun.Select(r => r.Id).ToList();
        foreach (var id in new[] { "FA1003", "FA1005", "FA1006", "FA1030", "FA1040", "FA1041", "FA1202", "FA1203", "FA1204" }) Assert.Contains(id, run);
        Assert.Contains(check.RulesNotRun, r => r.Rule.Id == "FA1002" && r.Reason.Contains("不适用于预算报告"));
    }

    /// <summary>
    /// 万里 2024's 财政拨款支出主要内容 compares each 项 with 2023's executed budget (33 lines, all read). Two errors, both true
    /// (checked by hand against the text layer): line 9 其他教育支出 "2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加
    /// 100.00%" — a rate on a base of 0 (FA1027); line 31 住房公积金 prints "350.35万元" at its head and "2024年预算安排352.67万元"
    /// after it, while 表5 has 3,503,499 元 = 350.35 万元 and its 0.53% follows from 350.35 ((350.35 − 348.52) ÷ 348.52 = 0.525%),
    /// so 352.67 is the slip (FA1030). Every other rate agrees (FA1205 ran on 28 lines).
    /// </summary>
    [SkippableFact]
    public void Wanli_2024_item_lines_are_read_and_give_two_true_errors()
    {
        var report = BudgetPdf.Import(Wanli2024).Report;
        Assert.Equal(33, report.Statements.Count(s => s.Id.StartsWith("B.1.", System.StringComparison.Ordinal)));
        var check = ReportChecker.Check(report);
        Assert.Equal(new[] { "FA1027 B.1.9 100.00", "FA1030 B.1.31 352.67" },
            check.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.RuleId + " " + f.Location.StatementId + " " + f.Stated.Value).OrderBy(x => x, System.StringComparer.Ordinal));
        Assert.Contains(check.RulesRun, r => r.Id == "FA1205");
    }

    /// <summary>
    /// 区财政局 2025's eleven 项 lines (财政拨款支出主要内容) against 表 一般公共预算支出功能分类预算表, checked by hand against the
    /// text layer: line 7 职业年金缴费支出 prints "887.36万元" where the table has 873,617 元 = 87.36 万元 (an error); lines 5, 9, 10
    /// and 11 print 87.70, 78.21, 204.91 and 268.77 for 877,080, 782,164, 2,049,197 and 2,687,760 元 — cut, not rounded (87.708 →
    /// 87.71, 78.2164 → 78.22, 204.9197 → 204.92, 268.776 → 268.78): truncation warnings. The other six agree.
    /// </summary>
    [SkippableFact]
    public void Finance_2025_item_lines_give_one_true_error_and_four_truncations()
    {
        var check = ReportChecker.Check(BudgetPdf.Import(Finance).Report);
        Assert.Equal(new[] { "FA1030 Error B.1.7 887.36", "FA1030 Warning B.1.10 204.91", "FA1030 Warning B.1.11 268.77", "FA1030 Warning B.1.5 87.70", "FA1030 Warning B.1.9 78.21" },
            check.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.RuleId + " " + f.Severity + " " + f.Location.StatementId + " " + f.Stated.Value).OrderBy(x => x, System.StringComparer.Ordinal));
    }

    [SkippableFact]
    public void The_final_accounts_pdf_is_still_a_final_accounts_report()
    {
        Assert.Equal(ReportKind.FinalAccounts, FinalAccounts.Import.Tests.Putuo.PutuoPdf.Import.Report.Info.Kind);
        Assert.DoesNotContain("\"kind\"", FinalAccounts.Import.Tests.Putuo.PutuoPdf.Import.Json, System.StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Wanlis_two_budgets_agree_across_the_years()
    {
        // 2025 states six changes against 2024's budget, each checked by hand: 财政拨款收入, 财政拨款支出 and 一般公共预算财政拨款支出
        // 18,976.76 − 15,621.11 = 3,355.65; 三公经费 37.91 − 47.91, 公务用车购置及运行费 36.56 − 46.56, 购置费 15 − 25 = −10.
        var check = CrossChecker.Check(BudgetPdf.Import(Wanli2024).Report, BudgetPdf.Import(Wanli2025).Report);
        Assert.Equal(6, check.ChecksRun);
        Assert.Empty(check.Findings);
        Assert.Equal(2025, check.Report.Info.Year);
        // Another unit is not compared.
        var other = CrossChecker.Check(BudgetPdf.Import(Wanli2024).Report, BudgetPdf.Import(City).Report);
        Assert.Equal(0, other.ChecksRun);
        Assert.All(other.RulesNotRun, r => Assert.Contains("不是同一单位", r.Reason, System.StringComparison.Ordinal));
    }
}
