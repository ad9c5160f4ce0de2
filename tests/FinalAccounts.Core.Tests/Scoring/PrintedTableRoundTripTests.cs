using FinalAccounts.Core.Tests.Reports.Writer;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15.7 with ReportWriter: the new evaluation fields (cut, printed 一级 weights, inferred directions, blank actuals,
/// words on quantitative rows, a table without funds or total) survive write → read, JSON paths included.
public sealed class PrintedTableRoundTripTests
{
    private static void AssertRoundTrip(string evaluation)
    {
        var first = Report(evaluation);
        var written = ReportWriter.Write(first);
        var second = ReportReader.Parse(written, "written.json");
        string a = ReportDump.Of(first, true), b = ReportDump.Of(second, true);
        Assert.True(a == b, ReportDump.FirstDifference(a, b));
        Assert.Equal(written, ReportWriter.Write(second));
    }

    [Fact]
    public void Printed_templates_round_trip() => AssertRoundTrip(PrintedTemplateTests.Central());

    [Fact]
    public void Cut_tables_round_trip()
    {
        AssertRoundTrip(Evaluation(PartialTableTests.s_funds, PartialTableTests.s_rows, null, null, cut: "end"));
        AssertRoundTrip(Evaluation(null, PartialTableTests.s_rows, "100", "97", cut: "start"));
        AssertRoundTrip(Evaluation(null, PartialTableTests.s_rows, null, null, cut: "both"));
    }

    [Fact]
    public void Inferred_directions_blank_actuals_and_words_round_trip()
        => AssertRoundTrip(Evaluation(PartialTableTests.s_funds,
            new[]
            {
                Indicator("产出指标（60分）", "时效指标", "x", "正向", null, "≥12", "按期完成", "月", "60", "60"),
                Indicator("效益指标", "社会效益", "y", "反向", null, "90", "null", "%", "30", "30"),
            }, "100", "100").Replace("\"actual\": \"null\"", "\"actual\": null"));
}
