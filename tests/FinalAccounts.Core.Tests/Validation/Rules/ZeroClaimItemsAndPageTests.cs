using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1181's reading of items where the words alone decide: an item inside a longer one that ends where the longer one
/// ends (公务接待费 in 国内公务接待费), two items of the same length in one list, a list printed in another order than
/// <see cref="ReportVocabulary.NamedItems"/> lists its items, 支出 after the words of absence; and the page a finding
/// stands at (the statement's, known through its first figure). Each expectation follows from the rule's documented
/// reading, worked by hand in the comment beside it.
/// </summary>
public sealed class ZeroClaimItemsAndPageTests
{
    [Theory]
    // 国内公务接待费 (at 6, 7 characters) holds 公务接待费 (at 8, 5 characters), both ending at 13: one item, the longer.
    [InlineData("本年度未发生国内公务接待费", "国内公务接待费")]
    [InlineData("国（境）外公务接待费未发生", "国（境）外公务接待费")]
    // 公务用车购置费 and 公务用车运行费: seven characters each, at 0 and 8, joined by 和 — both claimed.
    [InlineData("公务用车购置费和公务用车运行费均未发生", "公务用车购置费,公务用车运行维护费")]
    // 公务接待费 printed before 因公出国（境）费, the other way round from the vocabulary: still one list, in printed order.
    [InlineData("公务接待费和因公出国（境）费均未发生", "公务接待费,因公出国（境）费")]
    [InlineData("未发生公务接待费、因公出国（境）费", "公务接待费,因公出国（境）费")]
    // 支出 after 未发生 only says which spending it is.
    [InlineData("因公出国（境）费未发生支出", "因公出国（境）费")]
    public void The_items_a_clause_names_are_claimed(string clause, string concepts)
        => Assert.Equal(concepts.Split(','), ZeroClaimRule.Claim(clause));

    [Fact]
    public void The_finding_stands_at_the_page_of_the_statements_first_figure()
    {
        // The claim's sentence (page 7) also states 公务接待费 0.50; its first figure carries the page to the finding.
        var withFigure = Report(b =>
        {
            b.AddStatement("2.8-1", Section, null, "公务接待费0.50万元；本年度未发生因公出国（境）费。", page: 7);
            b.AddFigure(new FigureKey("公务接待费", "决算"), "0.50", "万元");
        });
        var finding = Assert.Single(TestReport.CheckWith(withFigure, "FA1181").Findings);
        Assert.Equal("2.8-1", finding.Location.StatementId);
        Assert.Equal(7, finding.Location.Page);
        // A sentence without figures: the rule knows no page for it (a statement's page reaches a rule through its figures).
        var withoutFigure = Report(b => b.AddStatement("2.8-1", Section, null, "本年度未发生因公出国（境）费。", page: 7));
        Assert.Equal(0, Assert.Single(TestReport.CheckWith(withoutFigure, "FA1181").Findings).Location.Page);
    }

    private const string Section = "七、财政拨款“三公”经费支出决算情况说明";

    // The 三公 table prints 因公出国（境）费 1.20, so a claim of it is an error; 公务接待费 0.50 as the sentence says.
    private static FinalAccountsReport Report(System.Action<ReportBuilder> statements)
    {
        var b = new ReportBuilder(new ReportInfo("测试局2024年度部门决算", 2024, "测试局", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan));
        b.AddTable("财决07", "财政拨款“三公”经费支出决算表", "万元", page: 3);
        b.AddCell("因公出国（境）费", "决算数", new FigureKey("因公出国（境）费", "决算"), "1.20", page: 3);
        b.AddCell("公务接待费", "决算数", new FigureKey("公务接待费", "决算"), "0.50", page: 3);
        statements(b);
        return b.Build();
    }
}
