using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1130/FA1131 word by word: every comparison word, the sentence turned round, which base the words name, the bounds of
/// "strictly more", "equal as far as rounding tells" and "within 1% of the base", and the message as written. Two figures
/// at 2 decimals: their difference is known to ± 0.01.
/// </summary>
public sealed class ComparisonWordEdgeTests
{
    private const string Section = "五、一般公共预算财政拨款支出决算情况说明";
    private const string General = "一般公共预算财政拨款支出";

    private static CheckReport Say(string ruleId, string sentence, params Fig[] figures)
        => new SentenceReport().Say("3.5-1", Section, sentence, figures).Check(ruleId);

    private static CheckReport Pair(string ruleId, string sentence, string actual, string baseline, string basis = "年初预算")
        => Say(ruleId, sentence, F(General, "决算", actual), F(General, basis, baseline));

    [Theory]
    [InlineData("决算数大于预算数。", "135.25", "135.24", 0)]
    [InlineData("决算数高于预算数。", "135.25", "135.24", 0)]
    [InlineData("决算数超过预算数。", "135.25", "135.24", 0)]
    [InlineData("决算多于预算。", "135.25", "135.24", 0)]
    [InlineData("决算数小于预算数。", "135.24", "135.25", 0)]
    [InlineData("决算数低于预算数。", "135.24", "135.25", 0)]
    [InlineData("决算数少于预算数。", "135.24", "135.25", 0)]
    // Equal as far as rounding tells is not strictly more nor strictly less: 135.24 against 135.25 allows [−0.02, 0.00].
    [InlineData("决算数大于预算数。", "135.24", "135.25", 1)]
    [InlineData("决算数超过预算数。", "135.24", "135.25", 1)]
    [InlineData("决算数小于预算数。", "135.25", "135.24", 1)]
    [InlineData("决算数少于预算数。", "135.25", "135.24", 1)]
    // Turned round: 预算数大于决算数 says 决算 is less.
    [InlineData("预算数大于决算数。", "135.24", "135.25", 0)]
    [InlineData("预算数大于决算数。", "135.25", "135.24", 1)]
    [InlineData("预算数小于决算数。", "135.25", "135.24", 0)]
    [InlineData("预算数小于决算数。", "135.24", "135.25", 1)]
    // Neither side is 决算: nothing to judge.
    [InlineData("预算数大于预算数。", "135.24", "135.25", 0)]
    public void Direction_words(string sentence, string actual, string baseline, int findings)
    {
        var result = Pair("FA1130", sentence, actual, baseline);
        Assert.Equal(findings, result.Findings.Count);
        Assert.Equal(sentence.StartsWith("预算数大于预算数", System.StringComparison.Ordinal) ? 0 : 1, result.ChecksRun);
        if (findings == 1) Assert.Equal(Severity.Error, result.Findings[0].Severity);
    }

    [Fact]
    public void A_direction_finding_states_the_claim_and_the_gap_word_for_word()
    {
        // 135.25 − 135.90 = −0.65, rounding allows [−0.66, −0.64]: "大于" cannot hold.
        var result = Pair("FA1130", "决算数大于预算数的主要原因：调减相关经费。", "135.25", "135.90");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("135.25", finding.Stated.Value);
        Assert.Equal(-0.65m, finding.Result.Exact);
        Assert.Equal(new Interval(-0.66m, -0.64m), finding.Result.Expected);
        Assert.Equal("135.90", Assert.Single(finding.Inputs).Value);
        Assert.Equal("说明称「决算数大于预算数」（即决算大于年初预算），但所列一般公共预算财政拨款支出（决算） 135.25万元，一般公共预算财政拨款支出（年初预算） 135.90万元，差额 -0.65万元（舍入允许 [-0.66, -0.64]），与文字不符。", finding.Message);
        Assert.Equal("the sentence says \"决算数大于预算数\", but 一般公共预算财政拨款支出 is 135.25万元 against 年初预算 135.90万元 (difference -0.65): the words disagree with the figures.", finding.MessageEn);
        Assert.Equal(1, result.ChecksRun);
        var less = Assert.Single(Pair("FA1130", "决算数小于预算数。", "135.90", "135.25").Findings);
        Assert.Contains("（即决算小于年初预算）", less.Message, System.StringComparison.Ordinal);
        // Agreeing words are one passed check.
        var agree = Pair("FA1130", "决算数小于预算数。", "135.25", "135.90");
        Assert.Empty(agree.Findings);
        Assert.Equal(1, agree.ChecksRun);
    }

