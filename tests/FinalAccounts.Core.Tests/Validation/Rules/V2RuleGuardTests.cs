using FinalAccounts.Money;
using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Guards of the V2 rules that their plans hide from the one-rule tests (a plan skips the rule on a report that lacks
/// what the guard tells apart, so the guard only matters on a report that has it): FA1151 on a report with a complete
/// breakdown beside its partial list, FA1005 on a sentence beside a table, FA1140 on a key stated in 元 and 万元 or as
/// money and as a count, and a count relation whose later relation has more parts than the first. Values by hand.
public sealed class V2RuleGuardTests
{
    private const string Other = "十一、其他重要事项的情况说明";

    [Fact]
    public void A_partial_list_rule_leaves_the_complete_breakdown_beside_it_alone()
    {
        // 车辆 9 其中 3 + 5 = 8 (complete, FA1150's); 减少人员 10 主要包括 7 + 3 = 10 ≤ 10 (partial, FA1151's).
        var report = CheckWith("FA1151",
            Statement("3.11-4", Other, F("车辆", "年末", "9", "辆")).With(Explanation("车辆", "年末", false, "其中",
                F("执法执勤用车", "年末", "3", "辆", text: "执法执勤用车3辆"), F("其他用车", "年末", "5", "辆", text: "其他用车5辆"))),
            Statement("2.3-2", "三、支出决算情况说明", F("减少人员", "决算", "10", "人")).With(Explanation("减少人员", "决算", true, "主要包括…等",
                F("调离在职人员", "决算", "7", "人", text: "调离7人"), F("退休人员", "决算", "3", "人", text: "退休3人"))));
        // One check: the partial list only (8 ≤ 9 would pass too, but the complete breakdown is not FA1151's to count).
        Assert.Equal(1, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_sentence_that_leaves_out_an_optional_part_is_not_summed_though_the_report_has_tables()
    {
        // 本年支出合计 100.00 = 基本支出 60.00 + 项目支出 30.00 + (上缴上级支出, 经营支出, 对附属单位补助支出 not named) —
        // read as 0 it would be 90.00 ≠ 100.00; a sentence may simply not mention them, so no check. The table (another
        // concept) only makes the report have row figures, so FA1005's plan lets the rule run.
        var report = CheckWith("FA1005",
            Table("t1", "收入决算表", Cell("合计", "决算数", "本年收入合计", "决算", "100.00")),
            Statement("2.3-1", F("本年支出合计", "决算", "100.00"), F("基本支出", "决算", "60.00"), F("项目支出", "决算", "30.00")));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_key_stated_as_money_and_as_a_count_is_no_slip()
    {
        // 收入总计 (决算) 2961.68万元, then 2961 个 on the same key: a count is no repeat of an amount; the first
        // statement is the key's first, so nothing is compared.
        var report = CheckWith("FA1140",
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("收入总计", "决算", "2961", "个")));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_slip_between_yuan_and_wan_yuan_figures_is_found_across_units()
    {
        // 2961.68万元, then 296168000000元 = 29616800万元 = 2961.68 × 10⁴: the 元 figure is a slip (ratio 10⁴ > 1). The two
        // differ in unit, so they are compared in 万元: 29616800 ≠ 2961.68.
        var report = CheckWith("FA1140",
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("收入总计", "决算", "296168000000", "元")));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("2.1-2", finding.Location.StatementId);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Contains("前者恰为后者的10000倍", finding.Message);
        Assert.Equal(1, report.ChecksRun);
        // 29616800元 = 2961.68万元: the same amount in two units, one check, no finding.
        var same = CheckWith("FA1140",
            Statement("2.1-1", F("收入总计", "决算", "2961.68")),
            Statement("2.1-2", F("收入总计", "决算", "29616800", "元")));
        Assert.Equal(1, same.ChecksRun);
        Assert.Empty(same.Findings);
        // 123.00万元 and 123.00元: the same digits, but 123.00元 = 0.0123万元 = 123.00 ÷ 10⁴, a slip (ratio < 1): digits
        // alike in different units are no repeat of one amount.
        var digits = Assert.Single(CheckWith("FA1140",
            Statement("2.1-1", F("收入总计", "决算", "123.00")),
            Statement("2.1-2", F("收入总计", "决算", "123.00", "元"))).Findings);
        Assert.Contains("前者恰为后者的万分之一", digits.Message);
    }

    [Fact]
    public void A_count_relation_with_more_parts_after_fewer_checks_each()
    {
        // A rule of two relations, the first with one part, the second with four: the parts found for the first total
        // must not limit the second. 已完成整改问题 3 ≤ 绩效自评发现问题 5; 优 2 + 良 1 + 合格 1 + 不合格 0 = 4 ≠ 5 projects.
        var rule = new CountRelationRule(new RuleDescriptor("FA9152", "测试", "test", "count relations"),
            ("绩效自评发现问题", new[] { "已完成整改问题" }, true, "已完成整改的问题数", "the problems rectified"),
            ("绩效自评项目", new[] { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为不合格的项目" }, false, "各评级项目数之和", "the graded projects"));
        var report = ReportChecker.Check(Read(
            Statement("3.10-1", Other, F("绩效自评发现问题", "决算", "5", "个"), F("已完成整改问题", "决算", "3", "个")),
            Statement("3.10-2", Other, F("绩效自评项目", "决算", "5", "个"), F("绩效评级为优的项目", "决算", "2", "个"), F("绩效评级为良的项目", "决算", "1", "个"),
                F("绩效评级为合格的项目", "决算", "1", "个"), F("绩效评级为不合格的项目", "决算", "0", "个"))), new IReportRule[] { rule });
        Assert.Equal(2, report.ChecksRun);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("绩效自评项目", finding.Stated.Key.Concept);
        Assert.Equal(4m, finding.Result.Exact);
        Assert.Equal(4, finding.Inputs.Count);
    }
}
