using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1170 word by word: each concept the template asks about, each kind of change, each reason word and its limits, a
/// reason further on in the section, and the finding's message as written. Sentences are written in full with
/// <see cref="SentenceReport"/>; every expected message is assembled by hand from the rule's documented wording.
/// </summary>
public sealed class ChangeReasonWordsTests
{
    private const string Overview = "一、收入支出决算总体情况说明";
    private const string Other = "二、收入决算情况说明";
    private const string Change = "较上年决算增减";

    private static CheckReport One(string concept, string basis, string value, string sentence, string unit = "万元")
        => new SentenceReport().Say("2.1-1", Overview, sentence, F(concept, basis, value, unit)).Check("FA1170");

    [Theory]
    [InlineData("收入总计")]
    [InlineData("支出总计")]
    [InlineData("财政拨款收入支出总计")]
    [InlineData("一般公共预算财政拨款支出")]
    [InlineData("三公经费")]
    [InlineData("因公出国（境）费")]
    [InlineData("公务用车购置及运行维护费")]
    [InlineData("公务接待费")]
    [InlineData("机关运行经费")]
    public void Each_concept_the_template_asks_about_needs_a_reason_for_its_change(string concept)
    {
        var result = One(concept, Change, "12.00", "比上年增加12.00万元。");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal("12.00", finding.Stated.Value);
        Assert.Equal("2.1-1", finding.Location.StatementId);
        Assert.Empty(finding.Inputs);
        Assert.Equal(concept + "（较上年决算增减） 较上年增减 12.00万元，但未说明原因（模板要求写明“主要原因：…”，持平的除外）。语句：「比上年增加12.00万元。」", finding.Message);
        Assert.Equal(concept + " changes (较上年增减 12.00万元) but the report gives no reason; the template asks for one (主要原因：…) unless it is level.", finding.MessageEn);
        Assert.Equal(1, result.ChecksRun);
    }

