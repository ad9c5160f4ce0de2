using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Import.Tests.Xlsx;
using Xunit;

namespace FinalAccounts.Import.Tests.Catalogue;

/// <summary>
/// The FA4 catalogue (issue 12.2): every note of <see cref="ImportNotes.All"/> has at least one tiny hand-made input — a page
/// layout written word by word (<see cref="HandLayout"/>) or a workbook — that produces it, as RuleExampleTests demands of
/// every FA1 rule. A new note fails <see cref="Every_note_in_the_catalogue_has_an_example"/> until it gets one here.
/// </summary>
public sealed class ImportNoteExampleTests
{
    private const double Total = 318, Basic = 388, Project = 448;

    private static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);

    /// <summary>支出决算表's title, unit and header (科目名称 | 本年支出合计 | 基本支出 | 项目支出 over 类 款 项), as SlipTests lays it out.</summary>
    private static HandLayout ExpenditureTable(HandLayout? cover = null)
        => (cover ?? new HandLayout()).NewPage()
            .Line(100, (250, "支出决算表"))
            .Line(115, (450, "单位：万元"))
            .Line(135, (150, "科目名称"), (291, "本年支出合计"), (370, "基本支出"), (430, "项目支出"))
            .Line(150, (50, "类"), (75, "款"), (100, "项"));


    /// <summary>A 类 → 款 → 项 chain of 支出决算表 rows with <paramref name="value"/> under 本年支出合计 on each.</summary>
    private static HandLayout Chain(HandLayout layout, string @class, string className, string section, string sectionName, string item, string itemName, string value = "5.00")
        => layout
            .Line(170, (50, @class), (150, className), (Under(Total, value), value))
            .Line(185, (50, @class), (75, section), (150, sectionName), (Under(Total, value), value))
            .Line(200, (50, @class), (75, section), (100, item), (150, itemName), (Under(Total, value), value));

    /// <summary>A report of one 支出决算表 row: the least the import reads as a report.</summary>
    private static HandLayout OneTable(HandLayout cover)
        => ExpenditureTable(cover)
            .Line(170, (50, "201"), (150, "一般公共服务支出"), (Under(Total, "5.00"), "5.00"));

    /// <summary>Each example: the note it must produce, a fragment of that note's message worked out by hand, and the input.</summary>
    public static IReadOnlyList<(string Id, string Name, string Message, Func<ImportResult> Import)> Examples { get; } = new (string, string, string, Func<ImportResult>)[]
    {
        (ImportNotes.EvaluationNotRead, "a 自评表 row whose 分值 prints 五", "is not a number",
            () => Evaluation(t => t.Indicators[0] = t.Indicators[0] with { Weight = "五" })),
        (ImportNotes.EvaluationValueAsWords, "a 自评表 实际完成值 in a unit no table uses (12光年)", "kept as words",
            () => Evaluation(t =>
            {
                var at = t.Indicators.FindIndex(i => i.Nature == "正向");
                t.Indicators[at] = t.Indicators[at] with { Unit = string.Empty, Actual = "12光年" };
            })),
        (ImportNotes.EvaluationCutAtEnd, "a 自评表 whose sheet stops after 3 rows, without its 总分 row", "read as cut at its end",
            () => ReportImporter.ImportXlsx(new System.IO.MemoryStream(Evaluations.EvaluationXlsxRenderer.Render(
                new Evaluations.GeneratedEvaluation(Evaluations.EvaluationTemplate.Sichuan, new Evaluations.EvaluationLayout(true, false, false, false, 3, true), 5))), "cut.xlsx")),
        (ImportNotes.EvaluationStartNotRead, "a 自评表 sheet that starts at its 4th row without the indicator header", "no indicator header",
            () => Excerpt(repeatHeader: false)),
        (ImportNotes.EvaluationCutAtStart, "a 自评表 sheet that starts at its 4th row under the repeated indicator header", "read as cut at its start",
            () => Excerpt(repeatHeader: true)),
        (ImportNotes.TableNotFound, "a report of one table, 支出决算表", "no title line 收入支出决算总表",
            () => OneTable(new HandLayout()).Import()),
        (ImportNotes.ValueNotPlaced, "a value between two columns", "value 3.00 stands under no known column",
            () => ExpenditureTable()
                .Line(170, (50, "201"), (150, "一般公共服务支出"), (Under(Total, "5.00"), "5.00"), (Under((Basic + Project) / 2, "3.00"), "3.00"))
                .Import()),
        (ImportNotes.UnknownFunction, "a 类/款/项 chain no 支出功能分类 has (216 02 99)", "nor the code 2160299",
            () => Chain(ExpenditureTable(), "216", "商业服务业等支出", "02", "商业流通事务", "99", "其他商业流通事务支出").Import()),
        (ImportNotes.UnknownLabel, "a coded table whose header has no value column", "no known value column",
            () => new HandLayout().NewPage()
                .Line(100, (250, "支出决算表"))
                .Line(115, (450, "单位：万元"))
                .Line(135, (150, "科目名称"), (291, "备注金额"))
                .Line(150, (50, "类"), (75, "款"), (100, "项"))
                .Line(170, (50, "201"), (150, "一般公共服务支出"), (Under(Total, "5.00"), "5.00"))
                .Import()),
        (ImportNotes.NarrativeNotRead, "a report without its 情况说明 part", "no 第…部分 …情况说明 heading",
            () => OneTable(new HandLayout()).Import()),
        (ImportNotes.HeaderInferred, "a cover that prints no unit kind", "the unit kind is not printed",
            () => OneTable(new HandLayout("测试2024年度部门决算")).Import()),
        (ImportNotes.SheetNotRead, "a workbook with a hidden sheet", "hidden sheet not read",
            () =>
            {
                using var stream = new MemoryStream(HostileWorkbooks.WithHiddenSheet());
                return ReportImporter.ImportXlsx(stream, "hidden.xlsx");
            }),
        (ImportNotes.ValueBeyondLimits, "a 支出决算表 row of 10^15 万元 (16 digits before the point)", "1000000000000000 万元 is beyond the format's limits; the table was left out",
            () => ExpenditureTable()
                .Line(170, (50, "201"), (150, "一般公共服务支出"), (Under(Total, "1000000000000000"), "1000000000000000"))
                .Import()),
        (ImportNotes.OldFunctionName, "a 项 printed by its name before 2019 (220 01 99 其他国土资源事务支出)", "use an old name",
            () => Chain(ExpenditureTable(), "220", "自然资源海洋气象等支出", "01", "自然资源事务", "99", "其他国土资源事务支出").Import()),
        (ImportNotes.ShortCode, "a 款 code printed with one digit (301 | 2 津贴补贴)", "the printed 款 code 2 has one digit; read as 30102",
            () => new HandLayout().NewPage()
                .Line(82, (208, "一般公共预算财政拨款基本支出决算表"))
                .Line(96, (500, "单位：元"))
                .Line(124, (20, "经济分类科目编码"), (150, "科目名称"), (290, "合计"), (370, "人员经费"), (450, "公用经费"))
                .Line(136, (20, "类"), (50, "款"))
                .Line(150, (20, "301"), (80, "工资福利支出"), (Under(299, "900"), "900"), (Under(388, "900"), "900"), (Under(468, "0"), "0"))
                .Line(164, (20, "301"), (50, "2"), (80, "津贴补贴"), (Under(299, "600"), "600"), (Under(388, "600"), "600"), (Under(468, "0"), "0"))
                .Import()),
        (ImportNotes.TargetsNotRead, "a 绩效目标表 row printed without its 指标值", "三级指标 '培训人次' has no 指标值",
            () => new HandLayout("测试单位2025年部门预算").NewPage()
                .Line(100, (200, "2025年部门“三公”经费和机关运行经费预算表"))
                .Line(115, (450, "单位:万元"))
                .Line(160, (40, "项目名称"), (110, "财政业务费项目"))
                .Line(190, (40, "绩效指标"), (110, "一级指标"), (175, "二级指标"), (260, "三级指标"), (375, "指标值"))
                .Line(210, (110, "产出指标"), (175, "数量指标"), (260, "审计项目数"), (375, "≥10个"))
                .Line(240, (110, "产出指标"), (175, "数量指标"), (260, "培训人次"))
                .Import()),
        (ImportNotes.BudgetTableNotRead, "a 预算's 三公 table with a 决算数 column", "the basis of its columns is not sure",
            () => Budget.BudgetLayout.End(Budget.BudgetLayout.Start()
                .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
                .Line(150, (450, "单位：万元"))
                .Line(165, (60, "项目"), (220, "预算数"), (300, "决算数"))
                .Line(180, (60, "合计"), (Under(233.5, "8.50"), "8.50"), (Under(313.5, "8.00"), "8.00")), 220).Import()),
        (ImportNotes.BudgetColumnNotRead, "a 预算's 三公 table with 增减额 beside no 上年 column", "column 增减额",
            () => Budget.BudgetLayout.End(Budget.BudgetLayout.Start()
                .Line(120, (60, "一、2025年“三公”经费预算情况说明"))
                .Line(150, (450, "单位：万元"))
                .Line(165, (60, "项目"), (220, "预算数"), (300, "增减额"))
                .Line(180, (60, "合计"), (Under(233.5, "8.50"), "8.50"), (Under(313.5, "-1.50"), "-1.50")), 220).Import()),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Examples) data.Add(e.Id, e.Name);
        return data;
    }

    [Fact]
    public void Every_note_in_the_catalogue_has_an_example()
    {
        var missing = ImportNotes.All.Select(d => d.Id).Where(id => !Examples.Any(e => e.Id == id)).ToList();
        Assert.True(missing.Count == 0, "FA4 notes without an example input in ImportNoteExampleTests: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_example_is_of_a_note_in_the_catalogue()
        => Assert.All(Examples, e => Assert.Contains(ImportNotes.All, d => d.Id == e.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_example_produces_its_note(string id, string name)
    {
        var example = Examples.Single(e => e.Id == id && e.Name == name);
        var notes = example.Import().Notes.Where(n => n.Id == id).ToList();
        Assert.True(notes.Count > 0, id + " (" + name + ") produced no " + id + " note");
        Assert.Contains(notes, n => n.Message.Contains(example.Message, StringComparison.Ordinal));
    }

    /// <summary>A 自评表 excerpt sheet: the rows from the 4th on (labels printed), the header repeated or not, and the 总分 row.</summary>
    private static ImportResult Excerpt(bool repeatHeader)
        => ReportImporter.ImportXlsx(new System.IO.MemoryStream(Evaluations.EvaluationXlsxRenderer.Render(
            new Evaluations.GeneratedEvaluation(Evaluations.EvaluationTemplate.Central, new Evaluations.EvaluationLayout(true, true, repeatHeader, false, 3, false, true), 5))), "excerpt.xlsx");

    /// <summary>A generated central-template 自评表 exported as XLSX after <paramref name="change"/>.</summary>
    private static ImportResult Evaluation(Action<Evaluations.GeneratedEvaluation> change)
    {
        var table = new Evaluations.GeneratedEvaluation(Evaluations.EvaluationTemplate.Central, new Evaluations.EvaluationLayout(true, false, false, false, 20, false), 3);
        change(table);
        return ReportImporter.ImportXlsx(new System.IO.MemoryStream(Evaluations.EvaluationXlsxRenderer.Render(table)), "evaluation.xlsx");
    }
}
