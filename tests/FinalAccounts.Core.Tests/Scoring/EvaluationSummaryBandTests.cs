using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// FA2040's grade bands other than 优 and its second wording of the count ("在决算中反映…项目…的绩效自评结果"): each band's
/// concept is read and compared with the tables in that band (良 80–90, 合格/中 60–80, 不合格/差 below 60). The seed's five
/// tables are all 优 (95.00, 94.64, 100.00, 98.86, 100.00); E6 is added with the total given. Worked by hand.
/// </summary>
public sealed class EvaluationSummaryBandTests
{
    private static readonly string[] s_bands = { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为中的项目", "绩效评级为不合格的项目", "绩效评级为差的项目" };

    private static string E6(string total) => Evaluation(new[] { Row("年度资金总额", "100", "100", "100", "10", "100.00", "10") },
        new[] { Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "90", "90") }, "100", total);

    /// E6 and a 说明 sentence giving the count (in its second wording) and one count per band, in <see cref="s_bands"/>' order.
    private static string WithBands(string evaluation, params string[] counts)
        => "[" + evaluation + ", {\"id\": \"3.10-1\", \"section\": \"十、预算绩效管理情况\", \"sentence\": \"在决算中反映6个项目的绩效自评结果\", \"figures\": ["
           + "{\"concept\": \"决算中反映绩效自评结果的项目\", \"basis\": \"决算\", \"value\": \"6\", \"unit\": \"个\"}, "
           + string.Join(", ", s_bands.Select((b, k) => "{\"concept\": \"" + b + "\", \"basis\": \"决算\", \"value\": \"" + counts[k] + "\", \"unit\": \"个\"}"))
           + "]}]";

    private static Finding[] Summary(string withSummary)
        => EvaluationChecker.Check(Report(withSummary)).Findings.Where(f => f.RuleId == "FA2040").ToArray();

    [Theory]
    [InlineData("85", "1", "0", "0", "0", "0")]     // E6 良
    [InlineData("70", "0", "1", "1", "0", "0")]     // E6 合格, also worded 中
    [InlineData("50", "0", "0", "0", "1", "1")]     // E6 不合格, also worded 差
    public void Each_band_counts_the_tables_whose_total_is_in_it(string total, string good, string pass, string middle, string fail, string poor)
        => Assert.Empty(Summary(WithBands(E6(total), "5", good, pass, middle, fail, poor)));

    [Fact]
    public void A_band_count_on_a_bound_of_what_rounding_allows_is_information()
    {
        // E6 printed 90 stands for [89.5, 90.5]: 优 as printed, 良 at its lower end. So 优 allows [5, 6] (printed 6) and 良
        // [0, 1] (printed 0): 优 stated 5 and 良 stated 1 each lie on a bound — rounding information, not an error.
        var findings = Summary(WithBands(E6("90"), "5", "1", "0", "0", "0", "0"));
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal(CheckOutcome.WithinRounding, f.Outcome));
        var good = findings.Single(f => f.Stated.Key.Concept == "绩效评级为良的项目");
        Assert.Equal((0m, new Interval(0m, 1m)), (good.Result.Exact, good.Result.Expected));
    }

    [Fact]
    public void A_wrong_count_of_any_band_is_an_error_at_that_figure()
    {
        // 3 tables in every band: there are five 优 and one 良 (85 stands for [84.5, 85.5], surely 良), so every 3 is wrong.
        var findings = Summary(WithBands(E6("85"), "3", "3", "3", "3", "3", "3"));
        Assert.Equal(6, findings.Length);
        Assert.All(findings, f => Assert.Equal((CheckOutcome.Inconsistent, Severity.Error), (f.Outcome, f.Severity)));
        Assert.Equal(s_bands, findings.Select(f => f.Stated.Key.Concept).OrderBy(c => System.Array.IndexOf(s_bands, c)).ToArray());
        // The band is named in the report's word: 良 counts 1 table.
        var good = findings.Single(f => f.Stated.Key.Concept == "绩效评级为良的项目");
        Assert.Equal(1m, good.Result.Exact);
        Assert.StartsWith("说明所列绩效评级为“良”的项目 3个，自评表中总分在该档的为 1 个", good.Message);
    }
}
