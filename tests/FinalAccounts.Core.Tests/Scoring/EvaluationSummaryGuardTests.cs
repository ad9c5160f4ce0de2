using System.Linq;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// When FA2040 does not compare the 说明's summary of the 绩效自评表 at all: a summary is judged only against tables that
/// are whole and print their 总分. The seed's five tables are all 优; E6 is added. Worked by hand: with E6 at 85 (良), a
/// count of 3 in every band is wrong in each.
/// </summary>
public sealed class EvaluationSummaryGuardTests
{
    private static readonly string[] s_bands = { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为中的项目", "绩效评级为不合格的项目", "绩效评级为差的项目" };

    private static string WithBands(string evaluation, params string[] counts)
        => "[" + evaluation + ", {\"id\": \"3.10-1\", \"section\": \"十、预算绩效管理情况\", \"sentence\": \"在决算中反映6个项目的绩效自评结果\", \"figures\": ["
           + "{\"concept\": \"决算中反映绩效自评结果的项目\", \"basis\": \"决算\", \"value\": \"6\", \"unit\": \"个\"}, "
           + string.Join(", ", s_bands.Select((b, k) => "{\"concept\": \"" + b + "\", \"basis\": \"决算\", \"value\": \"" + counts[k] + "\", \"unit\": \"个\"}"))
           + "]}]";

    private static string E6(string total, string? cut = null)
        => Evaluation(cut == null ? new[] { Row("年度资金总额", "100", "100", "100", "10", "100.00", "10") } : null,
            new[] { Indicator("产出指标", "数量指标", "培训人数", "正向", "大于等于", "100", "100", "人", "90", "90") }, "100", total, cut);

    private static Finding[] Summary(string withSummary)
        => EvaluationChecker.Check(Report(withSummary)).Findings.Where(f => f.RuleId == "FA2040").ToArray();

    [Fact]
    public void A_summary_beside_a_cut_table_is_not_judged_even_when_that_table_prints_its_total()
    {
        // The same counts beside a whole E6 are six errors (EvaluationSummaryBandTests); a table cut at its start with a
        // 总分 of 85 leaves the summary unjudged: the 说明 may count projects whose table is not all shown.
        Assert.Equal(6, Summary(WithBands(E6("85"), "3", "3", "3", "3", "3", "3")).Length);
        Assert.Empty(Summary(WithBands(E6("85", cut: "start"), "3", "3", "3", "3", "3", "3")));
    }
}
