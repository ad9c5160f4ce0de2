using System.IO;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Reports;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Tests.Support;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Review.Tests.Batch;

public sealed class BatchReviewTests
{
    [Fact]
    public void Each_report_is_summarised_in_argument_order_and_the_exit_code_is_the_worst()
    {
        using var t = new TempFolder();
        t.Write("1-consistent.json", SmallReports.Consistent);
        t.Write("2-broken.json", SmallReports.Broken);
        t.Write("3-truncated.json", SmallReports.Consistent.Substring(0, 40));
        var files = ReportFiles.Find(new[] { t.Path });

        var summary = new BatchSummary(BatchReview.Run(files, r => r.Summary));

        Assert.Equal(new[] { "1-consistent.json", "2-broken.json", "3-truncated.json" }, summary.Reports.Select(r => r.Name));
        Assert.Equal(new[] { 0, 1, 2 }, summary.Reports.Select(r => r.ExitCode));
        Assert.Equal(2, summary.ExitCode);
        var broken = summary.Reports[1];
        Assert.Equal((1, 0, 0, 1, 3), (broken.Errors, broken.Warnings, broken.Infos, broken.Tables, broken.Figures));
        Assert.Equal("测试单位", broken.UnitName);
        var unreadable = summary.Reports[2];
        Assert.Contains("3-truncated.json", unreadable.Problem);
        Assert.DoesNotContain("\n", unreadable.Problem);
        Assert.Equal(1, summary.Unreadable);
        Assert.Equal(0, new BatchSummary(summary.Reports.Take(1).ToList()).ExitCode);
        Assert.Equal(1, new BatchSummary(summary.Reports.Take(2).ToList()).ExitCode);
    }

    [Fact]
    public void The_batch_counts_are_those_of_checking_each_file_alone_on_one_core_or_many()
    {
        using var t = new TempFolder();
        for (var i = 0; i < 6; i++) t.Copy(Repository.Seed, "copies/" + i + "/seed.json");
        t.Write("copies/broken.json", SmallReports.Broken);
        var files = ReportFiles.Find(new[] { t.Path });
        var alone = EvaluationChecker.CheckAll(ReportReader.ReadFile(Repository.Seed));

        var one = BatchReview.Run(files, r => r.Summary, maxParallelism: 1);
        var many = BatchReview.Run(files, r => r.Summary, maxParallelism: 4);

        Assert.Equal(one.Select(Line), many.Select(Line));
        foreach (var s in one.Where(s => s.Name.EndsWith("seed.json")))
        {
            Assert.Equal(alone.Count(Severity.Error), s.Errors);
            Assert.Equal(alone.Count(Severity.Warning), s.Warnings);
            Assert.Equal(alone.Count(Severity.Info), s.Infos);
            Assert.Equal(319, s.Figures); // the seed's 319 transcribed figures (seeds/reports README)
        }
    }

    [Fact]
    public void Summary_json_totals_are_the_sums_of_its_reports_and_csv_has_one_row_each()
    {
        using var t = new TempFolder();
        t.Write("a.json", SmallReports.Broken);
        t.Write("b.json", SmallReports.Broken);
        t.Write("c.json", "");
        var summary = new BatchSummary(BatchReview.Run(ReportFiles.Find(new[] { t.Path }), r => r.Summary));

        using var json = new MemoryStream();
        SummaryJsonWriter.Write(summary, json);
        using var doc = JsonDocument.Parse(json.ToArray());
        var root = doc.RootElement;
        Assert.Equal("finacct-summary/1", root.GetProperty("schema").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(3, reports.Count);
        Assert.Equal("unreadable", reports[2].GetProperty("status").GetString());
        var totals = root.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("errors").GetInt32());
        Assert.Equal(6, totals.GetProperty("figures").GetInt32());
        Assert.Equal(1, totals.GetProperty("unreadable").GetInt32());
        Assert.Equal(2, totals.GetProperty("exitCode").GetInt32());

        using var csv = new MemoryStream();
        SummaryCsvWriter.Write(summary, csv);
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF').Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SummaryCsvWriter.Header, lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith(t.Path + "/a.json,a.json,测试单位,2024,checked,1,0,0,1,3,0,1,", lines[1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-1,5", "\"'-1,5\"")]
    public void Csv_fields_are_quoted_and_never_formulas(string value, string expected) => Assert.Equal(expected, SummaryCsvWriter.Field(value));

    private static string Line(ReportSummary s) => string.Join("|", s.Name, s.Errors, s.Warnings, s.Infos, s.Tables, s.Figures, s.ImportNotes, s.ExitCode, s.Problem);
}
