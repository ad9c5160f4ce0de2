using System.Linq;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Import.Tests.Putuo;

/// <summary>
/// The 第三部分 情况说明 figures of the PDF, each with its sentence and page. Expected values are read by hand from the
/// printed sentences (pages 21–24); the sign follows 减少/下降 as the format says.
/// </summary>
public sealed class PutuoPdfNarrativeTests
{
    private static FinalAccountsReport Report => PutuoPdf.Import.Report;

    private static Statement Statement(string id) => Report.Statements.Single(s => s.Id == id);

    private static string[] Values(string id, string basis)
        => Statement(id).Figures.Concat(Statement(id).Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!))
            .Where(f => f.Key.Basis == basis).Select(f => f.Value).ToArray();

    private static FigureKey K(string concept, string basis = "决算", string? scope = null, string? path = null) => new(concept, basis, scope, path);

    [SkippableFact]
    public void Totals_and_their_change_on_last_year()
    {
        Assert.Equal(new[] { "2995.39", "2995.39" }, Values("3.1-1", "决算"));
        Assert.Equal(new[] { "-56.95", "-56.95" }, Values("3.1-1", "较上年决算增减"));
        Assert.Equal(new[] { "-1.87", "-1.87" }, Values("3.1-1", "较上年决算增减率"));
        Assert.Equal("主要原因", Statement("3.1-1").Explanations.Single().Marker);
        Assert.Equal(21, Statement("3.1-1").Figures[0].Location.Page);
    }

    [SkippableFact]
    public void Income_and_expenditure_with_their_parts_and_shares()
    {
        Assert.Equal(new[] { "2946.25", "2940.05", "6.2" }, Values("3.2-1", "决算"));
        Assert.Equal(new[] { "99.79", "0.21" }, Values("3.2-1", "占比"));
        Assert.Equal(new[] { "2940.05", "2336.91", "603.14" }, Values("3.3-1", "决算"));
        Assert.Equal(new[] { "79.49", "20.51" }, Values("3.3-1", "占比"));
        Assert.Equal(new[] { "0.3" }, Values("3.4-1", "决算"));
    }

    [SkippableFact]
    public void General_budget_total_structure_and_items()
    {
        Assert.Equal(new[] { "2940.05" }, Values("3.5-1", "决算"));
        Assert.Equal(new[] { "100.00" }, Values("3.5-1", "占比"));
        Assert.Equal(new[] { "-63.14" }, Values("3.5-1", "较上年决算增减"));
        Assert.Equal(new[] { "-2.10" }, Values("3.5-1", "较上年决算增减率"));
        // 五(二): all four 类 and their shares (the text layer displaces 住房保障支出's 15.16%; the PDF's words do not).
        Assert.Equal(new[] { "71.73", "11.11", "2.07", "15.16" }, Values("3.5-2", "占比"));
        Assert.Equal(new[] { "2940.05", "2106.66", "326.72", "60.99", "445.69" }, Values("3.5-2", "决算"));
        Assert.Equal(new[] { "2993.92" }, Values("3.5-3", "年初预算"));
        Assert.Equal(new[] { "98.20" }, Values("3.5-3", "完成年初预算率"));
        var items = Report.Statements.Where(s => s.Id.StartsWith("3.5-3.", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 11).Select(i => "3.5-3." + i).ToArray(), items.Select(s => s.Id).ToArray());
        Assert.Equal(
            new[] { "1560.05", "10.00", "135.90", "450.52", "85.55", "161.62", "80.81", "0.94", "62.29", "187.75", "258.50" },
            items.Select(s => s.Figures.Single(f => f.Key.Basis == "年初预算").Value).ToArray());
        Assert.Equal(
            new[] { "1511.89", "10.00", "135.25", "449.52", "84.65", "160.75", "80.38", "0.94", "60.99", "187.19", "258.50" },
            items.Select(s => s.Figures.Single(f => f.Key.Basis == "决算").Value).ToArray());
        Assert.Equal("社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出", items[5].Figures[0].Key.FunctionPath);
        Assert.Equal(22, items[0].Figures[0].Location.Page);
    }

    [SkippableFact]
    public void Basic_expenditure_three_public_and_other_matters()
    {
        Assert.Equal(new[] { "2336.91", "2152.26", "184.65" }, Values("3.6-1", "决算"));
        Assert.Equal(new[] { "0.95" }, Values("3.7-1", "年初预算"));
        Assert.Equal(new[] { "0.00", "0.00", "0.00", "0.00" }, Values("3.7-1", "决算"));
        Assert.Equal(new[] { "0", "0", "0", "0" }, Values("3.7-1", "完成预算率"));
        Assert.Equal(new[] { "184.65" }, Values("3.11-1", "决算"));
        Assert.Equal(new[] { "2.55" }, Values("3.11-1", "较上年决算增减"));
        Assert.Equal(new[] { "1.40" }, Values("3.11-1", "较上年决算增减率"));
        Assert.Equal(new[] { "251.25", "4.79", "0", "246.47" }, Values("3.11-2", "决算"));
        Assert.Equal(24, Statement("3.11-2").Figures[0].Location.Page);
    }

    /// <summary>
    /// 七（一）'s reason for 决算 0.00 against 年初预算 0.95 stands in the sentence after the 其中 list (pdftotext -layout, p. 23:
    /// "2024年度“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。"): it is kept with the statement, so FA1170
    /// (三公 决算 against 预算) finds the reason and FA1130 checks 小于 against 0.00 &lt; 0.95; the 上年 paragraph stays out.
    /// </summary>
    [SkippableFact]
    public void The_three_public_budget_sentence_keeps_its_reason()
    {
        var sentence = Statement("3.7-1").Sentence;
        Assert.EndsWith("决算数小于预算数的主要原因：当年度无“三公”经费支出。", sentence, System.StringComparison.Ordinal);
        Assert.DoesNotContain("2023年度", sentence, System.StringComparison.Ordinal);
        var check = FinalAccounts.Validation.ReportChecker.Check(PutuoPdf.Import.Report);
        Assert.DoesNotContain(check.Findings, f => f.RuleId is "FA1170" or "FA1130");
        Assert.Contains(check.RulesRun, r => r.Id == "FA1130");
    }

    [SkippableFact]
    public void Every_narrative_figure_of_the_text_layer_transcription_is_imported_with_the_same_value()
    {
        static string[] Figures(FinalAccountsReport r, string id) => r.Statements.Where(s => s.Id == id)
            .SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)))
            .Select(f => f.Key + " = " + f.Value).ToArray();
        foreach (var statement in PutuoReport.Load().Statements)
        {
            var imported = Figures(Report, statement.Id);
            Assert.All(Figures(PutuoReport.Load(), statement.Id), f => Assert.Contains(f, imported));
        }
    }

    [SkippableFact]
    public void Sentences_are_the_figures_location()
    {
        var f = Report.FindFirst(K("财政拨款收入支出总计"))!;
        Assert.Equal(13, f.Location.Page); // 表4's 总计, page 13
        var stated = Report.Find(K("财政拨款收入支出总计")).Last();
        Assert.StartsWith("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。", stated.Location.Sentence, System.StringComparison.Ordinal);
        Assert.Equal("四、财政拨款收入支出决算总体情况说明", stated.Location.Section);
    }

    [SkippableFact]
    public void What_was_not_read_is_said()
    {
        // Every 说明 section of this report is in a known wording now: no FA4005; the unit kind is still inferred.
        var notes = PutuoPdf.Import.Notes;
        Assert.DoesNotContain(notes, n => n.Id == ImportNotes.NarrativeNotRead);
        Assert.Contains(notes, n => n.Id == ImportNotes.HeaderInferred && n.Message.Contains("行政单位"));
        Assert.DoesNotContain(notes, n => n.Id is ImportNotes.TableNotFound or ImportNotes.ValueNotPlaced or ImportNotes.UnknownFunction or ImportNotes.UnknownLabel);
    }

    [Fact]
    public void Performance_management_counts_amounts_and_score()
    {
        // 十 (page 23): 编报绩效目标 4 项目 598.42万元; 跟踪评价 4, 598.42; 自评 4, 598.42, 平均得分 99.43; 优 4 良 0 合格 0 不合格 0; 问题 0, 整改 0, 0.
        Assert.Equal(
            new[] { "4 个", "598.42 万元", "4 个", "598.42 万元", "4 个", "598.42 万元", "99.43 分", "4 个", "0 个", "0 个", "0 个", "0 个", "0 个", "0 个" },
            Statement("3.10-1").Figures.Select(f => f.Value + " " + f.Unit).ToArray());
        Assert.Equal("绩效自评涉及资金", Statement("3.10-1").Figures[5].Key.Concept);
        Assert.Equal(23, Statement("3.10-1").Figures[0].Location.Page);
    }

    [Fact]
    public void Small_firm_amounts_and_state_assets()
    {
        // 十一（二）(page 24): 预留中小企业 246.47, 预留小微企业 0; 中标 246.47, 0; 其他项目中小企业 4.79.
        Assert.Equal(new[] { "246.47", "0", "246.47", "0", "4.79" }, Values("3.11-3", "决算"));
        // 十一（三）: 车辆 0 辆 and its eight kinds 0 辆 each, 单价100万元以上设备 2 台（套）, at 年末.
        var assets = Statement("3.11-4");
        Assert.Equal(new[] { "0 辆", "2 台（套）" }, assets.Figures.Select(f => f.Value + " " + f.Unit).ToArray());
        Assert.Equal(8, assets.Explanations.Single().Parts.Count(p => p.Figure is { Value: "0", Unit: "辆" }));
        Assert.All(assets.Figures, f => Assert.Equal("年末", f.Key.Basis));
    }
}
