using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1061 (授予中小企业合同金额 = Σ category × its SME share) on one-rule checks of small reports: the finding's inputs,
/// difference and message word for word, a negative amount floored at 0 in the interval, and the reports it leaves alone.
/// Every expected value is worked by hand in the comment beside it.
public sealed class ProcurementSmeRuleTests
{
    private const string Section = "十二、政府采购支出决算情况说明";
    private const string Pct = "%";

    private static CheckReport Fa1061(params Item[] items) =>
        CheckWith("FA1061", items);

    private static Item[] Sme(string total, string goods = "36.24", string works = "0.00", string services = "9.41",
        string goodsShare = "100.00", string worksShare = "0.00", string servicesShare = "100.00", string totalUnit = "万元") => new Item[]
    {
        Statement("2.12-1", Section, F("政府采购货物支出", "决算", goods), F("政府采购工程支出", "决算", works), F("政府采购服务支出", "决算", services)),
        Statement("2.12-2", Section,
            F("授予中小企业合同金额", "决算", total, totalUnit),
            F("货物采购授予中小企业合同金额", "占比", goodsShare, Pct),
            F("工程采购授予中小企业合同金额", "占比", worksShare, Pct),
            F("服务采购授予中小企业合同金额", "占比", servicesShare, Pct)),
    };

    [Fact]
    public void A_total_below_the_interval_names_every_category_and_share_it_was_computed_from()
    {
        // 36.24 × 100% + 0.00 × 0% + 9.41 × 100% = 45.65. Least 45.637718 (CheckerEdgeTests works it), most 45.66228325;
        // shown to 4 places: [45.6377, 45.6623]. 45.63 stands for at most 45.635: an error, 0.02 below 45.65.
        var report = Fa1061(Sme("45.63"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(45.65m, finding.Result.Exact);
        Assert.Equal(-0.02m, finding.Result.Difference);
        Assert.Equal(
            new[] { "政府采购货物支出", "货物采购授予中小企业合同金额", "政府采购工程支出", "工程采购授予中小企业合同金额", "政府采购服务支出", "服务采购授予中小企业合同金额" },
            finding.Inputs.Select(i => i.Key.Concept));
        Assert.Equal(
            "授予中小企业合同金额（决算） 列示 45.63万元，按 各类采购支出 × 其授予中小企业占比之和 计算为 45.65万元（舍入允许 [45.6377, 45.6623]），差额 -0.02万元，舍入无法解释。"
            + "依据：政府采购货物支出（决算）36.24万元，货物采购授予中小企业合同金额（占比）100.00%，政府采购工程支出（决算）0.00万元，"
            + "工程采购授予中小企业合同金额（占比）0.00%，政府采购服务支出（决算）9.41万元，服务采购授予中小企业合同金额（占比）100.00%。",
            finding.Message);
        Assert.Equal(
            "授予中小企业合同金额 (决算) is stated as 45.63万元; the sum of each procurement category times its share awarded to SMEs gives 45.65万元 "
            + "(rounding allows [45.6377, 45.6623]): the difference of -0.02万元 cannot be explained by rounding.",
            finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
    }

    [Fact]
    public void Shares_below_100_percent_scale_each_category()
    {
        // 200.00 × 50.00% + 100.00 × 10.00% + 40.00 × 25.00% = 100 + 10 + 10 = 120.00 exactly.
        Assert.Empty(Fa1061(Sme("120.00", "200.00", "100.00", "40.00", "50.00", "10.00", "25.00")).Findings);
        // 120.10 is 0.10 above: the interval is about ± 0.02 (each amount ± 0.005 times its share, each share ± 0.005% of
        // its amount): [199.995 × 49.995% + 99.995 × 9.995% + 39.995 × 24.995%, 200.005 × 50.005% + …]
        // = [99.98750025 + 9.99450025 + 9.99675025, 100.01250025 + 10.00550025 + 10.00325025] = [119.97875075, 120.02125075].
        var above = Assert.Single(Fa1061(Sme("120.10", "200.00", "100.00", "40.00", "50.00", "10.00", "25.00")).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, above.Outcome);
        Assert.Equal(120.00m, above.Result.Exact);
        Assert.Equal(0.10m, above.Result.Difference);
        Assert.Equal(new Interval(119.97875075m, 120.02125075m), above.Result.Expected);
    }

    [Fact]
    public void A_total_that_rounds_from_the_exact_product_is_consistent()
    {
        // 33.33 × 33.33% = 11.108889 + 0 + 0: printed 11.11 (11.108889 rounds to 11.11): consistent, no finding.
        var report = Fa1061(Sme("11.11", "33.33", "0.00", "0.00", "33.33", "0.00", "0.00"));
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.ChecksRun);
        // 11.10 is 0.008889 below; the interval [33.325 × 33.325%, 33.335 × 33.335% + 2 × 0.005 × 0.005%] = [11.1055…, 11.1122…]
        // meets [11.095, 11.105]? 11.1055 > 11.105: no — an error.
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Fa1061(Sme("11.10", "33.33", "0.00", "0.00", "33.33", "0.00", "0.00")).Findings).Outcome);
        // 11.1 (one decimal) is read at 2 decimals, as 11.10 (RuleContext.AmountOf): the same error.
        Assert.Equal(CheckOutcome.Inconsistent, Assert.Single(Fa1061(Sme("11.1", "33.33", "0.00", "0.00", "33.33", "0.00", "0.00")).Findings).Outcome);
    }

    [Fact]
    public void A_negative_amount_adds_nothing_to_the_interval()
    {
        // Goods printed −36.24 (a slip): exact −36.24 + 0 + 9.41 = −26.83, but both bounds of that product floor at 0, so
        // the interval is the services' alone: [9.405 × 99.995%, 0.005 × 0.005% + 9.415 × 100.005%] = [9.40452975, 9.41547100].
        // 9.41 stands for [9.405, 9.415], which meets it: rounding only, not an error.
        var finding = Assert.Single(Fa1061(Sme("9.41", goods: "-36.24")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(-26.83m, finding.Result.Exact);
        Assert.Equal(new Interval(9.40452975m, 9.415471m), finding.Result.Expected);
    }

    [Fact]
    public void A_report_without_every_amount_and_share_is_not_checked()
    {
        // The total as a count, a category missing (the model refuses a 占比 in 万元 and a 决算 in %).
        Assert.Equal(0, Fa1061(Sme("45", totalUnit: "个")).ChecksRun);
        var missing = Fa1061(
            Statement("2.12-1", Section, F("政府采购货物支出", "决算", "36.24"), F("政府采购工程支出", "决算", "0.00")),
            Statement("2.12-2", Section, F("授予中小企业合同金额", "决算", "45.65"), F("货物采购授予中小企业合同金额", "占比", "100.00", Pct),
                F("工程采购授予中小企业合同金额", "占比", "0.00", Pct), F("服务采购授予中小企业合同金额", "占比", "100.00", Pct)));
        Assert.Equal(0, missing.ChecksRun);
        Assert.Equal("FA1061", Assert.Single(missing.RulesNotRun).Rule.Id);
        // Every amount but no share of services.
        Assert.Equal(0, Fa1061(
            Statement("2.12-1", Section, F("政府采购货物支出", "决算", "36.24"), F("政府采购工程支出", "决算", "0.00"), F("政府采购服务支出", "决算", "9.41")),
            Statement("2.12-2", Section, F("授予中小企业合同金额", "决算", "45.65"), F("货物采购授予中小企业合同金额", "占比", "100.00", Pct),
                F("工程采购授予中小企业合同金额", "占比", "0.00", Pct))).ChecksRun);
    }
}
