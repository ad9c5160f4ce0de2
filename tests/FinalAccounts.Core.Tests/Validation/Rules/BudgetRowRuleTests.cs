using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Two rules of a 预算 on one-rule checks of small reports: FA1207 (持平 / 无变化 against the sentence's 预算 and its base)
/// and FA1208 (a row split by column: 合计 = 人员经费 + 公用经费 + 项目支出). Messages word for word, the bound of "equal
/// within rounding", the phrases and bases, and the rows and sentences each rule leaves alone. Numbers by hand.
public sealed class BudgetRowRuleTests
{
    private const string General = "一般公共预算财政拨款支出";

    private static Item[] Level(string budget, string baseline, string words, string baseBasis = "上年执行数", string unit = "万元") => new Item[]
    {
        Budget,
        new StatementSpec("B.1.10", new[] { F(General, "预算", budget, unit), F(General, baseBasis, baseline) }) { Section = "预算编制说明", Words = words },
    };

    [Fact]
    public void FA1207_a_level_claim_over_a_gap_names_the_phrase_the_figures_and_the_gap()
    {
        // 12.00 against 10.00: a gap of 2.00; the figures allow [11.995 − 10.005, 12.005 − 9.995] = [1.99, 2.01], not 0.
        var report = CheckWith("FA1207", Level("12.00", "10.00", "2024年预算安排12.00万元，比2023年预算执行数持平。"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(2m, finding.Result.Exact);
        Assert.Equal(
            "说明称「比2023年预算执行数持平」（即两者相等），但所列" + General + "（预算） 12.00万元，" + General + "（上年执行数） 10.00万元，差额 2万元（舍入允许 [1.99, 2.01]），与文字不符。",
            finding.Message);
        Assert.Equal(
            "the sentence says \"比2023年预算执行数持平\" (no change), but " + General + " is 12.00万元 against 上年执行数 10.00万元 (difference 2): the words disagree with the figures.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void FA1207_equal_within_rounding_is_level_and_one_cent_beyond_is_not()
    {
        // 10.01 against 10.00: [10.005 − 10.005, 10.015 − 9.995] = [0.00, 0.02] holds 0 on its bound: level.
        var bound = CheckWith("FA1207", Level("10.01", "10.00", "比2023年预算执行数持平。"));
        Assert.Empty(bound.Findings);
        Assert.Equal(1, bound.ChecksRun);
        // 9.99 against 10.00: [−0.02, 0.00], level too. 10.02: [0.01, 0.03], not.
        Assert.Empty(CheckWith("FA1207", Level("9.99", "10.00", "比2023年预算执行数持平。")).Findings);
        Assert.Single(CheckWith("FA1207", Level("10.02", "10.00", "比2023年预算执行数持平。")).Findings);
        // 100000.00 元 is 10.00 万元: level.
        Assert.Empty(CheckWith("FA1207", Level("100000.00", "10.00", "比2023年预算执行数持平。", unit: "元")).Findings);
    }

    [Theory]
    [InlineData("与2024年预算持平。", "上年预算")]
    [InlineData("较2024年度预算数无变化。", "上年预算")]
    [InlineData("与2024年预算相比，无增减。", "上年预算")]
    [InlineData("比2023年当年预算执行数没有变化。", "上年执行数")]
    [InlineData("与2023年预算执行数一致。", "上年执行数")]
    public void FA1207_each_phrase_names_its_base(string words, string baseBasis)
    {
        var finding = Assert.Single(CheckWith("FA1207", Level("12.00", "10.00", words, baseBasis)).Findings);
        Assert.Equal(baseBasis, Assert.Single(finding.Inputs).Key.Basis);
        // The other base is not the one the words name: nothing to check.
        var other = baseBasis == "上年预算" ? "上年执行数" : "上年预算";
        Assert.Equal(0, CheckWith("FA1207", Level("12.00", "10.00", words, other)).ChecksRun);
    }

    [Fact]
    public void FA1207_a_sentence_with_no_base_or_two_budgets_is_not_checked()
    {
        // No base stated: the claim cannot be tested here.
        var none = CheckWith("FA1207", Budget, new StatementSpec("B.1.10", new[] { F(General, "预算", "12.00") }) { Words = "与2024年预算持平。" });
        Assert.Equal(0, none.ChecksRun);
        Assert.Equal("FA1207", Assert.Single(none.RulesNotRun).Rule.Id);
        // Two 预算 each with its base: which one the words mean is not known.
        Assert.Equal(0, CheckWith("FA1207", Budget, new StatementSpec("B.1.10", new[]
        {
            F(General, "预算", "12.00"), F(General, "上年预算", "10.00"), F("三公经费", "预算", "3.00"), F("三公经费", "上年预算", "2.00"),
        }) { Words = "与2024年预算持平。" }).ChecksRun);
        // Words that make no level claim.
        Assert.Equal(0, CheckWith("FA1207", Level("12.00", "10.00", "比2023年预算执行数增加2.00万元。")).ChecksRun);
    }

    private static Item[] Split(string total, params Fig[] more) => new Item[]
    {
        Budget,
        Table("表1", "2025年预算单位财务收支预算总表", new[]
        {
            Cell("一、一般公共服务支出", "支出 合计", "本年支出合计", "预算", total, "一般公共服务支出"),
            Cell("一、一般公共服务支出", "支出 基本支出人员经费", "人员经费", "预算", "6033.03", "一般公共服务支出"),
            Cell("一、一般公共服务支出", "支出 基本支出公用经费", "公用经费", "预算", "2453.15", "一般公共服务支出"),
            Cell("一、一般公共服务支出", "支出 项目支出", "项目支出", "预算", "4302.51", "一般公共服务支出"),
        }.Concat(more).ToArray()),
    };

    [Fact]
    public void FA1208_a_split_row_that_does_not_add_up_names_its_three_parts()
    {
        // 6033.03 + 2453.15 + 4302.51 = 12788.69; 12778.69 is 10.00 below; three parts allow ± 0.015.
        var report = CheckWith("FA1208", Split("12778.69"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("一、一般公共服务支出", finding.Location.Row);
        Assert.Equal(
            "一般公共服务支出 本年支出合计（预算） 列示 12778.69万元，按 人员经费 + 公用经费 + 项目支出（同一行，空白为0） 计算为 12788.69万元（舍入允许 [12788.675, 12788.705]），"
            + "差额 -10万元，舍入无法解释。依据：201 一般公共服务支出 人员经费（预算）6033.03万元，201 一般公共服务支出 公用经费（预算）2453.15万元，201 一般公共服务支出 项目支出（预算）4302.51万元。",
            finding.Message);
        Assert.Equal(
            "本年支出合计 (预算) is stated as 12778.69万元; personnel + public expenses + projects (same row; a blank is 0) gives 12788.69万元 (rounding allows [12788.675, 12788.705]): "
            + "the difference of -10万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(CheckWith("FA1208", Split("12788.69")).Findings);
    }

    [Fact]
    public void FA1208_a_row_with_only_some_parts_counts_the_blank_ones_as_0()
    {
        // 住房保障: 合计 2180.00 = 人员经费 2180.00 (公用经费 and 项目支出 blank). 2190.00 is 10.00 off.
        var report = CheckWith("FA1208", Budget, Table("表1", "财务收支预算总表",
            Cell("四、住房保障支出", "支出 合计", "本年支出合计", "预算", "2190.00", "住房保障支出"),
            Cell("四、住房保障支出", "支出 基本支出人员经费", "人员经费", "预算", "2180.00", "住房保障支出")));
        Assert.Equal(2180.00m, Assert.Single(report.Findings).Result.Exact);
    }

    [Fact]
    public void FA1208_rows_it_cannot_read_for_sure_are_left_alone()
    {
        // The row also prints 基本支出 (FA1005/FA1006's), or another spending column, or only 项目支出, or a part twice, or a
        // part of another basis: not judged.
        Assert.Equal(0, CheckWith("FA1208", Split("12778.69", Cell("一、一般公共服务支出", "支出 基本支出", "基本支出", "预算", "8486.18", "一般公共服务支出"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1208", Split("12778.69", Cell("一、一般公共服务支出", "支出 上缴上级支出", "上缴上级支出", "预算", "1.00", "一般公共服务支出"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1208", Budget, Table("表1", "财务收支预算总表",
            Cell("一、一般公共服务支出", "支出 合计", "本年支出合计", "预算", "4300.00", "一般公共服务支出"),
            Cell("一、一般公共服务支出", "支出 项目支出", "项目支出", "预算", "4302.51", "一般公共服务支出"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1208", Split("12778.69", Cell("一、一般公共服务支出", "支出 人员经费（其他）", "人员经费", "预算", "1.00", "一般公共服务支出"))).ChecksRun);
        // 100.00 = 60.00 + 40.00, but the 40.00 is of another basis or scope than the total: not one row's split.
        Assert.Equal(0, CheckWith("FA1208", Budget, Table("表1", "财务收支预算总表",
            Cell("二、教育支出", "支出 合计", "本年支出合计", "预算", "100.00"),
            Cell("二、教育支出", "支出 人员经费", "人员经费", "预算", "60.00"),
            Cell("二、教育支出", "支出 公用经费", "公用经费", "上年预算", "40.00"))).ChecksRun);
        Assert.Equal(0, CheckWith("FA1208", Budget, Table("表1", "财务收支预算总表",
            Cell("二、教育支出", "支出 合计", "本年支出合计", "预算", "100.00"),
            Cell("二、教育支出", "支出 人员经费", "人员经费", "预算", "60.00"),
            Cell("二、教育支出", "支出 公用经费", "公用经费", "预算", "40.00", scope: "财政拨款"))).ChecksRun);
        Assert.Equal(1, CheckWith("FA1208", Budget, Table("表1", "财务收支预算总表",
            Cell("二、教育支出", "支出 合计", "本年支出合计", "预算", "100.00"),
            Cell("二、教育支出", "支出 人员经费", "人员经费", "预算", "60.00"),
            Cell("二、教育支出", "支出 公用经费", "公用经费", "预算", "40.00"))).ChecksRun);
    }

    [Fact]
    public void FA1208_the_income_side_of_a_row_is_not_mixed_with_its_spending_side()
    {
        // 收入 合计 and a 收入 column named 人员经费 beside the 支出 block: only the 支出 side (12788.69) is summed.
        var report = CheckWith("FA1208", Split("12788.69", Cell("一、一般公共服务支出", "收入 一般公共预算", "人员经费", "预算", "99.00", "一般公共服务支出")));
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.ChecksRun);
    }
}
