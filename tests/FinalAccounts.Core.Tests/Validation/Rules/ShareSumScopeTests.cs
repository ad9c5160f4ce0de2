using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.SentenceReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1100 corners Stryker's run of stop 27 left (docs/reliability.md, "Stop 27, mutV27"): shares are added within one
/// sentence only, a part named by its item, and the scope, item and path a part must share with its whole before the
/// standard identity or the 功能分类 rows make the parts disjoint. Sums added by hand.
/// </summary>
public sealed class ShareSumScopeTests
{
    private const string Section = "三、支出决算情况说明";
    private const string General = "一般公共预算财政拨款支出";

    private static Fig Share(string concept, string value, string whole, string? scope = null, string? path = null, string? item = null)
        => F(concept, "占比", value, "%", scope: scope, path: path, of: new FigureKey(whole, "决算"), item: item);

    private static CheckReport Shares(params Fig[] shares) => new SentenceReport().Say("2.3-1", Section, "占比情况。", shares).Check("FA1100");

    [Fact]
    public void Shares_of_one_whole_in_two_sentences_are_not_added()
    {
        // 因公出国 60.00 in one sentence, 公务接待费 60.00 in the next: each sentence states one share, so nothing is added
        // (together they would be 120 of 三公经费, an error).
        var result = new SentenceReport()
            .Say("2.3-1", Section, "因公出国（境）费占三公经费的60.00%。", Share("因公出国（境）费", "60.00", "三公经费"))
            .Say("2.3-2", Section, "公务接待费占三公经费的60.00%。", Share("公务接待费", "60.00", "三公经费"))
            .Check("FA1100");
        Assert.Equal(0, result.ChecksRun);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_part_with_an_item_is_named_by_its_item()
    {
        // 项目支出 broken down in the sentence into two projects (items of 项目支出): complete, 60 + 30 = 90, an error; the
        // message names each part by its item, not by the concept both share.
        var whole = new FigureKey("项目支出", "决算");
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出其中甲项目、乙项目。", F("项目支出", "决算", "100.00"),
                Share("项目支出", "60.00", "项目支出", item: "甲项目"), Share("项目支出", "30.00", "项目支出", item: "乙项目"))
            .Explain(whole, null, false, F("项目支出", "决算", "60.00", item: "甲项目"), F("项目支出", "决算", "30.00", item: "乙项目"))
            .Check("FA1100");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(90m, finding.Result.Exact);
        Assert.StartsWith("构成项目支出（决算）的各项占比之和应为100%：甲项目 60.00%，乙项目 30.00%，合计 90%", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_another_item_or_path_than_its_whole_is_not_part_of_the_identity()
    {
        // 三公经费 (no item, no path) = 因公出国 + 公务用车 + 公务接待费. A 公务接待费 share of one project, or on a 功能分类 path,
        // is not that identity's part: 60 + 60 is not added (it would be 120, an error).
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("公务接待费", "60.00", "三公经费", item: "甲项目")).ChecksRun);
        Assert.Equal(0, Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("公务接待费", "60.00", "三公经费", path: RuleExamples.SocialSecurity)).ChecksRun);
        // The same two on the whole's item and path (none): added, 120 > 100.
        Assert.Equal(120m, Assert.Single(Shares(Share("因公出国（境）费", "60.00", "三公经费"), Share("公务接待费", "60.00", "三公经费")).Findings).Result.Exact);
    }

    [Fact]
    public void Function_rows_of_another_scope_or_item_than_the_whole_are_not_added()
    {
        // Rows of 一般公共预算财政拨款支出 on two classes (60 + 50 = 110 when added): one on another scope, or of one project,
        // is not a row of the whole.
        Assert.Equal(0, Shares(Share(General, "60.00", General, path: RuleExamples.SocialSecurity), Share(General, "50.00", General, scope: "财政拨款", path: "住房保障支出")).ChecksRun);
        Assert.Equal(0, Shares(Share(General, "60.00", General, path: RuleExamples.SocialSecurity), Share(General, "50.00", General, path: "住房保障支出", item: "甲项目")).ChecksRun);
        Assert.Equal(110m, Assert.Single(Shares(Share(General, "60.00", General, path: RuleExamples.SocialSecurity), Share(General, "50.00", General, path: "住房保障支出")).Findings).Result.Exact);
    }

    [Fact]
    public void Shares_of_another_concept_on_function_paths_are_no_rows_of_the_whole()
    {
        // 基本支出 on two classes as shares of 一般公共预算财政拨款支出: on paths, but not rows of the whole's concept, so
        // nothing is known about their overlap and 60 + 50 is not added.
        Assert.Equal(0, Shares(Share("基本支出", "60.00", General, path: RuleExamples.SocialSecurity), Share("基本支出", "50.00", General, path: "住房保障支出")).ChecksRun);
    }

    [Fact]
    public void One_part_stated_as_a_share_of_two_wholes_counts_in_each()
    {
        // 因公出国 50.00% of 本年支出合计 and 40.00% of 三公经费 (one key, two wholes), 公务接待费 70.00% of 三公经费: 三公经费's
        // group is 40 + 70 = 110, an error at the larger share; 本年支出合计's share stands alone.
        var result = Shares(Share("因公出国（境）费", "50.00", "本年支出合计"), Share("因公出国（境）费", "40.00", "三公经费"), Share("公务接待费", "70.00", "三公经费"));
        Assert.Equal(1, result.ChecksRun);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(110m, finding.Result.Exact);
        Assert.Equal("70.00", finding.Stated.Value);
    }

    [Fact]
    public void A_breakdown_of_another_figure_that_also_explains_a_third_says_nothing_of_the_whole()
    {
        // 甲 and 乙 as shares of 项目支出; the sentence's complete breakdown explains 基本支出 and also 人员经费, not 项目支出:
        // the shares' overlap is not known, nothing is added.
        var result = new SentenceReport()
            .Say("2.7-1", Section, "项目支出其中甲项目、乙项目。", F("项目支出", "决算", "100.00"),
                Share("甲项目", "60.00", "项目支出"), Share("乙项目", "50.00", "项目支出"))
            .Explain(new FigureKey("基本支出", "决算"), new[] { new FigureKey("人员经费", "决算") }, false, F("甲项目", "决算", "60.00"), F("乙项目", "决算", "50.00"))
            .Check("FA1100");
        Assert.Equal(0, result.ChecksRun);
        Assert.Empty(result.Findings);
    }
}