    [Theory]
    [InlineData("本年收入合计")]
    [InlineData("项目支出")]
    public void A_change_the_template_does_not_ask_about_is_not_checked(string concept)
    {
        var result = One(concept, Change, "12.00", "比上年增加12.00万元。");
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ChecksRun);
    }

    [Fact]
    public void A_change_from_the_budget_reads_as_such()
    {
        var finding = Assert.Single(One("机关运行经费", "较年初预算增减", "-3.50", "比年初预算减少3.50万元。").Findings);
        Assert.StartsWith("机关运行经费（较年初预算增减） 较年初预算增减 -3.50万元，但未说明原因", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_alone_is_the_change_and_reads_as_a_percentage()
    {
        var finding = Assert.Single(One("机关运行经费", "较上年决算增减率", "5.00", "比上年增长5.00%。", "%").Findings);
        Assert.Equal("5.00", finding.Stated.Value);
        Assert.StartsWith("机关运行经费（较上年决算增减率） 增减 5.00%，但未说明原因", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("changes (增减 5.00%)", finding.MessageEn, System.StringComparison.Ordinal);
        Assert.Single(One("机关运行经费", "较年初预算增减率", "-5.00", "比年初预算下降5.00%。", "%").Findings);
        Assert.Empty(One("机关运行经费", "较上年决算增减率", "0.00", "与上年相比增长0.00%。", "%").Findings);
    }

    [Fact]
    public void A_rate_beside_its_change_amount_is_judged_through_the_amount()
    {
        // The rate comes first; the amount of the same concept is stated too, so the amount is the change the finding names.
        var result = new SentenceReport().Say("2.1-1", Overview, "增长5.00%，增加12.00万元。",
            F("机关运行经费", "较上年决算增减率", "5.00", "%"), F("机关运行经费", Change, "12.00")).Check("FA1170");
        Assert.Equal("12.00", Assert.Single(result.Findings).Stated.Value);
        // The amount stated as 0 with a nonzero rate: the rate is not judged on its own, and a zero amount needs no reason.
        var zero = new SentenceReport().Say("2.1-1", Overview, "增长5.00%，增加0.00万元。",
            F("机关运行经费", "较上年决算增减率", "5.00", "%"), F("机关运行经费", Change, "0.00")).Check("FA1170");
        Assert.Empty(zero.Findings);
        var budget = new SentenceReport().Say("2.1-1", Overview, "增长5.00%，增加12.00万元。",
            F("机关运行经费", "较年初预算增减率", "5.00", "%"), F("机关运行经费", "较年初预算增减", "12.00")).Check("FA1170");
        Assert.Equal("12.00", Assert.Single(budget.Findings).Stated.Value);
        // A rate beside another concept's amount is still judged.
        var other = new SentenceReport().Say("2.1-1", Overview, "增长5.00%。",
            F("机关运行经费", "较上年决算增减率", "5.00", "%"), F("三公经费", Change, "0.00")).Check("FA1170");
        Assert.Equal("5.00", Assert.Single(other.Findings).Stated.Value);
    }

    [Fact]
    public void A_share_is_no_change_and_the_budget_is_found_whatever_the_order()
    {
        // 三公经费 占比 5.00%: a percentage, but no change.
        Assert.Equal(0, new SentenceReport().Say("2.8-1", Overview, "占比5.00%。", F("三公经费", "占比", "5.00", "%", of: new FigureKey("支出总计", "决算"))).Check("FA1170").ChecksRun);
        // 决算 printed before its 年初预算: 10.00 against 12.00 is still found.
        var actualFirst = new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，年初预算12.00万元。",
            F("三公经费", "决算", "10.00"), F("三公经费", "年初预算", "12.00")).Check("FA1170");
        Assert.Contains("决算 10.00万元 与年初预算 12.00万元 不同", Assert.Single(actualFirst.Findings).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_line_change_is_not_one_the_template_asks_about()
    {
        var result = new SentenceReport().Say("2.5-1", Overview, "比上年增加12.00万元。",
            F("一般公共预算财政拨款支出", Change, "12.00", path: RuleExamples.SocialSecurity)).Check("FA1170");
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("一般公共预算财政拨款支出")]
    [InlineData("三公经费")]
    [InlineData("因公出国（境）费")]
    [InlineData("公务用车购置及运行维护费")]
    [InlineData("公务接待费")]
    public void An_actual_apart_from_its_budget_needs_a_reason(string concept)
    {
        // 决算 10.00 against 年初预算 12.00: 2.00 apart, far beyond the 0.01 rounding allows.
        var result = new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，年初预算12.00万元。",
            F(concept, "年初预算", "12.00"), F(concept, "决算", "10.00")).Check("FA1170");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("10.00", finding.Stated.Value);
        Assert.Equal(concept + "（决算） 决算 10.00万元 与年初预算 12.00万元 不同，但未说明原因（模板要求写明“主要原因：…”，持平的除外）。语句：「决算10.00万元，年初预算12.00万元。」", finding.Message);
    }

    [Fact]
    public void The_full_year_budget_counts_as_the_budget_and_rounding_needs_no_reason()
    {
        var full = new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，全年预算12.00万元。",
            F("三公经费", "全年预算", "12.00"), F("三公经费", "决算", "10.00")).Check("FA1170");
        Assert.Contains("与全年预算 12.00万元 不同", Assert.Single(full.Findings).Message, System.StringComparison.Ordinal);
        // 10.00 and 10.01 meet at 10.005: rounding explains them. 10.00 and 10.02 do not meet.
        Assert.Empty(new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，年初预算10.01万元。",
            F("三公经费", "年初预算", "10.01"), F("三公经费", "决算", "10.00")).Check("FA1170").Findings);
        Assert.Single(new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，年初预算10.02万元。",
            F("三公经费", "年初预算", "10.02"), F("三公经费", "决算", "10.00")).Check("FA1170").Findings);
        // 收入总计 is asked about against last year only, not against its budget.
        Assert.Empty(new SentenceReport().Say("2.5-1", Overview, "决算10.00万元，年初预算12.00万元。",
            F("收入总计", "年初预算", "12.00"), F("收入总计", "决算", "10.00")).Check("FA1170").Findings);
    }

    [Theory]
    [InlineData("比上年增加12.00万元，原因是人员增加。", false)]
    [InlineData("比上年增加12.00万元，由于人员增加。", false)]
    [InlineData("比上年增加12.00万元，因为人员增加。", false)]
    [InlineData("比上年增加12.00万元，主要是人员增加。", false)]
    [InlineData("比上年增加12.00万元，源于人员增加。", false)]
    [InlineData("比上年增加12.00万元，受政策调整影响。", false)]
    [InlineData("比上年增加12.00万元，主要是用于设备购置。", true)]         // what the money is for
    [InlineData("比上年增加12.00万元，受一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子影响。", true)] // 21 characters between 受 and 影响
    [InlineData("比上年增加12.00万元，受一二三四五六七八九十甲乙丙丁戊己庚辛壬癸影响。", false)]  // 20: still a reason
    [InlineData("比上年增加12.00万元，受灾影响。", false)]                  // one character between 受 and 影响
    [InlineData("比上年增加12.00万元，受影响。", true)]
    [InlineData("比上年增加12.00万元。受。影响", true)]
    [InlineData("比上年增加12.00万元。其中：", false)]
    [InlineData("比上年增加12.00万元，包括:", false)]
    [InlineData("比上年增加12.00万元，具体情况如下：  ", false)]
    [InlineData("比上年增加12.00万元，如下", false)]
    [InlineData("比上年增加12.00万元，其中：甲", true)]
    [InlineData("比上年增加12.00万元，与上年基本持平。", false)]
    public void What_counts_as_a_reason(string sentence, bool flagged)
        => Assert.Equal(flagged ? 1 : 0, One("机关运行经费", Change, "12.00", sentence).Findings.Count);

    [Fact]
    public void A_reason_later_in_the_same_section_explains_the_change_before_it()
    {
        var later = new SentenceReport()
            .Say("2.1-1", Overview, "比上年增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Say("2.1-2", Overview, "主要原因是人员增加。")
            .Check("FA1170");
        Assert.Empty(later.Findings);
        Assert.Equal(1, later.ChecksRun);
        // In the next section it explains nothing.
        var elsewhere = new SentenceReport()
            .Say("2.1-1", Overview, "比上年增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Say("2.2-1", Other, "主要原因是人员增加。")
            .Check("FA1170");
        Assert.Equal("2.1-1", Assert.Single(elsewhere.Findings).Location.StatementId);
        // Nor past the next change the rule judges: that change takes the reason, the first stays unexplained.
        var past = new SentenceReport()
            .Say("2.1-1", Overview, "比上年增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Say("2.1-2", Overview, "三公经费增加1.00万元，主要原因是出访增加。", F("三公经费", Change, "1.00"))
            .Check("FA1170");
        Assert.Equal("2.1-1", Assert.Single(past.Findings).Location.StatementId);
        Assert.Equal(2, past.ChecksRun);
        // A sentence between them with neither a change nor a reason does not stop the search.
        var between = new SentenceReport()
            .Say("2.1-1", Overview, "比上年增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Say("2.1-2", Overview, "其他情况见附表。")
            .Say("2.1-3", Overview, "变动原因是人员增加。")
            .Check("FA1170");
        Assert.Empty(between.Findings);
    }

    [Fact]
    public void A_later_breakdown_with_words_explains_a_total_one_of_figures_only_does_not()
    {
        var words = new SentenceReport()
            .Say("2.1-1", Overview, "收入总计比上年增加12.00万元。", F("收入总计", Change, "12.00"))
            .Say("2.1-2", Overview, "本年收入合计增加12.00万元，一是人员增加。", F("本年收入合计", Change, "12.00"))
            .Explain(new FigureKey("本年收入合计", Change), null, false, "一是人员增加")
            .Check("FA1170");
        Assert.Empty(words.Findings);
        var figures = new SentenceReport()
            .Say("2.1-1", Overview, "收入总计比上年增加12.00万元。", F("收入总计", Change, "12.00"))
            .Say("2.1-2", Overview, "本年收入合计增加12.00万元，其中事业收入增加12.00万元。", F("本年收入合计", Change, "12.00"))
            .Explain(new FigureKey("本年收入合计", Change), null, false, F("事业收入", Change, "12.00"))
            .Check("FA1170");
        Assert.Single(figures.Findings);
    }

    [Fact]
    public void An_explanation_of_the_concept_in_the_same_statement_is_its_reason()
    {
        var explains = new SentenceReport()
            .Say("2.1-1", Overview, "机关运行经费增加12.00万元，其中办公费增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Explain(new FigureKey("机关运行经费", Change), null, false, F("办公费", Change, "12.00"))
            .Check("FA1170");
        Assert.Empty(explains.Findings);
        var also = new SentenceReport()
            .Say("2.1-1", Overview, "机关运行经费增加12.00万元，其中办公费增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Explain(new FigureKey("办公费合计", Change), new[] { new FigureKey("机关运行经费", Change) }, false, F("办公费", Change, "12.00"))
            .Check("FA1170");
        Assert.Empty(also.Findings);
        var unrelated = new SentenceReport()
            .Say("2.1-1", Overview, "机关运行经费增加12.00万元，其中办公费增加12.00万元。", F("机关运行经费", Change, "12.00"))
            .Explain(new FigureKey("办公费合计", Change), new[] { new FigureKey("会议费", Change) }, false, F("办公费", Change, "12.00"))
            .Check("FA1170");
        Assert.Single(unrelated.Findings);
    }

    [Fact]
    public void A_long_sentence_is_quoted_to_80_characters()
    {
        // "比上年增加12.00万元" (12 characters: 5 + "12.00" + 2) then 69 甲: 81 characters, quoted as the first 80 and "…".
        var sentence = "比上年增加12.00万元" + new string('甲', 69);
        var finding = Assert.Single(One("机关运行经费", Change, "12.00", sentence).Findings);
        Assert.EndsWith("语句：「比上年增加12.00万元" + new string('甲', 68) + "…」", finding.Message, System.StringComparison.Ordinal);
        // 80 characters exactly (12 + 68) are quoted whole.
        var exact = "比上年增加12.00万元" + new string('甲', 68);
        Assert.EndsWith("语句：「" + exact + "」", Assert.Single(One("机关运行经费", Change, "12.00", exact).Findings).Message, System.StringComparison.Ordinal);
    }
}
