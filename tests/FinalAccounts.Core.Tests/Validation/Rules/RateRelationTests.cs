using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1020–FA1024, FA1201 and FA1205: which stated rates are recomputed and how (the relation a finding names, in a 决算
/// and in a 预算), which are left to FA1027 (a base of 0) and which are not checked at all. 1900.00 against 1500.00:
/// 1900 ÷ 1500 = 126.6667%, (1900 − 1500) ÷ 1500 = 400 ÷ 1500 = 26.6667%; 1122.17 ÷ 2934.72 = 38.2377%.
/// </summary>
public sealed class RateRelationTests
{
    private const string Section = "五、一般公共预算财政拨款支出决算情况说明";
    private const string General = "一般公共预算财政拨款支出";

    private static CheckReport One(string ruleId, params Fig[] figures) => new SentenceReport().Say("2.5-1", Section, "比率情况。", figures).Check(ruleId);

    private static CheckReport Budget(string ruleId, params Fig[] figures)
        => new SentenceReport("测试局2025年部门预算", 2025, ReportKind.Budget).Say("2-1", "一、收支预算总体情况说明", "比率情况。", figures).Check(ruleId);

    private static Finding Wrong(CheckReport result)
    {
        var finding = Assert.Single(result.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal("20.00", finding.Stated.Value);
        Assert.Equal(1, result.ChecksRun);
        return finding;
    }

    [Theory]
    [InlineData("FA1020", "年初预算", "完成年初预算率", "126.67", "决算 ÷ 年初预算", "126.6667")]
    [InlineData("FA1021", "全年预算", "完成预算率", "126.67", "决算 ÷ 全年预算", "126.6667")]
    [InlineData("FA1023", "年初预算", "较年初预算增减率", "26.67", "（决算 − 年初预算）÷ 年初预算", "26.6667")]
    [InlineData("FA1024", "上年决算", "较上年决算增减率", "26.67", "（决算 − 上年决算）÷ 上年决算", "26.6667")]
    public void A_rate_over_its_stated_base_is_recomputed_and_a_wrong_one_named_with_its_relation(string ruleId, string baseBasis, string rateBasis, string right, string relation, string exact)
    {
        var consistent = One(ruleId, F(General, "决算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, right, "%"));
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
        var finding = Wrong(One(ruleId, F(General, "决算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, "20.00", "%")));
        Assert.Contains("，按 " + relation + " 计算为 " + exact + "%", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains(ruleId is "FA1020" or "FA1021" ? "; actual / base gives " + exact + "%" : "; (actual − base) / base gives " + exact + "%", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal(2, finding.Inputs.Count);
        Assert.Equal("1900.00", finding.Inputs[0].Value);
        Assert.Equal("1500.00", finding.Inputs[1].Value);
    }

    [Theory]
    [InlineData("FA1023", "较年初预算增减", "较年初预算增减率")]
    [InlineData("FA1024", "较上年决算增减", "较上年决算增减率")]
    public void Without_its_base_a_change_rate_is_the_change_over_actual_minus_change(string ruleId, string changeBasis, string rateBasis)
    {
        // 400 ÷ (1900 − 400) = 26.6667%.
        var consistent = One(ruleId, F(General, "决算", "1900.00"), F(General, changeBasis, "400.00"), F(General, rateBasis, "26.67", "%"));
        Assert.Empty(consistent.Findings);
        Assert.Equal(1, consistent.ChecksRun);
        var finding = Wrong(One(ruleId, F(General, "决算", "1900.00"), F(General, changeBasis, "400.00"), F(General, rateBasis, "20.00", "%")));
        Assert.Contains("，按 " + changeBasis + " ÷（决算 − " + changeBasis + "） 计算为 26.6667%", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("; change / (actual − change) gives 26.6667%", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal("400.00", finding.Inputs[1].Value);
    }

    [Fact]
    public void A_share_is_the_part_over_the_whole_it_names()
    {
        var finding = Wrong(One("FA1022", F("本年支出合计", "决算", "2934.72"), F("基本支出", "决算", "1122.17"),
            F("基本支出", "占比", "20.00", "%", of: new FigureKey("本年支出合计", "决算"))));
        Assert.Contains("，按 决算 ÷ 其所占的合计 计算为 38.2377%", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("; actual / base gives 38.2377%", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal("1122.17", finding.Inputs[0].Value);
        Assert.Equal("2934.72", finding.Inputs[1].Value);
    }

    [Theory]
    [InlineData("FA1201", "上年预算", "较上年预算增减", "较上年预算增减率")]
    [InlineData("FA1205", "上年执行数", "较上年执行数增减", "较上年执行数增减率")]
    public void A_budgets_changes_are_of_its_budget(string ruleId, string baseBasis, string changeBasis, string rateBasis)
    {
        // In a 预算 the rate's own figure is 预算: (1900 − 1500) ÷ 1500 and 400 ÷ (1900 − 400) are both 26.6667%.
        Assert.Empty(Budget(ruleId, F(General, "预算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, "26.67", "%")).Findings);
        var overBase = Wrong(Budget(ruleId, F(General, "预算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, "20.00", "%")));
        Assert.Contains("，按 （预算 − " + baseBasis + "）÷ " + baseBasis + " 计算为 26.6667%", overBase.Message, System.StringComparison.Ordinal);
        var overChange = Wrong(Budget(ruleId, F(General, "预算", "1900.00"), F(General, changeBasis, "400.00"), F(General, rateBasis, "20.00", "%")));
        Assert.Contains("，按 " + changeBasis + " ÷（预算 − " + changeBasis + "） 计算为 26.6667%", overChange.Message, System.StringComparison.Ordinal);
        // A 决算 figure is not a 预算's own.
        Assert.Equal(0, Budget(ruleId, F(General, "决算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, "20.00", "%")).ChecksRun);
    }

    [Fact]
    public void A_share_in_a_budget_is_of_its_budget()
    {
        // 预算 1122.17 of 2934.72: 38.2377%.
        var finding = Wrong(Budget("FA1022", F("本年支出合计", "预算", "2934.72"), F("基本支出", "预算", "1122.17"),
            F("基本支出", "占比", "20.00", "%", of: new FigureKey("本年支出合计", "预算"))));
        Assert.Contains("，按 预算 ÷ 其所占的合计 计算为 38.2377%", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_without_its_inputs_is_not_checked()
    {
        Assert.Equal(0, One("FA1020", F(General, "年初预算", "1500.00"), F(General, "完成年初预算率", "20.00", "%")).ChecksRun);
        Assert.Equal(0, One("FA1020", F(General, "决算", "1900.00"), F(General, "完成年初预算率", "20.00", "%")).ChecksRun);
        Assert.Equal(0, One("FA1024", F(General, "决算", "1900.00"), F(General, "较上年决算增减率", "20.00", "%")).ChecksRun);
        Assert.Equal(0, One("FA1022", F("基本支出", "决算", "1122.17"), F("基本支出", "占比", "20.00", "%", of: new FigureKey("本年支出合计", "决算"))).ChecksRun);
        Assert.Equal(0, One("FA1022", F("本年支出合计", "决算", "2934.72"), F("基本支出", "占比", "20.00", "%", of: new FigureKey("本年支出合计", "决算"))).ChecksRun);
    }

    [Fact]
    public void A_base_of_zero_is_left_to_FA1027_which_names_the_same_relation()
    {
        // (10 − 0) ÷ 0 and 10 ÷ (10 − 10): no base. FA1023/FA1024 check nothing; FA1027 finds the stated 100% undefined.
        Assert.Equal(0, One("FA1023", F(General, "决算", "10.00"), F(General, "年初预算", "0.00"), F(General, "较年初预算增减率", "100.00", "%")).ChecksRun);
        var overBase = Assert.Single(One("FA1027", F(General, "决算", "10.00"), F(General, "年初预算", "0.00"), F(General, "较年初预算增减率", "100.00", "%")).Findings);
        Assert.Contains("，但按 （决算 − 年初预算）÷ 年初预算 计算时基数为 0", overBase.Message, System.StringComparison.Ordinal);
        Assert.Contains("but the base of (actual − base) / base is 0", overBase.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal(0, One("FA1024", F(General, "决算", "10.00"), F(General, "较上年决算增减", "10.00"), F(General, "较上年决算增减率", "100.00", "%")).ChecksRun);
        var overChange = Assert.Single(One("FA1027", F(General, "决算", "10.00"), F(General, "较上年决算增减", "10.00"), F(General, "较上年决算增减率", "100.00", "%")).Findings);
        Assert.Contains("，但按 较上年决算增减 ÷（决算 − 较上年决算增减） 计算时基数为 0", overChange.Message, System.StringComparison.Ordinal);
        Assert.Contains("but the base of change / (actual − change) is 0", overChange.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal(0, One("FA1020", F(General, "决算", "10.00"), F(General, "年初预算", "0.00"), F(General, "完成年初预算率", "100.00", "%")).ChecksRun);
        var ratio = Assert.Single(One("FA1027", F(General, "决算", "10.00"), F(General, "年初预算", "0.00"), F(General, "完成年初预算率", "100.00", "%")).Findings);
        Assert.Contains("，但按 决算 ÷ 年初预算 计算时基数为 0", ratio.Message, System.StringComparison.Ordinal);
        Assert.Contains("but the base of actual / base is 0", ratio.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_over_zero_printed_as_zero_passes_and_anything_else_over_zero_does_not()
    {
        // 0 ÷ 0 in each form: the numerator (决算, the part, or the change) 0 as well as the base.
        Assert.Empty(One("FA1027", F(General, "决算", "0.00"), F(General, "年初预算", "0.00"), F(General, "较年初预算增减率", "0.00", "%")).Findings);
        Assert.Single(One("FA1027", F(General, "决算", "5.00"), F(General, "年初预算", "0.00"), F(General, "较年初预算增减率", "0.00", "%")).Findings);
        Assert.Empty(One("FA1027", F(General, "决算", "0.00"), F(General, "较上年决算增减", "0.00"), F(General, "较上年决算增减率", "0.00", "%")).Findings);
        Assert.Single(One("FA1027", F(General, "决算", "5.00"), F(General, "较上年决算增减", "5.00"), F(General, "较上年决算增减率", "0.00", "%")).Findings);
        Assert.Empty(One("FA1027", F("本年支出合计", "决算", "0.00"), F("基本支出", "决算", "0.00"), F("基本支出", "占比", "0.00", "%", of: new FigureKey("本年支出合计", "决算"))).Findings);
        Assert.Single(One("FA1027", F("本年支出合计", "决算", "0.00"), F("基本支出", "决算", "5.00"), F("基本支出", "占比", "0.00", "%", of: new FigureKey("本年支出合计", "决算"))).Findings);
        // A base of 0 in 元 converts to 0 as well.
        Assert.Equal(1, One("FA1027", F(General, "决算", "5.00"), F(General, "年初预算", "0", "元"), F(General, "较年初预算增减率", "0.00", "%")).ChecksRun);
    }

    [Fact]
    public void Every_stated_change_rate_of_a_report_is_checked()
    {
        // Two lines, each with a wrong rate over its base (26.6667% stated 20.00), then two over their change: four findings.
        var result = new SentenceReport()
            .Say("2.5-1", Section, "甲。", F(General, "决算", "1900.00"), F(General, "上年决算", "1500.00"), F(General, "较上年决算增减率", "20.00", "%"))
            .Say("2.5-2", Section, "乙。", F("项目支出", "决算", "1900.00"), F("项目支出", "上年决算", "1500.00"), F("项目支出", "较上年决算增减率", "20.00", "%"))
            .Say("2.5-3", Section, "丙。", F("基本支出", "决算", "1900.00"), F("基本支出", "较上年决算增减", "400.00"), F("基本支出", "较上年决算增减率", "20.00", "%"))
            .Say("2.5-4", Section, "丁。", F("人员经费", "决算", "1900.00"), F("人员经费", "较上年决算增减", "400.00"), F("人员经费", "较上年决算增减率", "20.00", "%"))
            .Check("FA1024");
        Assert.Equal(4, result.ChecksRun);
        Assert.Equal(4, result.Findings.Count);
    }
}
