using System.IO;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Review.Batch;
using Xunit;

namespace FinalAccounts.Review.Tests.Batch;

/// <summary>The summary's counters come from one list: the CSV columns, each JSON report line and the JSON totals name the same counters in the same order.</summary>
public sealed class SummaryCountersTests
{
    private static readonly string[] s_counters = { "errors", "warnings", "infos", "tables", "figures", "importNotes", "exitCode" };

    [Fact]
    public void Csv_columns_json_lines_and_totals_name_the_same_counters()
    {
        Assert.Equal(s_counters, ReportSummary.Counters.Select(c => c.Name));
        Assert.Equal(SummaryCsvWriter.Header, "file,name,unitName,year,status," + string.Join(",", s_counters) + ",problem");
        var summary = new BatchSummary(new[]
        {
            new ReportSummary("a.pdf", "a", "单位甲", 2024, null, 2, 1, 3, 9, 100, 4),
            new ReportSummary("b.pdf", "b", "单位乙", 2024, "无法读取", 0, 0, 0, 0, 0, 0),
        });
        using var stream = new MemoryStream();
        SummaryJsonWriter.Write(summary, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var line = json.RootElement.GetProperty("reports")[0];
        Assert.Equal(new[] { 2, 1, 3, 9, 100, 4, 1 }, s_counters.Select(c => line.GetProperty(c).GetInt32()));
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(new[] { "reports", "unreadable" }.Concat(s_counters), totals.EnumerateObject().Select(p => p.Name));
        // Sums, except the exit code: the worst (an unreadable report is 2).
        Assert.Equal(new[] { 2, 1, 2, 1, 3, 9, 100, 4, 2 }, totals.EnumerateObject().Select(p => p.Value.GetInt32()));
    }
}
