using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tables;
using Xunit;

namespace FinalAccounts.Import.Tests.Drafts;

/// <summary>
/// FA4008: a recognised number beyond the format's limits (10^15 or more; 10^6 % or more) is left out with a note instead
/// of failing the whole import — the 说明 figure alone; a breakdown or a table whole, because a list or a table that lost
/// one of its figures would add up wrong and be accused of it. Everything else of the report is kept.
/// </summary>
public sealed class ValueBeyondLimitsTests
{
    private const string Huge = "1000000000000000.00"; // 10^15: 16 digits before the point, one past the limit

    private static HeaderDraft Header() => new() { Title = "测试单位2024年度部门决算", Year = 2024, UnitName = "测试单位" };

    private static FigureDraft Figure(string concept, string value, string unit = "万元") => new() { Concept = concept, Value = value, Unit = unit };

    [Fact]
    public void A_figure_beyond_the_limits_is_left_out_alone_and_the_sentence_kept()
    {
        var s = new StatementDraft { Id = "1-1", Section = "一、收入支出决算总体情况说明", Sentence = "收入总计" + Huge + "万元，支出总计100.00万元。", Page = 3 };
        s.Figures.Add(Figure("收入总计", Huge));
        s.Figures.Add(Figure("支出总计", "100.00"));
        var notes = new List<ImportNote>();

        var report = DraftReport.Build(Header(), new List<TableDraft>(), new[] { s }, notes);

        Assert.Equal(new[] { "支出总计 100.00" }, report.Figures.Select(f => f.Key.Concept + " " + f.Value));
        var note = Assert.Single(notes);
        Assert.Equal((ImportNotes.ValueBeyondLimits, 3), (note.Id, note.Page));
        Assert.StartsWith("1-1", note.Where);
        Assert.Contains(Huge + "万元 超出报告格式的范围，已略去", note.Message);
    }

    [Fact]
    public void A_breakdown_with_a_part_beyond_the_limits_is_left_out_whole()
    {
        var s = new StatementDraft { Id = "2-1", Section = "二、收入决算情况说明", Sentence = "收入合计100.00万元，其中：财政拨款收入" + Huge + "万元，其他收入20.00万元。", Page = 4 };
        s.Figures.Add(Figure("收入合计", "100.00"));
        var e = new ExplanationDraft { Explains = Figure("收入合计", "100.00"), Marker = "其中" };
        e.Parts.Add(Figure("财政拨款收入", Huge));
        e.Parts.Add(Figure("其他收入", "20.00"));
        s.Explanations.Add(e);
        var notes = new List<ImportNote>();

        var report = DraftReport.Build(Header(), new List<TableDraft>(), new[] { s }, notes);

        // Only the head figure is kept: 20.00 alone under 100.00 would read as a list that does not add up.
        Assert.Equal(new[] { "收入合计 100.00" }, report.Figures.Select(f => f.Key.Concept + " " + f.Value));
        Assert.Empty(Assert.Single(report.Statements).Explanations);
        Assert.Contains("其所在的分项说明整体略去", Assert.Single(notes, n => n.Id == ImportNotes.ValueBeyondLimits).Message);
    }

    [Fact]
    public void A_table_with_a_cell_beyond_the_limits_is_left_out_whole_and_the_others_kept()
    {
        var big = new TableDraft("表1", "收入支出决算总表", "元", 5, new[]
        {
            new CellDraft { Row = "一、一般公共预算财政拨款收入", Column = "决算数", Concept = "一般公共预算财政拨款收入", Value = "1,000,000,000,000,000", Page = 5 },
            new CellDraft { Row = "收入合计", Column = "决算数", Concept = "收入合计", Value = "12.00", Page = 5 },
        });
        var small = new TableDraft("表2", "收入决算表", "万元", 6, new[]
        {
            new CellDraft { Row = "合计", Column = "本年收入合计", Concept = "收入合计", Value = "999,999,999,999,999.99", Page = 6 },
        });
        var notes = new List<ImportNote>();

        var report = DraftReport.Build(Header(), new[] { big, small }, new List<StatementDraft>(), notes);

        Assert.Equal(new[] { "表2" }, report.Tables.Select(t => t.Id));
        var note = Assert.Single(notes);
        Assert.Equal(ImportNotes.ValueBeyondLimits, note.Id);
        Assert.Equal(5, note.Page);
        Assert.StartsWith("表1", note.Where);
        Assert.Contains("整表略去", note.Message);
    }
}