    [Fact]
    public void The_words_name_the_base()
    {
        // 上年 / 上年决算: against 上年决算 only. 全年预算数: against 全年预算. 年初预算数: against 年初预算. 预算数: 年初预算 first.
        var previous = Say("FA1130", "决算数大于上年决算数。", F(General, "决算", "100.00"), F(General, "年初预算", "50.00"), F(General, "上年决算", "120.00"));
        Assert.Equal("120.00", Assert.Single(Assert.Single(previous.Findings).Inputs).Value);
        var previousShort = Say("FA1130", "决算数大于上年。", F(General, "决算", "100.00"), F(General, "年初预算", "50.00"), F(General, "上年决算", "120.00"));
        Assert.Contains("（即决算大于上年决算）", Assert.Single(previousShort.Findings).Message, System.StringComparison.Ordinal);
        var fullYear = Say("FA1130", "决算数大于全年预算数。", F(General, "决算", "100.00"), F(General, "年初预算", "50.00"), F(General, "全年预算", "120.00"));
        Assert.Equal("120.00", Assert.Single(Assert.Single(fullYear.Findings).Inputs).Value);
        var initial = Say("FA1130", "决算数大于年初预算数。", F(General, "决算", "100.00"), F(General, "全年预算", "50.00"), F(General, "年初预算", "120.00"));
        Assert.Equal("120.00", Assert.Single(Assert.Single(initial.Findings).Inputs).Value);
        var either = Say("FA1130", "决算数大于预算数。", F(General, "决算", "100.00"), F(General, "全年预算", "50.00"), F(General, "年初预算", "120.00"));
        Assert.Equal("120.00", Assert.Single(Assert.Single(either.Findings).Inputs).Value);
        var fullOnly = Say("FA1130", "决算数大于预算数。", F(General, "决算", "100.00"), F(General, "全年预算", "120.00"));
        Assert.Equal("120.00", Assert.Single(Assert.Single(fullOnly.Findings).Inputs).Value);
        // Turned round with 上年决算数 as the subject.
        var turned = Say("FA1130", "上年决算数小于决算数。", F(General, "决算", "100.00"), F(General, "上年决算", "120.00"));
        Assert.Contains("（即决算大于上年决算）", Assert.Single(turned.Findings).Message, System.StringComparison.Ordinal);
        // 年初预算数 names the initial budget only: a 全年预算 alone is no base for it.
        Assert.Equal(0, Say("FA1130", "决算数大于年初预算数。", F(General, "决算", "100.00"), F(General, "全年预算", "120.00")).ChecksRun);
        // No figure on the base named: nothing checked.
        Assert.Equal(0, Say("FA1130", "决算数大于上年决算数。", F(General, "决算", "100.00"), F(General, "年初预算", "120.00")).ChecksRun);
    }

    [Fact]
    public void A_sentence_with_two_different_actuals_is_not_judged()
    {
        // Two lines each with 决算 and 年初预算: the words could be about either.
        var two = Say("FA1130", "决算数大于预算数。",
            F(General, "决算", "100.00"), F(General, "年初预算", "120.00"),
            F("项目支出", "决算", "100.00"), F("项目支出", "年初预算", "120.00"));
        Assert.Equal(0, two.ChecksRun);
        // A second 决算 with no base figure does not count; the same key twice is one.
        var one = Say("FA1130", "决算数大于预算数。",
            F(General, "决算", "100.00"), F(General, "年初预算", "120.00"), F("项目支出", "决算", "100.00"));
        Assert.Single(one.Findings);
        var repeated = Say("FA1130", "决算数大于预算数。",
            F(General, "决算", "100.00"), F(General, "年初预算", "120.00"), F(General, "决算", "100.00"));
        Assert.Single(repeated.Findings);
    }

