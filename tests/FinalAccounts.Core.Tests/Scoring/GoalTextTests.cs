using System.Linq;
using FinalAccounts.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// FA2031 (issue 15.4): figures of the 年度总体目标 / 实际完成情况 text against the indicator rows naming the same measure. By hand.
public sealed class GoalTextTests
{
    private static string Row(string level3, string target, string actual, string unit)
        => Indicator("产出指标", "数量指标", level3, "正向", "大于等于", target, actual, unit, "10", "10");

    private static string[] Flagged(string expected, string actual, params string[] rows)
        => Accusations(Evaluation(new[] { PrintedTables.Row("年度资金总额", "100", "100", "100", "10", "100", "10") }, rows, "100", "100", expectedGoal: expected, actualGoal: actual)).Where(f => f.RuleId == "FA2031").Select(f => f.Location.Row).ToArray();

    [Fact]
    public void A_count_next_to_the_rows_name_agrees_or_is_flagged()
    {
        // The seed's E4: "为2个市级技能大师工作室发放奖补资金10万元" against 市级技能大师工作室建设数量 | 个 | 2.00 — consistent; the
        // text saying 3 is flagged at that row. "1" against "1.00": whole 个 against a 2-decimal print, [0.5, 1.5] meets [0.995, 1.005].
        const string row = "市级技能大师工作室建设数量";
        Assert.Empty(Flagged(string.Empty, "全年为2个市级技能大师工作室发放奖补资金10万元。", Row(row, "2", "2.00", "个")));
        Assert.Equal(new[] { row }, Flagged(string.Empty, "全年为3个市级技能大师工作室发放奖补资金10万元。", Row(row, "2", "2.00", "个")));
        Assert.Empty(Flagged(string.Empty, "为1个市级高技能人才培训基地发放奖补资金。", Row("市级高技能人才培训基地建设数量", "1", "1.00", "个")));
    }

    [Fact]
    public void Goals_are_compared_with_the_target_and_results_with_the_actual()
    {
        // 年度总体目标 "完成职业技能培训人次1200人次" against 年度指标值 1200; 实际完成情况 "完成职业技能培训人次1180人次" against 实际完成值 1180.
        const string row = "职业技能培训人次";
        Assert.Empty(Flagged("完成职业技能培训人次1200人次。", "完成职业技能培训人次1180人次。", Row(row, "1200", "1180", "人次")));
        Assert.Equal(new[] { row }, Flagged("完成职业技能培训人次1200人次。", "完成职业技能培训人次1200人次。", Row(row, "1200", "1180", "人次")));
    }

    [Fact]
    public void Rounding_only_differences_are_not_accused()
    {
        // "检测管网12.5公里" against 12.46: [12.45, 12.55] meets [12.455, 12.465] — the text rounded the row's figure.
        // "12.4公里" does not: [12.35, 12.45] against [12.455, 12.465].
        const string row = "检测管网长度";
        Assert.Empty(Flagged(string.Empty, "完成检测管网12.5公里。", Row(row, "12", "12.46", "公里")));
        Assert.Equal(new[] { row }, Flagged(string.Empty, "完成检测管网12.4公里。", Row(row, "12", "12.46", "公里")));
    }

    [Fact]
    public void Unclear_matches_are_left_alone()
    {
        // Two rows of the unit share the words; a short shared run (培训) is not enough; a year is not a duration; the text naming a
        // row with two figures (计划…完成…) is not judged; another unit is not compared.
        Assert.Empty(Flagged(string.Empty, "为3个技能大师工作室发放奖补资金。", Row("市级技能大师工作室建设数量", "2", "2.00", "个"), Row("区级技能大师工作室建设数量", "1", "1.00", "个")));
        Assert.Empty(Flagged(string.Empty, "完成培训900人次。", Row("职业技能培训人次", "1200", "1180", "人次")));
        Assert.Empty(Flagged(string.Empty, "圆满完成2024年度档案信息化建设工作。", Row("档案信息化建设时间", "1", "1.00", "年")));
        Assert.Empty(Flagged(string.Empty, "计划职业技能培训人次1200人次，实际职业技能培训人次1100人次。", Row("职业技能培训人次", "1200", "1180", "人次")));
        Assert.Empty(Flagged(string.Empty, "为3户市级技能大师工作室发放奖补资金。", Row("市级技能大师工作室建设数量", "2", "2.00", "个")));
    }

    [Fact]
    public void The_seeds_results_texts_agree_with_their_rows()
    {
        // E4's two counts (1 基地, 2 工作室) match their rows and agree; E1's "13项" and "2项" name no row (各类人事考试 is 3 项, but the
        // words differ): nothing is flagged.
        Assert.DoesNotContain(EvaluationChecker.Check(Seed.Report).Findings, f => f.RuleId == "FA2031");
    }

    /// <summary>
    /// Law: a results text that states a row's count in one of the wordings reports use — "为{n}{unit}{name}…", "完成{name}{n}{unit}",
    /// "累计{name}{n}{unit}" — never gives FA2031 when the row's 实际完成值 is that count (printed whole or with 2 decimals), and
    /// gives exactly one, at that row, when it is any other count.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property A_count_in_the_results_text_is_caught_exactly_when_it_differs_from_its_row()
    {
        var gen = from n in Gen.Choose(1, 5000)
                  from off in Gen.Elements(0, 0, 1, -1, 7, 100)
                  from unit in Gen.Elements("个", "人次", "户", "场次")
                  from name in Gen.Elements("市级技能大师工作室", "农村危房改造", "公共法律服务咨询", "职业技能培训")
                  from wording in Gen.Choose(0, 2)
                  from decimals in Gen.Elements("", ".00")
                  select (n, off, unit, name, wording, decimals);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var actual = System.Math.Max(0, c.n + c.off);
            var text = c.wording switch
            {
                0 => "全年为" + c.n + c.unit + c.name + "提供支持。",
                1 => "完成" + c.name + c.n + c.unit + "。",
                _ => "累计" + c.name + c.n + c.unit + "，圆满完成任务。",
            };
            var row = c.name + "数量";
            var flagged = Flagged(string.Empty, text, Row(row, c.n.ToString(System.Globalization.CultureInfo.InvariantCulture), actual + c.decimals, c.unit));
            var expected = actual == c.n ? System.Array.Empty<string>() : new[] { row };
            return flagged.SequenceEqual(expected).Label(text + " vs " + actual + " → " + string.Join(",", flagged));
        });
    }
}
