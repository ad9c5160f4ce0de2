using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Review.Html;
using Xunit;

namespace FinalAccounts.Review.Tests.Html;

public sealed class SentenceMarksTests
{
    private static StatedFigure F(string concept, string value, string unit = "万元")
        => new(new FigureKey(concept, "决算"), value, unit, new FigureLocation("s", "一、", "", "", "$"));

    [Fact]
    public void A_figure_is_marked_only_as_a_whole_number_and_a_decrease_without_its_sign()
    {
        // 0.3 must not be found inside 10.35 or 0.35; -0.94 is printed as 减少0.94.
        const string sentence = "收入10.35万元，其中0.35万元，总计0.3万元，减少0.94万元。";
        var total = F("总计", "0.3");
        var change = F("增减", "-0.94");
        var (marked, unplaced) = SentenceMarks.Place(sentence, new[] { total, change });
        Assert.Empty(unplaced);
        Assert.Equal(new[] { "0.3", "0.94" }, marked.Select(m => sentence.Substring(m.Start, m.Length)));
        Assert.Equal(sentence.IndexOf("0.3万元，减少", System.StringComparison.Ordinal), marked[0].Start);
    }

    [Fact]
    public void Equal_figures_take_successive_places_and_one_printed_number_can_state_two_figures()
    {
        const string sentence = "收入支出总计2995.39万元，增长1.2万元，增长1.2%。";
        var income = F("收入总计", "2995.39");
        var spending = F("支出总计", "2995.39");
        var money = F("增减", "1.2");
        var rate = F("增减率", "1.2", "%");
        var (marked, unplaced) = SentenceMarks.Place(sentence, new[] { income, spending, money, rate });
        Assert.Empty(unplaced);
        Assert.Equal(3, marked.Count);
        Assert.Equal(new[] { income, spending }, marked[0].Figures);
        Assert.Same(money, marked[1].Figures.Single());
        Assert.Same(rate, marked[2].Figures.Single());
        Assert.True(marked[2].Start > marked[1].Start);
    }

    [Fact]
    public void A_figure_not_printed_in_the_sentence_is_unplaced_not_guessed()
    {
        var (marked, unplaced) = SentenceMarks.Place("支出12.5万元。", new[] { F("支出", "12.50") });
        Assert.Empty(marked);
        Assert.Single(unplaced);
    }
}
