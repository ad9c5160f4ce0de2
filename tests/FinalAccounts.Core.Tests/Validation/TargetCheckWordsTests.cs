using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.TargetTables;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// What FA1215 says, word for word, and where: a value set otherwise (≥/≤ before a bare number, quotes around words, a
/// printed comparator or an exact target), a weight set otherwise, an evaluated row no target names, and a target the
/// 自评表 leaves out (on its 总分 分值; never on a cut table).
/// </summary>
public sealed class TargetCheckWordsTests
{
    private static Finding One(string evaluation, params PerformanceTarget[] rows) => Assert.Single(Warnings(Check(evaluation, Table("T1", "测试项目", rows))));

    [Fact]
    public void A_value_set_otherwise_names_both_values_with_their_directions()
    {
        var finding = One(Evaluation(), Output("120"), Quality(), Satisfaction());
        Assert.Equal("自评表指标「培训人数」的年度指标值 ≥100 与绩效目标表（T1）的指标值 ≥120 不一致", finding.Message);
        Assert.Equal("the evaluated target ≥100 differs from the target set: ≥120", finding.MessageEn);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("E6", finding.Location.StatementId);
        Assert.Equal("培训人数", finding.Location.Row);
        // The finding stands on the evaluated row's 分值 and cites the target's.
        Assert.Equal("50", finding.Stated.Value);
        Assert.Equal("50", Assert.Single(finding.Inputs).Value);
    }

    [Fact]
    public void At_most_prints_its_sign_and_words_exact_targets_and_printed_comparators_are_quoted()
    {
        // ≤100 set (printed), ≥100 evaluated.
        Assert.Equal("自评表指标「培训人数」的年度指标值 ≥100 与绩效目标表（T1）的指标值 ≤100 不一致",
            One(Evaluation(), Output(direction: IndicatorDirection.AtMost), Quality(), Satisfaction()).Message);
        // An exact target (=) prints as written, in quotes.
        Assert.Equal("自评表指标「培训人数」的年度指标值 ≥100 与绩效目标表（T1）的指标值 “120” 不一致",
            One(Evaluation(), Output("120", direction: IndicatorDirection.Exactly), Quality(), Satisfaction()).Message);
        // A target printed with its comparator is quoted as printed, not given a second sign.
        Assert.Equal("自评表指标「培训人数」的年度指标值 ≥100 与绩效目标表（T1）的指标值 “≥120” 不一致",
            One(Evaluation(), Output("≥120"), Quality(), Satisfaction()).Message);
        // Words set for an at-least row are quoted, not given a sign; a target without a 分值 cites nothing.
        var wordsForNumber = One(Evaluation(), Output("一百", weight: null), Quality(), Satisfaction());
        Assert.Equal("自评表指标「培训人数」的年度指标值 ≥100 与绩效目标表（T1）的指标值 “一百” 不一致", wordsForNumber.Message);
        Assert.Empty(wordsForNumber.Inputs);
        var words = One(Evaluation(), Output(), Quality("明显提升"), Satisfaction());
        Assert.Equal("自评表指标「服务质量」的年度指标值 “有效提升” 与绩效目标表（T1）的指标值 “明显提升” 不一致", words.Message);
        Assert.Equal("the evaluated target “有效提升” differs from the target set: “明显提升”", words.MessageEn);
    }

    [Fact]
    public void A_weight_set_otherwise_names_both_weights()
    {
        var finding = One(Evaluation(), Output(weight: "40"), Quality(), Satisfaction());
        Assert.Equal("自评表指标「培训人数」的分值 50 与绩效目标表（T1）的分值 40 不一致", finding.Message);
        Assert.Equal("the evaluated weight 50 differs from the target table's 40", finding.MessageEn);
        Assert.Equal("40", Assert.Single(finding.Inputs).Value);
    }

    [Fact]
    public void An_evaluated_row_no_target_names_says_which_table_it_is_missing_from()
    {
        var check = Check(Evaluation(), Table("T1", "测试项目", Quality(), Satisfaction()));
        var finding = Assert.Single(Warnings(check));
        Assert.Equal("自评表指标「培训人数」（数量指标）不在2024年绩效目标表「测试项目」（T1）中", finding.Message);
        Assert.Equal("the evaluated indicator 培训人数 is not among the targets of T1", finding.MessageEn);
        Assert.Equal("培训人数", finding.Location.Row);
        Assert.Empty(finding.Inputs);
        // That row is one check; the other two rows two each.
        Assert.Equal(5, check.ChecksRun);
    }

    [Fact]
    public void A_target_left_out_stands_on_the_total_weight_and_cites_its_own()
    {
        var extra = TargetTables.Target("数量指标", "新增目标", "3", "项", "5");
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(), Satisfaction(), extra));
        var finding = Assert.Single(Warnings(check));
        Assert.Equal("绩效目标表（T1）的指标「新增目标」（数量指标）未在自评表中评价", finding.Message);
        Assert.Equal("the target 新增目标 of T1 is not evaluated", finding.MessageEn);
        Assert.Equal("100", finding.Stated.Value);
        Assert.Equal("5", Assert.Single(finding.Inputs).Value);
        Assert.Equal(7, check.ChecksRun);
        // A target without a 分值 cites nothing.
        var unweighted = TargetTables.Target("数量指标", "新增目标", "3", "项", null);
        Assert.Empty(Assert.Single(Warnings(Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(), Satisfaction(), unweighted)))).Inputs);
    }

    [Fact]
    public void A_cut_table_is_not_blamed_for_targets_it_may_hold_on_a_missing_page()
    {
        var extra = TargetTables.Target("数量指标", "新增目标", "3", "项", "5");
        var check = Check(Evaluation(cut: "end"), Table("T1", "测试项目", Output(), Quality(), Satisfaction(), extra));
        Assert.Empty(Warnings(check));
        Assert.Equal(6, check.ChecksRun);
        // The rows it has are still compared: a changed value is still a warning.
        Assert.Single(Warnings(Check(Evaluation(cut: "end"), Table("T1", "测试项目", Output("120"), Quality(), Satisfaction(), extra))));
    }

    [Fact]
    public void With_only_targets_to_compare_the_initial_budget_rule_says_it_found_nothing()
    {
        var check = Check(Evaluation(), Table("T1", "测试项目", Output(), Quality(), Satisfaction()));
        Assert.Equal(new[] { "FA1215" }, check.RulesRun.Select(r => r.Id));
        Assert.Equal("两份报告没有同一数字可供核对 (the two reports state no figure this rule relates)", Assert.Single(check.RulesNotRun, r => r.Rule.Id == "FA1212").Reason);
    }
}
