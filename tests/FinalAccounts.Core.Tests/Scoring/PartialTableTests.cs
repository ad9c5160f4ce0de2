using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15.5: a 绩效自评表 the user has only part of ("cut": start / end / both) is judged on what is there, never on rows
/// that are not.
public sealed class PartialTableTests
{
    internal static readonly string[] s_funds = { Row("年度资金总额", "100", "100", "100", "10", "100", "10") };

    // 产出 20 + 20 + 10 = 50, 效益 30, 满意度 10 (cut away below).
    internal static readonly string[] s_rows =
    {
        Indicator("产出指标(50分)", "数量指标", "培训人数", "正向", "大于等于", "500", "520", "人", "20", "20"),
        Indicator("产出指标", "质量指标", "合格率", "正向", "大于等于", "95", "96", "%", "20", "20"),
        Indicator("产出指标", "时效指标", "完成时间", "反向", "小于等于", "12", "12", "月", "10", "10"),
        Indicator("效益指标(30分)", "社会效益", "就业能力", "定性", null, "有效提升", "明显提升", null, "30", "27"),
        Indicator("满意度指标(10分)", "服务对象满意度", "学员满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
    };

    [Fact]
    public void A_table_cut_before_its_last_rows_is_no_longer_a_false_weight_error()
    {
        // Today's false accusation, reproduced: the last page (满意度 row) not obtained, the 总分 row typed from the 说明:
        // 10 + 50 + 30 = 90 ≠ 100 (FA2010) and 10 + 50 + 27 = 87 ≠ 97 (FA2004).
        var unmarked = Evaluation(s_funds, s_rows.Take(4), "100", "97");
        Assert.Contains(Accusations(unmarked), f => f.RuleId == "FA2010");
        Assert.Contains(Accusations(unmarked), f => f.RuleId == "FA2004");
        // Marked as cut at its end, the same rows give no weight or total finding.
        var cut = Evaluation(s_funds, s_rows.Take(4), "100", "97", cut: "end");
        Assert.Empty(Accusations(cut));
        var noTotal = Evaluation(s_funds, s_rows.Take(4), null, null, cut: "end");
        Assert.Empty(Accusations(noTotal));
        var e = Read(noTotal);
        Assert.Equal(EvaluationCut.End, e.Cut);
        Assert.Null(e.TotalScore);
        Assert.Equal(new[] { true, false }, e.Blocks.Select(b => b.IsComplete));
        Assert.Null(EvaluationVerifier.Compare(e, ScoringPolicy.National).Total);
    }

    [Fact]
    public void A_table_cut_at_its_start_judges_neither_its_first_block_nor_its_total()
    {
        // Funds block and the first 产出 row not obtained: the 产出 block printed (50分) holds only 20 + 10 here.
        var cut = Evaluation(null, s_rows.Skip(1), "100", "97", cut: "start");
        Assert.Empty(Accusations(cut));
        var e = Read(cut);
        Assert.Empty(e.Funds);
        Assert.Equal(new[] { false, true, true }, e.Blocks.Select(b => b.IsComplete));
        Assert.Same(WeightTemplate.National, WeightTemplate.Infer(e));
    }

    [Fact]
    public void A_whole_block_of_a_cut_table_is_still_judged()
    {
        // 产出 printed (50分) but 20 + 20 + 5 = 45, followed by 效益: the block is whole though the table is cut at its end.
        var rows = s_rows.Take(4).Select(r => r.Replace("\"level3\": \"完成时间\", \"nature\": \"反向\", \"direction\": \"小于等于\", \"target\": \"12\", \"actual\": \"12\", \"unit\": \"月\", \"weight\": \"10\", \"score\": \"10\"",
            "\"level3\": \"完成时间\", \"nature\": \"反向\", \"direction\": \"小于等于\", \"target\": \"12\", \"actual\": \"12\", \"unit\": \"月\", \"weight\": \"5\", \"score\": \"5\""));
        var found = Accusations(Evaluation(s_funds, rows, null, null, cut: "end"), ScoringPolicy.National);
        Assert.Equal(new[] { "FA2011", "FA2012" }, found.Select(f => f.RuleId).OrderBy(x => x));
        Assert.Equal("产出指标", found.Single(f => f.RuleId == "FA2012").Stated.Location.Row);
    }

    [Fact]
    public void A_whole_table_still_needs_its_total_and_funds()
    {
        var ex = Assert.Throws<ReportFormatException>(() => Read(Evaluation(s_funds, s_rows, null, null)));
        Assert.Contains("total", ex.Message);
        ex = Assert.Throws<ReportFormatException>(() => Read(Evaluation(null, s_rows, "100", "97")));
        Assert.Contains("funds", ex.Message);
        ex = Assert.Throws<ReportFormatException>(() => Read(Evaluation(s_funds, s_rows, "100", "97", cut: "middle")));
        Assert.Contains("cut 'middle' is not start, end or both", ex.Message);
        Assert.Equal(EvaluationCut.Start | EvaluationCut.End, Read(Evaluation(null, s_rows.Skip(1).Take(2), null, null, cut: "both")).Cut);
    }
}