    [Theory]
    [InlineData("决算数与预算数持平。", "135.25", "135.24", 0)]       // [0.00, 0.02] reaches 0
    [InlineData("决算数与预算数持平。", "135.24", "135.25", 0)]       // [−0.02, 0.00]
    [InlineData("决算数与预算数持平。", "135.26", "135.24", 1)]       // [0.01, 0.03]
    [InlineData("决算数与预算数持平。", "135.24", "135.26", 1)]
    [InlineData("决算数与预算数相同。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数一致。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数无差异。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数无增减。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数无变化。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数没有变化。", "135.26", "135.24", 1)]
    [InlineData("决算数与预算数相比持平。", "135.26", "135.24", 1)]
    [InlineData("决算与预算 持平。", "135.26", "135.24", 1)]
    // 基本持平: within 1% of the base, 100.00 → 1.00. 101.01 − 100.00 allows [1.00, 1.02]: reaches 1. 101.02: [1.01, 1.03].
    [InlineData("决算数与预算数基本持平。", "101.01", "100.00", 0)]
    [InlineData("决算数与预算数基本持平。", "101.02", "100.00", 1)]
    [InlineData("决算数与预算数基本持平。", "98.99", "100.00", 0)]
    [InlineData("决算数与预算数基本持平。", "98.98", "100.00", 1)]
    // Base below 0 (a negative budget line): its absolute value makes the tolerance. −100.00: 1.00.
    [InlineData("决算数与预算数基本持平。", "-98.99", "-100.00", 0)]
    [InlineData("决算数与预算数基本持平。", "-98.98", "-100.00", 1)]
    public void Level_words(string sentence, string actual, string baseline, int findings)
    {
        var result = Pair("FA1131", sentence, actual, baseline);
        Assert.Equal(findings, result.Findings.Count);
        Assert.Equal(1, result.ChecksRun);
        if (findings == 1) Assert.Equal(Severity.Warning, result.Findings[0].Severity);
    }

    [Fact]
    public void A_level_finding_states_which_claim_it_read()
    {
        var exact = Assert.Single(Pair("FA1131", "决算数与预算数持平。", "135.26", "135.24").Findings);
        Assert.Equal("说明称「决算数与预算数持平」（即两者相等（舍入范围内）），但所列一般公共预算财政拨款支出（决算） 135.26万元，一般公共预算财政拨款支出（年初预算） 135.24万元，差额 0.02万元（舍入允许 [0.01, 0.03]），与文字不符。", exact.Message);
        var rough = Assert.Single(Pair("FA1131", "决算数与上年决算数基本持平。", "101.02", "100.00", "上年决算").Findings);
        Assert.Contains("（即相差不超过上年决算的1%）", rough.Message, System.StringComparison.Ordinal);
        // Direction words are FA1130's, level words FA1131's.
        Assert.Equal(0, Pair("FA1131", "决算数大于预算数。", "135.26", "135.24").ChecksRun);
        Assert.Equal(0, Pair("FA1130", "决算数与预算数持平。", "135.26", "135.24").ChecksRun);
    }

    [Theory]
    [InlineData("决算数与预算数差不多。")]
    [InlineData("决算数和预算数持平。")]
    [InlineData("决算大幅增加。")]
    [InlineData("支出与预算数持平。")]
    public void Sentences_without_the_words_are_not_read(string sentence)
        => Assert.Equal(0, Pair("FA1131", sentence, "135.26", "135.24").ChecksRun);

    [Theory]
    [InlineData("FA1130", "算上追加，决算数大于预算数。")]
    [InlineData("FA1130", "于年底结算，决算数大于预算数。")]
    [InlineData("FA1130", "超过部分：决算数超过预算数。")]
    [InlineData("FA1131", "与上年一样，决算数与预算数持平。")]
    [InlineData("FA1131", "持平部分：决算数与预算数持平。")]
    [InlineData("FA1131", "相同口径下，决算数与预算数相同。")]
    [InlineData("FA1131", "一致性说明：决算数与预算数一致。")]
    [InlineData("FA1131", "无其他事项，决算数与预算数无变化。")]
    [InlineData("FA1131", "没有变化的说明：决算数与预算数没有变化。")]
    // The sentence's first characters are the word itself: its first occurrence is at 0, and the phrase is later.
    [InlineData("FA1131", "无差异部分：决算数与预算数无差异。")]
    [InlineData("FA1131", "无增减项目：决算数与预算数无增减。")]
    [InlineData("FA1131", "变化情况：决算数与预算数无变化。")]
    public void A_sentence_that_begins_with_the_comparison_word_is_still_read(string ruleId, string sentence)
    {
        // 135.24 against 135.25 is not "more"; 135.26 against 135.24 is not "level": each sentence is one failed check.
        var result = ruleId == "FA1130" ? Pair(ruleId, sentence, "135.24", "135.25") : Pair(ruleId, sentence, "135.26", "135.24");
        Assert.Single(result.Findings);
        Assert.Equal(1, result.ChecksRun);
    }

    [Fact]
    public void Each_comparison_in_a_sentence_is_one_check()
    {
        var result = Pair("FA1130", "决算数大于预算数，即决算数超过预算数。", "135.24", "135.25");
        Assert.Equal(2, result.ChecksRun);
        Assert.Equal(2, result.Findings.Count);
    }
}
