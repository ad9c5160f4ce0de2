using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// How FA2003 shows a row (its direction "=", "定性", a worded target, a blank actual "（空）") and the inputs FA2003 and
/// FA2004 cite. E6 of <see cref="PrintedTables"/>; scores by hand from docs/scoring.md (a met row earns its 分值 under every
/// known policy; a 定性 score only has to lie in [0, 分值]).
/// </summary>
public sealed class ScoreFindingsWordsTests
{
    // 执行率 9 of 10; 培训人数 met (100 of ≥100) but scored 40 of 50; 服务质量 定性 scored 35 of 30; 培训班次 met (4 of =4)
    // but scored 5 of 10. 分值 10 + 50 + 30 + 10 = 100; 得分 9 + 40 + 35 + 5 = 89.
    private static string Table(string total = "89") => Evaluation(new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00") }, new[]
    {
        Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "50", "40"),
        Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", "", null, "30", "35"),
        Indicator("满意度指标", "服务对象满意度指标", "培训班次", "正向", "等于", "4", "4", "期", "10", "5"),
    }, "100", total, grade: "良");

    private static IReadOnlyList<Finding> Of(string table, string ruleId) => Findings(table).Where(f => f.RuleId == ruleId).ToList();

    [Fact]
    public void Each_scored_row_is_shown_with_its_direction_target_and_actual()
    {
        var messages = Of(Table(), "FA2003").Select(f => f.Message).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains("培训人数（≥100人，实际 100人，分值 50）得分 列示 40，", messages[0], System.StringComparison.Ordinal);
        Assert.Contains("服务质量（定性有效提升，实际 （空），分值 30）得分 列示 35，", messages[1], System.StringComparison.Ordinal);
        Assert.Contains("培训班次（=4期，实际 4期，分值 10）得分 列示 5，", messages[2], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_score_cites_its_weight_and_the_total_cites_every_score()
    {
        // FA2003 cites the row's 分值; FA2004 (总分 88 against 9 + 40 + 35 + 5 = 89) cites 执行率得分 and each row's 得分, in order.
        Assert.Equal(new[] { "50", "30", "10" }, Of(Table(), "FA2003").Select(f => Assert.Single(f.Inputs).Value).ToArray());
        var total = Assert.Single(Of(Table("88"), "FA2004"));
        Assert.Equal(new[] { "9.00", "40", "35", "5" }, total.Inputs.Select(f => f.Value).ToArray());
    }
}
