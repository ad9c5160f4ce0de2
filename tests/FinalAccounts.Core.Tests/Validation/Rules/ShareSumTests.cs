using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>FA1100 (issue 13, point 1): which sets of shares are added, and how far from 100% they may be. By hand.</summary>
public sealed class ShareSumTests
{
    private const string Section = "五、一般公共预算财政拨款支出决算情况说明";
    private const string General = "一般公共预算财政拨款支出";

    private static Fig ClassShare(string path, string value) => F(General, "占比", value, "%", path: path, of: (General, "决算"));

    [Fact]
    public void Disjoint_function_classes_may_not_exceed_100_percent()
    {
        // The 普陀 report's structure sentence: 71.73 + 11.11 + 2.07 + 15.16 = 100.07 over four 类, which allow ±0.02: at least
        // 100.05, more than the whole. The list need not be complete, so 71.65 + 11.11 + 2.07 + 15.16 = 99.99 is fine.
        Item[] Report(string first) => new Item[]
        {
            Statement("3.5-2", Section, ClassShare("一般公共服务支出", first), ClassShare("社会保障和就业支出", "11.11"),
                ClassShare("卫生健康支出", "2.07"), ClassShare("住房保障支出", "15.16")),
        };
        var error = Assert.Single(Check(Report("71.73")).Findings, f => f.RuleId == "FA1100");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(100.07m, error.Result.Exact);
        Assert.Equal("71.73", error.Stated.Value); // located at the largest share
        Assert.Contains("100.07%", error.Message);
        Assert.Contains("一般公共服务支出 71.73%", error.Message);

        var fine = Check(Report("71.65"));
        Assert.Contains(fine.RulesRun, r => r.Id == "FA1100");
        Assert.DoesNotContain(fine.Findings, f => f.RuleId == "FA1100");
    }

    [Fact]
    public void A_class_and_its_own_section_are_not_added()
    {
        // 社会保障和就业支出 60% and its 款 就业补助 50%: the 款 lies inside the 类, so 110% says nothing.
        var result = Check(Statement("3.5-2", Section, ClassShare("社会保障和就业支出", "60.00"), ClassShare("社会保障和就业支出/就业补助", "50.00")));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1100");
    }

    [Fact]
    public void Shares_whose_parts_may_overlap_are_not_added()
    {
        // The seed's 政府采购: 授予中小企业 100% and 授予小微企业 100% of 政府采购支出 — 小微 is part of 中小, so 200% is true.
        var result = Check(Statement("2.12-2", "十二、政府采购支出情况说明",
            F("授予中小企业合同金额", "占比", "100", "%", of: ("政府采购支出", "决算")),
            F("授予小微企业合同金额", "占比", "100", "%", of: ("政府采购支出", "决算"))));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1100");
    }

    [Fact]
    public void A_complete_breakdown_must_reach_100_percent()
    {
        // 本年支出合计 其中 基本支出 1122.17 and 项目支出 1812.54, shares 38.24% and 51.76%: the breakdown is complete, so the
        // shares must make 100 ± 0.01; 90.00 is 10 points short. (38.24 + 61.76 = 100 is consistent.)
        Item[] Report(string project) => new Item[]
        {
            Statement("2.3-1", "三、支出决算情况说明", F("本年支出合计", "决算", "2934.71"),
                    F("基本支出", "占比", "38.24", "%", of: ("本年支出合计", "决算")), F("项目支出", "占比", project, "%", of: ("本年支出合计", "决算")))
                .With(Explanation("本年支出合计", "决算", false, "其中", F("基本支出", "决算", "1122.17"), F("项目支出", "决算", "1812.54"))),
        };
        var error = Assert.Single(Check(Report("51.76")).Findings, f => f.RuleId == "FA1100");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(90m, error.Result.Exact);
        Assert.Equal("51.76", error.Stated.Value);
        Assert.Contains("应为100%", error.Message);
        Assert.DoesNotContain(Check(Report("61.76")).Findings, f => f.RuleId == "FA1100");
    }

    [Fact]
    public void A_standard_identity_is_checked_against_the_rounding_of_its_shares_by_hand()
    {
        // 三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, all three stated: the shares must make 100%. Three
        // shares at 2 decimals allow ± 3 × 0.005 = ± 0.015 points, so the sum may lie in [99.985, 100.015].
        Item[] Report(string reception) => new Item[]
        {
            Statement("3.8-1", "八、“三公”经费支出决算情况说明",
                F("因公出国（境）费", "占比", "12.34", "%", of: ("三公经费", "决算")),
                F("公务用车购置及运行维护费", "占比", "55.55", "%", of: ("三公经费", "决算")),
                F("公务接待费", "占比", reception, "%", of: ("三公经费", "决算"))),
        };
        // 12.34 + 55.55 + 32.11 = 100.00: no finding.
        Assert.Empty(CheckWith("FA1100", Report("32.11")).Findings);
        // 12.34 + 55.55 + 32.12 = 100.01: within 0.015, an info.
        var info = Assert.Single(CheckWith("FA1100", Report("32.12")).Findings);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(100.01m, info.Result.Exact);
        // 12.34 + 55.55 + 32.13 = 100.02: 0.02 points off, more than 0.015; rounding allows [100.005, 100.035], which misses 100.
        var error = Assert.Single(CheckWith("FA1100", Report("32.13")).Findings);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(100.02m, error.Result.Exact);
        Assert.Equal(0.02m, error.Result.Difference);
        Assert.Equal("55.55", error.Stated.Value); // the largest share
        Assert.Equal(3, error.Inputs.Count);
        Assert.Contains("合计 100.02%（舍入允许 [100.005, 100.035]）", error.Message);
        Assert.Contains("差额 0.02个百分点", error.Message);
    }
}
