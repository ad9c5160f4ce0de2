using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1100: when shares are known to be disjoint (a breakdown in the sentence, a standard identity, 功能分类 rows) and when
/// they are complete; the bounds of "at most 100%" and "exactly 100%" under rounding; where the finding stands and what
/// it says. n shares at 2 decimals allow ± n × 0.005 points; every sum below is added by hand.
/// </summary>
public sealed class ShareSumPartitionTests
{
    private const string Section = "三、支出决算情况说明";

    // The template's identities, written out from docs/rules.md's sum rules (FA1001–FA1006, FA1050–FA1052, FA1060).
    public static TheoryData<string, string[]> Identities() => new()
    {
        { "收入总计", new[] { "本年收入合计", "使用非财政拨款结余", "年初结转和结余" } },
        { "支出总计", new[] { "本年支出合计", "结余分配", "年末结转和结余" } },
        { "本年收入合计", new[] { "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入" } },
        { "本年支出合计", new[] { "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出" } },
        { "基本支出", new[] { "人员经费", "公用经费" } },
        { "三公经费", new[] { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" } },
        { "公务用车购置及运行维护费", new[] { "公务用车购置费", "公务用车运行维护费" } },
        { "公务接待费", new[] { "国内公务接待费", "国（境）外公务接待费" } },
        { "政府采购支出", new[] { "政府采购货物支出", "政府采购工程支出", "政府采购服务支出" } },
    };

    private static Fig Share(string concept, string value, string whole, string? path = null) => F(concept, "占比", value, "%", path: path, of: new FigureKey(whole, "决算"));

    private static CheckReport Shares(params Fig[] shares) => new SentenceReport().Say("2.3-1", Section, "占比情况。", shares).Check("FA1100");

    /// <summary>The first part at 100 − 10·(n − 1) + <paramref name="offset"/>, every other at 10.00.</summary>
    private static Fig[] PartsOf(string whole, string[] parts, decimal offset)
        => parts.Select((p, i) => Share(p, (i == 0 ? 100m - 10m * (parts.Length - 1) + offset : 10m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), whole)).ToArray();

    [Theory]
    [MemberData(nameof(Identities))]
    public void Every_part_of_a_standard_identity_makes_a_complete_set_that_must_reach_100(string whole, string[] parts)
    {
        // All parts adding up to 100.00: consistent, one check.
        var exact = Shares(PartsOf(whole, parts, 0m));
        Assert.Empty(exact.Findings);
        Assert.Equal(1, exact.ChecksRun);
        // 95.00: complete, so 5 points short is an error (at most n × 0.005 = 0.04 explained).
        var shortBy5 = Assert.Single(Shares(PartsOf(whole, parts, -5m)).Findings);
        Assert.Equal(Severity.Error, shortBy5.Severity);
        Assert.Equal(95m, shortBy5.Result.Exact);
        Assert.Equal(new Interval(100m, 100m), shortBy5.Result.Expected);
        Assert.Equal(-5m, shortBy5.Result.Difference);
        Assert.StartsWith("构成" + whole + "（决算）的各项占比之和应为100%：", shortBy5.Message, System.StringComparison.Ordinal);
        // Without the last part the set is some of the parts (when two are left): 95.00 is then consistent, 101.00 (at least
        // 101 − 0.04) an error.
        var some = parts.Take(parts.Length - 1).ToArray();
        if (some.Length < 2) return;
        var fewer = Shares(PartsOf(whole, some, -5m));
        Assert.Empty(fewer.Findings);
        Assert.Equal(1, fewer.ChecksRun);
        Assert.Equal(101m, Assert.Single(Shares(PartsOf(whole, some, 1m)).Findings).Result.Exact);
    }

    [Fact]
    public void Some_parts_of_an_identity_may_add_up_to_less_than_100_but_not_to_more()
    {
        // 因公出国 40.00 + 公务接待费 59.99 = 99.99: consistent. 50.01 + 50.00 = 100.01: the range [100.00, 100.02] reaches 100,
        // information. 50.02 + 50.00 = 100.02: the range [100.01, 100.03] is above 100, an error.
        var below = Shares(Share("因公出国（境）费", "40.00", "三公经费"), Share("公务接待费", "59.99", "三公经费"));
        Assert.Empty(below.Findings);
        Assert.Equal(1, below.ChecksRun);
        // Exactly 100 is at most 100.
        Assert.Empty(Shares(Share("因公出国（境）费", "40.00", "三公经费"), Share("公务接待费", "60.00", "三公经费")).Findings);
        var edge = Assert.Single(Shares(Share("因公出国（境）费", "50.01", "三公经费"), Share("公务接待费", "50.00", "三公经费")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, edge.Outcome);
        Assert.Equal("50.01", edge.Stated.Value);                                         // the largest share
        Assert.Equal(new Interval(0m, 100m), edge.Result.Expected);
        Assert.Equal("三公经费（决算）中互不重叠的各项占比之和不应超过100%：因公出国（境）费 50.01%，公务接待费 50.00%，合计 100.01%（舍入允许 [100, 100.02]），差额在2项占比各自舍入可解释的范围内（最多 ±0.01个百分点）。", edge.Message);
        Assert.Equal("shares of disjoint parts of 三公经费 cannot exceed 100%: the 2 shares add up to 100.01% (rounding allows [100, 100.02]), a difference rounding explains.", edge.MessageEn);
        var over = Assert.Single(Shares(Share("因公出国（境）费", "50.02", "三公经费"), Share("公务接待费", "50.00", "三公经费")).Findings);
        Assert.Equal(CheckOutcome.Inconsistent, over.Outcome);
        Assert.Equal("三公经费（决算）中互不重叠的各项占比之和不应超过100%：因公出国（境）费 50.02%，公务接待费 50.00%，合计 100.02%（舍入允许 [100.01, 100.03]），差额 0.02个百分点，超出2项占比各自舍入所能解释的 ±0.01个百分点。", over.Message);
        Assert.Equal("shares of disjoint parts of 三公经费 cannot exceed 100%: the 2 shares add up to 100.02% (rounding allows [100.01, 100.03]), off by 0.02 points, more than rounding explains.", over.MessageEn);
    }

    [Fact]
    public void A_complete_set_within_rounding_of_100_is_information()
    {
        // 33.33 × 3 = 99.99, range [99.975, 100.005] holds 100.
        var finding = Assert.Single(Shares(Share("因公出国（境）费", "33.33", "三公经费"), Share("公务用车购置及运行维护费", "33.33", "三公经费"), Share("公务接待费", "33.33", "三公经费")).Findings);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(99.99m, finding.Result.Exact);
        Assert.StartsWith("构成三公经费（决算）的各项占比之和应为100%：", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("差额在3项占比各自舍入可解释的范围内（最多 ±0.015个百分点）", finding.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("the shares of the parts that make up 三公经费 must add up to 100%: the 3 shares add up to 99.99% (rounding allows [99.975, 100.005]), a difference rounding explains.", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.Equal(3, finding.Inputs.Count);
    }

    [Fact]
    public void Equal_largest_shares_place_the_finding_at_the_first_key_in_ordinal_order()
    {
        // 50.01 + 50.01 = 100.02: an error; both are the largest; "公务接待费（占比）" sorts before "因公出国（境）费（占比）" (公 U+516C < 因 U+56E0).
        var finding = Assert.Single(Shares(Share("因公出国（境）费", "50.01", "三公经费"), Share("公务接待费", "50.01", "三公经费")).Findings);
        Assert.Equal("公务接待费", finding.Stated.Key.Concept);
    }

    [Fact]
    public void Shares_of_parts_that_are_not_one_identitys_are_not_added()
    {
        // 因公出国 of 三公经费 with a concept outside the identity, a share repeated (same key twice), parts on another scope.
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("会议费", "60.00", "三公经费")).ChecksRun);
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), F("公务接待费", "占比", "60.00", "%", scope: "财政拨款", of: new FigureKey("三公经费", "决算"))).ChecksRun);
        // A single share, or two shares of different wholes: nothing to add.
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费")).ChecksRun);
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("基本支出", "60.00", "本年支出合计")).ChecksRun);
        // The same share printed twice counts once: 60 + 60 would be an error, 60 alone is one share.
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("因公出国（境）费", "60.00", "三公经费")).ChecksRun);
    }

    [Fact]
    public void Two_wholes_in_one_sentence_are_checked_each_on_its_own()
    {
        // 三公: 40 + 70 = 110 (error); 本年支出合计: 基本 30 + 项目 20 = 50 of an incomplete set (consistent).
        var result = Shares(Share("因公出国（境）费", "40.00", "三公经费"), Share("基本支出", "30.00", "本年支出合计"),
            Share("公务接待费", "70.00", "三公经费"), Share("项目支出", "20.00", "本年支出合计"));
        Assert.Equal(2, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(110m, finding.Result.Exact);
        Assert.Equal("70.00", finding.Stated.Value);
    }

    [Fact]
    public void A_breakdown_in_the_sentence_makes_its_parts_disjoint_and_complete_unless_it_has_words_or_other_parts()
    {
        // 项目支出 (not a standard whole) broken down into 甲 and 乙 in the same sentence; shares 60 + 30 = 90.
        var whole = new FigureKey("项目支出", "决算");
        CheckReport With(params object[] parts) => new SentenceReport()
            .Say("2.7-1", Section, "项目支出其中甲项目、乙项目。", F("项目支出", "决算", "100.00"), Share("甲项目", "60.00", "项目支出"), Share("乙项目", "30.00", "项目支出"))
            .Explain(whole, null, false, parts).Check("FA1100");
        // Figures only: complete, so 90 is 10 short.
        var complete = Assert.Single(With(F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00")).Findings);
        Assert.Equal(90m, complete.Result.Exact);
        Assert.Equal(CheckOutcome.Inconsistent, complete.Outcome);
        // A third part printed as 0 keeps it complete; a third nonzero part or words make it some of the parts (90 ≤ 100).
        Assert.Single(With(F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00"), F("丙项目", "决算", "0.00")).Findings);
        var other = With(F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00"), F("丙项目", "决算", "10.00"));
        Assert.Empty(other.Findings);
        Assert.Equal(1, other.ChecksRun);
        var words = With(F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00"), "其他零星支出");
        Assert.Empty(words.Findings);
        Assert.Equal(1, words.ChecksRun);
        // A breakdown that lacks a share's part does not make them disjoint.
        Assert.Equal(0, With(F("甲项目", "决算", "60.00"), F("丁项目", "决算", "30.00")).ChecksRun);
    }

    [Fact]
    public void A_partial_breakdown_or_one_of_another_whole_says_nothing_and_one_also_explaining_the_whole_counts()
    {
        var whole = new FigureKey("项目支出", "决算");
        SentenceReport Sentence() => new SentenceReport()
            .Say("2.7-1", Section, "项目支出其中甲项目、乙项目。", F("项目支出", "决算", "100.00"), Share("甲项目", "60.00", "项目支出"), Share("乙项目", "30.00", "项目支出"));
        Assert.Equal(0, Sentence().Explain(whole, null, true, F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00")).Check("FA1100").ChecksRun);
        Assert.Equal(0, Sentence().Explain(new FigureKey("基本支出", "决算"), null, false, F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00")).Check("FA1100").ChecksRun);
        var also = Sentence().Explain(new FigureKey("项目支出合计", "决算"), new[] { whole }, false, F("甲项目", "决算", "60.00"), F("乙项目", "决算", "30.00")).Check("FA1100");
        Assert.Equal(90m, Assert.Single(also.Findings).Result.Exact);
    }

    [Fact]
    public void Shares_in_a_breakdowns_parts_are_added_too()
    {
        // The shares stand in the explanation's parts, not among the sentence's figures: 60 + 50 = 110 of 三公经费.
        var result = new SentenceReport()
            .Say("2.8-1", Section, "三公经费其中因公出国（境）费、公务接待费。", F("三公经费", "决算", "10.00"))
            .Explain(new FigureKey("三公经费", "决算"), null, true, Share("因公出国（境）费", "60.00", "三公经费"), Share("公务接待费", "50.00", "三公经费"))
            .Check("FA1100");
        Assert.Equal(110m, Assert.Single(result.Findings).Result.Exact);
    }

    [Fact]
    public void Function_rows_none_inside_another_may_not_exceed_100()
    {
        const string General = "一般公共预算财政拨款支出";
        Fig Row(string path, string value) => Share(General, value, General, path);
        var apart = Shares(Row(RuleExamples.SocialSecurity, "60.00"), Row("住房保障支出", "50.00"));
        Assert.Equal(110m, Assert.Single(apart.Findings).Result.Exact);
        // A class and one of its sections, or a share of another concept among them: not added.
        Assert.Equal(0, Shares(Row(RuleExamples.SocialSecurity, "60.00"), Row(RuleExamples.HrAffairs, "50.00")).ChecksRun);
        Assert.Equal(0, Shares(Row(RuleExamples.HrAffairs, "60.00"), Row(RuleExamples.SocialSecurity, "50.00")).ChecksRun);
        Assert.Equal(0, Shares(Row(RuleExamples.SocialSecurity, "60.00"), Share("基本支出", "50.00", General)).ChecksRun);
        // The part's name in the message is the last step of its path.
        Assert.Contains("人力资源和社会保障管理事务 60.00%", Assert.Single(Shares(Row(RuleExamples.HrAffairs, "60.00"), Row("住房保障支出", "50.00")).Findings).Message, System.StringComparison.Ordinal);
    }
}
