using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1020/FA1021: a completion rate's finding names its relation "决算 ÷ 年初预算" (or 全年预算), word for word, both from a
/// rate rule made anew and from the catalog's. A rate rule makes the relation's words on its first report and keeps them
/// for the next report of the same own basis; the catalog's rules live as long as the test process, so whichever test
/// ran them first made their words. A rule made here (RateRule.Completion, with the catalog's descriptor) makes its words
/// inside this test, so the whole message pins every piece of them (决算, " ÷ ", the base) whatever ran before.
/// 1900.00 against 1500.00: 1900 ÷ 1500 = 126.6667%; rounding allows 1899.995 ÷ 1500.005 = 126.6659% to
/// 1900.005 ÷ 1499.995 = 126.6674%; the stated 20.00% is 20 − 126.6667 = −106.6667 off.
/// </summary>
public sealed class RateRelationWordsTests
{
    private const string General = "一般公共预算财政拨款支出";

    [Theory]
    [InlineData("FA1020", "年初预算", "完成年初预算率")]
    [InlineData("FA1021", "全年预算", "完成预算率")]
    public void A_completion_finding_names_actual_over_the_base_word_for_word(string ruleId, string baseBasis, string rateBasis)
    {
        var descriptor = RuleCatalog.Rules.Single(r => r.Descriptor.Id == ruleId).Descriptor;
        var fresh = RateRule.Completion(descriptor, rateBasis, baseBasis);
        // Two reports, one rule: the first makes the words, the second reads the words kept.
        for (var round = 0; round < 2; round++)
        {
            var finding = Single(ReportChecker.Check(Report(baseBasis, rateBasis), new IReportRule[] { fresh }));
            Assert.Equal(Expected(rateBasis, baseBasis), finding.Message);
            Assert.Equal(ExpectedEn(rateBasis), finding.MessageEn);
        }
        var catalog = Single(TestReport.CheckWith(Report(baseBasis, rateBasis), ruleId));
        Assert.Equal(Expected(rateBasis, baseBasis), catalog.Message);
    }

    private static FinalAccountsReport Report(string baseBasis, string rateBasis) => new SentenceReport()
        .Say("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", "比率情况。", F(General, "决算", "1900.00"), F(General, baseBasis, "1500.00"), F(General, rateBasis, "20.00", "%"))
        .Build();

    // Written out from the finding's wording: "<rate> 列示 <value>，按 决算 ÷ <base> 计算为 …。依据：<决算 figure>，<base figure>。"
    private static string Expected(string rateBasis, string baseBasis)
        => General + "（" + rateBasis + "） 列示 20.00%，按 决算 ÷ " + baseBasis + " 计算为 126.6667%（舍入允许 [126.6659, 126.6674]），"
            + "差额 -106.6667%，舍入无法解释。依据：" + General + "（决算）1900.00万元，" + General + "（" + baseBasis + "）1500.00万元。";

    private static string ExpectedEn(string rateBasis)
        => General + " (" + rateBasis + ") is stated as 20.00%; actual / base gives 126.6667% (rounding allows [126.6659, 126.6674]): "
            + "the difference of -106.6667% cannot be explained by rounding.";

    private static Finding Single(CheckReport result)
    {
        var finding = Assert.Single(result.Findings);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(1, result.ChecksRun);
        return finding;
    }
}
